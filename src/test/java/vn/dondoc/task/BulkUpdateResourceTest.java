package vn.dondoc.task;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import vn.dondoc.account.TestAccounts;
import vn.dondoc.audit.AuditEntry;
import vn.dondoc.body.TestBodies;
import vn.dondoc.web.AppRole;
import vn.dondoc.web.WebSession;

@QuarkusTest
class BulkUpdateResourceTest {

    @Test
    void staffUpdateTheirTickedAssignmentsAndOthersAreSkipped() {
        String body = TestBodies.create("Ban Cập nhật loạt");
        String other = TestBodies.create("Ban Bên cạnh");
        LocalDate deadline = LocalDate.of(2031, 6, 30);
        TestTasks.Created d = TestTasks.directive("Kết luận cập nhật loạt")
                .task("Việc loạt một", deadline, body)
                .task("Việc loạt hai", deadline, body, other)
                .task("Việc của ban bên cạnh", deadline, other).create();
        WebSession staff = WebSession.login(TestAccounts.create(AppRole.STAFF, body), TestAccounts.PASSWORD);

        String list = staff.get("/tasks?body=" + body + "&directive=" + d.directiveId()).asString();
        assertEquals(true, list.contains("value=\"" + pick(d, 0, body) + "\""), "own assignments can be ticked");
        assertEquals(false, staff.get("/tasks?body=" + other + "&directive=" + d.directiveId()).asString().contains("name=\"pick\""),
                "other bodies' cannot");

        staff.postForm("/tasks?body=", "/tasks/bulk", Map.of("pick", List.of(pick(d, 0, body), pick(d, 1, body), pick(d, 2, other)),
                        "status", "IN_PROGRESS", "note", "Đã phân công chuyên viên", "query", "directive=" + d.directiveId()))
                .then().statusCode(303).header("Location", endsWith("/tasks?directive=" + d.directiveId()));
        staff.get("/tasks?directive=" + d.directiveId()).then().body(containsString("Đã cập nhật 2 phân công. 1 phân công được bỏ qua"));

        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 2; i++) {
                Assignment mine = Assignment.findById(d.assignmentId(i, body));
                assertEquals(Status.IN_PROGRESS, mine.status);
                List<StatusChange> history = StatusChange.list("assignment", mine);
                assertEquals(1, history.size());
                assertEquals("Đã phân công chuyên viên", history.get(0).note);
                assertEquals("status", AuditEntry.of("assignment", mine.id).get(0).action);
            }
            assertEquals(Status.NOT_STARTED, ((Assignment) Assignment.findById(d.assignmentId(2, other))).status);
            assertEquals(Status.NOT_STARTED, ((Assignment) Assignment.findById(d.assignmentId(1, other))).status);
        });
    }

    @Test
    void anAssignmentChangedSinceTheListWasShownIsSkipped() {
        String body = TestBodies.create("Ban Loạt cũ");
        TestTasks.Created d = TestTasks.directive("Kết luận loạt cũ").task("Việc đã đổi", LocalDate.of(2031, 7, 1), body).create();
        WebSession clerk = WebSession.login(TestAccounts.create(AppRole.CLERK), TestAccounts.PASSWORD);
        String stale = d.taskId(0) + ":" + d.assignmentId(0, body) + ":" + 41;
        clerk.postForm("/tasks", "/tasks/bulk", Map.of("pick", stale, "status", "DONE", "query", "")).then().statusCode(303).header("Location", endsWith("/tasks?body="));
        clerk.get("/tasks?body=").then().body(containsString("Không phân công nào được cập nhật: 1 phân công"));
        assertEquals(Status.NOT_STARTED, QuarkusTransaction.requiringNew().call(() -> ((Assignment) Assignment.findById(d.assignmentId(0, body))).status));
    }

    @Test
    void nothingTickedSaysSo() {
        WebSession clerk = WebSession.login(TestAccounts.create(AppRole.CLERK), TestAccounts.PASSWORD);
        clerk.postForm("/tasks", "/tasks/bulk", Map.of("status", "DONE", "query", "status=OVERDUE")).then().statusCode(303).header("Location", endsWith("/tasks?progress=OVERDUE"));
        clerk.get("/tasks?progress=OVERDUE").then().body(containsString("Chưa chọn phân công nào."));
    }

    @Test
    void selectingAllOnThePageUpdatesEveryRowAndSaysHowMany() {
        String body = TestBodies.create("Ban Chọn tất cả");
        LocalDate deadline = LocalDate.of(2031, 8, 1);
        TestTasks.Created d = TestTasks.directive("Kết luận chọn tất cả").task("Việc một", deadline, body).task("Việc hai", deadline, body)
                .task("Việc ba", deadline, body).create();
        WebSession staff = WebSession.login(TestAccounts.create(AppRole.STAFF, body), TestAccounts.PASSWORD);
        String list = staff.get("/tasks?body=" + body + "&directive=" + d.directiveId() + "&size=25").asString();
        List<String> all = Jsoup.parse(list).select("form#bulk-form input[name=all]").eachAttr("value");
        assertEquals(3, all.size(), "the form holds every row of the page");
        assertTrue(list.contains("Chọn tất cả 3 phân công trên trang này"));
        staff.postForm("/tasks?body=", "/tasks/bulk", Map.of("all", all, "everything", "on", "status", "DONE", "note", "Đã xong cả ba",
                "query", "body=" + body + "&directive=" + d.directiveId(), "size", "25", "page", "1"))
                .then().statusCode(303).header("Location", endsWith("/tasks?body=" + body + "&directive=" + d.directiveId() + "&size=25"));
        staff.get("/tasks?body=" + body).then().body(containsString("Đã cập nhật 3 phân công."));
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 3; i++) {
                assertEquals(Status.REPORTED, Assignment.<Assignment>findById(d.assignmentId(i, body)).status, "staff's done waits for the clerk");
            }
        });
    }

    private static String pick(TestTasks.Created d, int task, String body) {
        long id = d.assignmentId(task, body);
        long version = QuarkusTransaction.requiringNew().call(() -> ((Assignment) Assignment.findById(id)).version);
        return d.taskId(task) + ":" + id + ":" + version;
    }

    @Test
    void aFormOfMoreThanAThousandFieldsIsRefusedWithAPageInTheUsersLanguage() {
        WebSession staff = WebSession.login(TestAccounts.create(AppRole.STAFF, TestBodies.create("Ban Quá nhiều")), TestAccounts.PASSWORD);
        List<String> picks = java.util.stream.IntStream.range(0, 1000).mapToObj(i -> "1:" + i + ":0").toList();
        staff.postForm("/tasks?body=", "/tasks/bulk", Map.of("pick", picks, "status", "DONE")).then().statusCode(413)
                .body(containsString("Biểu mẫu quá lớn")).body(containsString("name=\"csrf-token\""));
        String token = staff.csrfToken("/tasks?body=");
        staff.request().cookie("dondoc-lang", "en").contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", token).formParam("status", "DONE").formParam("pick", picks).post("/tasks/bulk")
                .then().statusCode(413).body(containsString("Form too large"));
    }
}
