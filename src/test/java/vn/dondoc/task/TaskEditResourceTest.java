package vn.dondoc.task;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import vn.dondoc.account.TestAccounts;
import vn.dondoc.audit.AuditEntry;
import vn.dondoc.body.ResponsibleBody;
import vn.dondoc.body.TestBodies;
import vn.dondoc.web.AppRole;
import vn.dondoc.web.OfficeClock;
import vn.dondoc.web.WebSession;

@QuarkusTest
class TaskEditResourceTest {

    private static final LocalDate TODAY = OfficeClock.today();

    private static String unique(String words) {
        return words + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static WebSession clerk() {
        return WebSession.login(TestAccounts.create(AppRole.CLERK), TestAccounts.PASSWORD);
    }

    /** The edit form as the page fills it in, as a map to post back with changes. */
    private static Map<String, Object> form(WebSession session, long taskId) {
        Document page = Jsoup.parse(session.get("/tasks/" + taskId + "/edit").then().statusCode(200).extract().asString());
        Map<String, Object> form = new HashMap<>();
        form.put("version", page.selectFirst("input[name=version]").val());
        form.put("text", page.selectFirst("textarea#text").text());
        form.put("section", page.selectFirst("input#section").val());
        form.put("deadline", page.selectFirst("input#deadline").val());
        form.put("recurrence", page.selectFirst("input#recurrence").val());
        form.put("deadlineKind", page.selectFirst("input[name=deadlineKind][checked]").val());
        form.put("lead", page.select("input[name=lead][checked]").eachAttr("value"));
        form.put("support", page.select("input[name=support][checked]").eachAttr("value"));
        return form;
    }

    private static long open(String bodyCode) {
        return QuarkusTransaction.requiringNew().call(() -> Assignment.countsOf(ResponsibleBody.findByCode(bodyCode).orElseThrow(), TODAY).open());
    }

    @Test
    void aClerkCorrectsTheWordsDeadlineAndOwnersAndTheFiguresFollow() {
        String lead = TestBodies.create("Ban chủ trì sửa");
        String support = TestBodies.create("Ban phối hợp sửa");
        String added = TestBodies.create("Ban được thêm");
        String text = unique("Rà soát quy hoạch cán bộ");
        TestTasks.Created d = TestTasks.directive("Kết luận sửa nhiệm vụ").task(text, TODAY.plusDays(20), lead, support)
                .deadlineText("quý 3/2024", DeadlineKind.DATE).create();
        long taskId = d.taskId(0);
        WebSession clerk = clerk();
        Map<String, Object> form = form(clerk, taskId);
        assertEquals(List.of(lead), form.get("lead"));
        assertEquals(List.of(support), form.get("support"));
        LocalDate newDeadline = TODAY.minusDays(3);
        form.put("text", text + " và bổ sung");
        form.put("deadline", String.format("%02d/%02d/%d", newDeadline.getDayOfMonth(), newDeadline.getMonthValue(), newDeadline.getYear()));
        form.put("lead", List.of(support));
        form.put("support", List.of(added));
        clerk.postForm("/tasks/" + taskId + "/edit", "/tasks/" + taskId + "/edit", form).then().statusCode(303)
                .header("Location", containsString("/tasks/" + taskId));
        clerk.get("/tasks/" + taskId).then().statusCode(200).body(containsString("Đã lưu thay đổi của nhiệm vụ."))
                .body(containsString(text + " và bổ sung"));

        QuarkusTransaction.requiringNew().run(() -> {
            Task task = Task.findById(taskId);
            assertEquals(newDeadline, task.deadline);
            assertNull(task.deadlineText, "the words read from the text no longer describe the deadline");
            Map<String, Role> owners = new HashMap<>();
            task.assignments.forEach(a -> owners.put(a.body.code, a.role));
            assertEquals(Map.of(support, Role.LEAD, added, Role.SUPPORT), owners);
            task.assignments.forEach(a -> assertEquals(newDeadline, a.deadline, "the copy of the deadline follows"));
            AuditEntry entry = AuditEntry.of(Task.AUDIT_TYPE, taskId).get(0);
            assertTrue(entry.before.contains("owners: " + lead + "=LEAD, " + support + "=SUPPORT"), entry.before);
            assertTrue(entry.after.contains("owners: " + support + "=LEAD, " + added + "=SUPPORT"), entry.after);
        });
        assertEquals(0, open(lead), "the body left out has nothing open");
        assertEquals(1, open(added));
        long overdue = QuarkusTransaction.requiringNew().call(() -> Assignment.countsOf(ResponsibleBody.findByCode(support).orElseThrow(), TODAY).overdue());
        assertEquals(1, overdue, "the earlier deadline makes the task overdue in the figures");
        String history = Jsoup.parse(clerk.get("/tasks/" + taskId).asString()).select("li.timeline__edit").text();
        assertTrue(history.contains("sửa nhiệm vụ"), history);
        assertTrue(history.contains("Ngày đến hạn: " + String.format("%02d/%02d/%d", TODAY.plusDays(20).getDayOfMonth(),
                TODAY.plusDays(20).getMonthValue(), TODAY.plusDays(20).getYear())), history);
        assertTrue(history.contains("Thêm " + TestBodies.nameOf(added) + " (phối hợp)"), history);
        assertTrue(history.contains("Bỏ " + TestBodies.nameOf(lead)), history);
        assertTrue(history.contains("Đổi vai trò của " + TestBodies.nameOf(support) + ": phối hợp → chủ trì"), history);
    }

    @Test
    void aFormFromAnOutOfDatePageComesBackWithTheClerksValues() {
        String text = unique("Tổng kết công tác");
        TestTasks.Created d = TestTasks.directive("Kết luận sửa cũ").task(text, TODAY.plusDays(20), "BTCTW").create();
        long taskId = d.taskId(0);
        WebSession first = clerk();
        WebSession second = clerk();
        Map<String, Object> mine = form(first, taskId);
        Map<String, Object> theirs = form(second, taskId);
        theirs.put("text", text + " (sửa trước)");
        second.postForm("/tasks/" + taskId + "/edit", "/tasks/" + taskId + "/edit", theirs).then().statusCode(303);
        mine.put("text", text + " (của tôi)");
        String page = first.postForm("/tasks/" + taskId + "/edit", "/tasks/" + taskId + "/edit", mine).then().statusCode(409)
                .body(containsString("Nhiệm vụ vừa được người khác sửa")).extract().asString();
        assertEquals(text + " (của tôi)", Jsoup.parse(page).selectFirst("textarea#text").text(), "the clerk's own words are kept");
        assertEquals(text + " (sửa trước)", QuarkusTransaction.requiringNew().call(() -> Task.<Task>findById(taskId).text));
        Map<String, Object> again = new HashMap<>(mine);
        again.put("version", Jsoup.parse(page).selectFirst("input[name=version]").val());
        first.postForm("/tasks/" + taskId + "/edit", "/tasks/" + taskId + "/edit", again).then().statusCode(303);
    }

    @Test
    void anImpossibleDateOrADateOnAnUndatedDeadlineIsAFieldError() {
        TestTasks.Created d = TestTasks.directive("Kết luận sửa ngày").task(unique("Báo cáo"), TODAY.plusDays(20), "BTCTW").create();
        long taskId = d.taskId(0);
        WebSession clerk = clerk();
        Map<String, Object> form = form(clerk, taskId);
        form.put("deadline", "31/02/2024");
        clerk.postForm("/tasks/" + taskId + "/edit", "/tasks/" + taskId + "/edit", form).then().statusCode(400)
                .body(containsString("href=\"#deadline\"")).body(containsString("Ngày không có thật"))
                .body(containsString("value=\"31/02/2024\""));
        form.put("deadline", "30/09/2030");
        form.put("deadlineKind", "ONGOING");
        clerk.postForm("/tasks/" + taskId + "/edit", "/tasks/" + taskId + "/edit", form).then().statusCode(400)
                .body(containsString("không có ngày"));
        form.put("deadline", "");
        clerk.postForm("/tasks/" + taskId + "/edit", "/tasks/" + taskId + "/edit", form).then().statusCode(303);
        QuarkusTransaction.requiringNew().run(() -> {
            Task task = Task.findById(taskId);
            assertEquals(DeadlineKind.ONGOING, task.deadlineKind);
            assertNull(task.deadline);
        });
        form = form(clerk, taskId);
        form.put("lead", List.of("BTCTW"));
        form.put("support", List.of("BTCTW"));
        clerk.postForm("/tasks/" + taskId + "/edit", "/tasks/" + taskId + "/edit", form).then().statusCode(400)
                .body(containsString("href=\"#owners\"")).body(containsString("Một cơ quan chỉ giữ một vai trò"));
    }

    @Test
    void aRemovedTaskLeavesListsAndFiguresAndComesBackWhenRestored() {
        String body = TestBodies.create("Ban xóa nhiệm vụ");
        String text = unique("Nhiệm vụ đọc nhầm");
        TestTasks.Created d = TestTasks.directive("Kết luận xóa").task(text, TODAY.minusDays(2), body).create();
        long taskId = d.taskId(0);
        WebSession clerk = clerk();
        assertEquals(1, open(body));
        String version = Jsoup.parse(clerk.get("/tasks/" + taskId + "/remove").then().statusCode(200).extract().asString())
                .selectFirst("input[name=version]").val();
        clerk.postForm("/tasks/" + taskId + "/remove", "/tasks/" + taskId + "/remove", Map.of("version", version, "reason", "Không phải nhiệm vụ"))
                .then().statusCode(303).header("Location", containsString("/directives/" + d.directiveId()));
        assertEquals(0, open(body));
        assertFalse(clerk.get("/tasks?q=" + text.substring(text.length() - 8)).asString().contains(text));
        String directive = clerk.get("/directives/" + d.directiveId()).then().statusCode(200).extract().asString();
        assertTrue(Jsoup.parse(directive).selectFirst("#removed").parent().text().contains(text), "the directive lists it as removed");
        clerk.get("/tasks/" + taskId).then().statusCode(200).body(containsString("Nhiệm vụ đã bị xóa"))
                .body(containsString("Không phải nhiệm vụ"));
        clerk.get("/tasks/" + taskId + "/edit").then().statusCode(404);

        String restoreVersion = Jsoup.parse(clerk.get("/tasks/" + taskId).asString())
                .selectFirst("form[action$=/restore] input[name=version]").val();
        clerk.postForm("/tasks/" + taskId, "/tasks/" + taskId + "/restore", Map.of("version", restoreVersion)).then().statusCode(303);
        assertEquals(1, open(body));
        assertTrue(clerk.get("/tasks?q=" + text.substring(text.length() - 8)).asString().contains(text));
        List<String> actions = QuarkusTransaction.requiringNew().call(() -> AuditEntry.of(Task.AUDIT_TYPE, taskId).stream().map(e -> e.action).toList());
        assertEquals(List.of("restore", "remove"), actions);
    }
}
