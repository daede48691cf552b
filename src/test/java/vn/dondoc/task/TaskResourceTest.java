package vn.dondoc.task;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import vn.dondoc.account.TestAccounts;
import vn.dondoc.audit.AuditEntry;
import vn.dondoc.body.TestBodies;
import vn.dondoc.web.AppRole;
import vn.dondoc.web.OfficeClock;
import vn.dondoc.web.WebSession;

@QuarkusTest
class TaskResourceTest {

    private static final LocalDate TODAY = OfficeClock.today();

    private static String unique(String words) {
        return words + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static WebSession as(AppRole role, String bodyCode) {
        return WebSession.login(TestAccounts.create(role, bodyCode), TestAccounts.PASSWORD);
    }

    private static Assignment assignment(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Assignment.<Assignment>findById(id));
    }

    private static long statusChanges(long assignmentId) {
        return QuarkusTransaction.requiringNew().call(() -> StatusChange.count("assignment.id", assignmentId));
    }

    @Test
    void listFiltersByBody() {
        String ours = unique("Rà soát quy hoạch");
        String theirs = unique("Tổng kết công tác nội chính");
        TestTasks.Created d = TestTasks.directive("Kết luận lọc cơ quan")
                .task(ours, TODAY.plusDays(10), "BTCTW", "VPTW")
                .task(theirs, TODAY.plusDays(10), "BNCTW").create();
        String page = as(AppRole.VIEWER, null).get("/tasks?body=VPTW&directive=" + d.directiveId()).then().statusCode(200)
                .extract().asString();
        assertTrue(page.contains(ours));
        assertFalse(page.contains(theirs));
        assertTrue(page.contains("Tìm thấy 1 nhiệm vụ"));
    }

    @Test
    void listFiltersByStatusAndDeadlineGroups() {
        String overdue = unique("Quá hạn chưa làm");
        String doneLate = unique("Làm xong muộn");
        String doneOnTime = unique("Làm xong đúng hạn");
        String started = unique("Đang làm trong hạn");
        TestTasks.Created d = TestTasks.directive("Kết luận lọc tình trạng")
                .task(overdue, TODAY.minusDays(5), "BTC")
                .task(doneLate, TODAY.minusDays(10), "BTC", "BCA")
                .task(doneOnTime, TODAY.minusDays(2), "BTC")
                .task(started, TODAY.plusDays(2), "BTC", "BCA")
                .done(1, "BTC", TODAY.minusDays(8)).done(1, "BCA", TODAY.minusDays(1))
                .done(2, "BTC", TODAY.minusDays(3))
                .status(3, "BTC", Status.IN_PROGRESS)
                .create();
        WebSession session = as(AppRole.CLERK, null);
        String base = "/tasks?directive=" + d.directiveId() + "&status=";
        assertOnly(session.get(base + "OVERDUE").asString(), overdue, doneLate, doneOnTime, started);
        assertOnly(session.get(base + "DONE_LATE").asString(), doneLate, overdue, doneOnTime, started);
        assertOnly(session.get(base + "DONE_ON_TIME").asString(), doneOnTime, overdue, doneLate, started);
        assertOnly(session.get(base + "IN_PROGRESS").asString(), started, overdue, doneLate, doneOnTime);
        String notStarted = session.get(base + "NOT_STARTED").asString();
        assertOnly(notStarted, overdue, doneLate, doneOnTime, started);
        String withinDeadline = session.get(base + "WITHIN_DEADLINE").asString();
        assertOnly(withinDeadline, started, overdue, doneLate, doneOnTime);
        String done = session.get(base + "DONE").asString();
        assertTrue(done.contains(doneLate) && done.contains(doneOnTime) && !done.contains(overdue) && !done.contains(started));
        // With a body, the status is that body's: BCA has not started the task that BTC has begun.
        assertOnly(session.get(base + "NOT_STARTED&body=BCA").asString(), started, overdue, doneLate, doneOnTime);
    }

    private static void assertOnly(String page, String expected, String... others) {
        assertTrue(page.contains(expected), "expected " + expected);
        for (String other : others) {
            assertFalse(page.contains(other), "did not expect " + other);
        }
    }

    @Test
    void listFiltersByDeadlineRange() {
        String inside = unique("Trong khoảng thời hạn");
        String before = unique("Trước khoảng");
        String none = unique("Không thời hạn");
        TestTasks.Created d = TestTasks.directive("Kết luận lọc thời hạn")
                .task(inside, LocalDate.of(2024, 9, 30), "BTC")
                .task(before, LocalDate.of(2024, 6, 30), "BTC")
                .task(none, null, "BTC").create();
        String page = as(AppRole.VIEWER, null)
                .get("/tasks?from=2024-07-01&to=30/09/2024&directive=" + d.directiveId()).asString();
        assertOnly(page, inside, before, none);
        assertTrue(page.contains("30/09/2024"));
    }

    @Test
    void listWithoutMatchesSaysSo() {
        as(AppRole.VIEWER, null).get("/tasks?q=" + UUID.randomUUID()).then().statusCode(200)
                .body(containsString("Không có nhiệm vụ nào phù hợp"));
    }

    @Test
    void listSearchesWordsWithoutDiacritics() {
        String marker = "zq" + UUID.randomUUID().toString().substring(0, 6);
        String text = "Kiểm điểm việc thực hiện " + marker;
        TestTasks.directive("Kết luận tìm kiếm").task(text, null, "BTC").create();
        as(AppRole.VIEWER, null).get("/tasks?q=kiem diem viec thuc hien " + marker).then().statusCode(200)
                .body(containsString(text));
    }

    @Test
    void searchFindsTheTasksHoldingEveryWordByItsStart() {
        String marker = "zw" + UUID.randomUUID().toString().substring(0, 6);
        String graft = "Phòng chống tham nhũng " + marker;
        String waste = "Phòng chống lãng phí " + marker;
        TestTasks.directive("Kết luận tìm từng từ").task(graft, null, "BTC").task(waste, null, "BTC").create();
        WebSession viewer = as(AppRole.VIEWER, null);
        assertOnly(viewer.get("/tasks?body=&q=THAM nhun " + marker).asString(), graft, waste);
        String both = viewer.get("/tasks?body=&q=chống " + marker.substring(0, 5)).asString();
        assertTrue(both.contains(graft) && both.contains(waste), "each word matches the start of a word");
        assertFalse(viewer.get("/tasks?body=&q=ham " + marker).asString().contains(graft), "not the middle of one");
    }

    @Test
    void aPageOfFiftyTasksStaysSmall() {
        String body = TestBodies.create("Ban trang gọn");
        TestTasks.Builder builder = TestTasks.directive("Thông báo kết luận của Bộ Chính trị về tiếp tục thực hiện Nghị quyết"
                + " Trung ương 4 khóa XII về tăng cường xây dựng, chỉnh đốn Đảng");
        for (int i = 0; i < 50; i++) {
            builder.task("Tiếp tục rà soát, bổ sung, hoàn thiện quy hoạch cán bộ lãnh đạo, quản lý các cấp nhiệm kỳ 2025-2030"
                    + " bảo đảm chặt chẽ, đúng quy trình số " + i, TODAY.plusDays(i - 25),
                    body, "BTCTW", "VPTW", "BNCTW", "BTC");
        }
        TestTasks.Created d = builder.create();
        String all = as(AppRole.VIEWER, null).get("/tasks?body=&directive=" + d.directiveId()).then().statusCode(200).extract().asString();
        String ofBody = WebSession.login(TestAccounts.create(AppRole.CLERK), TestAccounts.PASSWORD)
                .get("/tasks?body=" + body + "&directive=" + d.directiveId()).then().statusCode(200).extract().asString();
        for (String page : List.of(all, ofBody)) {
            assertEquals(50, Jsoup.parse(page).select("table.task-table tbody tr").size());
        }
        // The body choice lists every body the shared test database holds (hundreds); 4 KB is a list of about 40. With a
        // body, a clerk's page also carries a box per row and the bulk update form.
        assertTrue(bytesBesideBodies(all) + 4_000 < 60_000, bytesBesideBodies(all) + " bytes beside the bodies");
        assertTrue(bytesBesideBodies(ofBody) + 4_000 < 70_000, bytesBesideBodies(ofBody) + " bytes beside the bodies");
        assertFalse(all.contains("<details class=\"owner-summary\""), "every owner with its status is on the task's page");
    }

    private static int bytesBesideBodies(String page) {
        return page.getBytes(StandardCharsets.UTF_8).length
                - Jsoup.parse(page).select("#filter-body option").outerHtml().getBytes(StandardCharsets.UTF_8).length;
    }

    @Test
    void theDirectiveFilterOffersTheNewestDirectivesAndTheChosenOne() {
        TestTasks.Created old = TestTasks.directive("Kết luận cũ hơn").task(unique("Việc của văn bản cũ"), null, "BTC").create();
        for (int i = 0; i < TaskResource.DIRECTIVE_CHOICES; i++) {
            TestTasks.directive("Kết luận mới hơn " + i).task(unique("Việc mới"), null, "BTC").create();
        }
        WebSession viewer = as(AppRole.VIEWER, null);
        var choices = Jsoup.parse(viewer.get("/tasks?body=").asString()).select("#filter-directive option");
        assertEquals(TaskResource.DIRECTIVE_CHOICES + 1, choices.size(), "the newest directives and \"any\"");
        assertTrue(choices.stream().noneMatch(o -> o.val().equals(String.valueOf(old.directiveId()))));
        String chosen = viewer.get("/tasks?body=&directive=" + old.directiveId()).asString();
        assertEquals(String.valueOf(old.directiveId()), Jsoup.parse(chosen).selectFirst("#filter-directive option[selected]").val());
        assertTrue(chosen.contains("Việc của văn bản cũ"));
        viewer.get("/directives/" + old.directiveId()).then().statusCode(200)
                .body(containsString("/tasks?body=&amp;directive=" + old.directiveId()));
    }

    @Test
    void badFilterValuesShowFieldErrorsNotAFailure() {
        as(AppRole.VIEWER, null).get("/tasks?from=31/02/2024&status=LATE&body=NOPE&directive=x").then().statusCode(200)
                .body(containsString("Ngày không hợp lệ"))
                .body(containsString("Tình trạng không hợp lệ"))
                .body(containsString("Không có cơ quan này"))
                .body(containsString("href=\"#filter-from\""));
    }

    @Test
    void anImpossibleDateOrAnInvertedRangeShowsTheErrorAndNoTasks() {
        String text = unique("Việc trong danh sách lọc sai");
        TestTasks.Created d = TestTasks.directive("Kết luận lọc sai").task(text, LocalDate.of(2024, 2, 20), "BTC").create();
        WebSession session = as(AppRole.VIEWER, null);
        String impossible = session.get("/tasks?from=31/02/2024&directive=" + d.directiveId()).then().statusCode(200)
                .body(containsString("href=\"#filter-from\"")).body(containsString("value=\"31/02/2024\""))
                .body(containsString("Chưa lọc được")).extract().asString();
        assertFalse(impossible.contains(text), "a filter that cannot be read shows no tasks, not all of them");
        String inverted = session.get("/tasks?from=01/03/2024&to=01/02/2024&directive=" + d.directiveId()).then().statusCode(200)
                .body(containsString("Ngày kết thúc phải sau ngày bắt đầu")).extract().asString();
        assertFalse(inverted.contains(text), "nor does an inverted range filter on its first day alone");
        assertTrue(session.get("/tasks?from=01/02/2024&to=01/03/2024&directive=" + d.directiveId()).asString().contains(text));
    }

    @Test
    void staffLandOnTheirOwnBodysTasksAndMayAskForEveryBodys() {
        String body = TestBodies.create("Ban mặc định");
        WebSession staff = as(AppRole.STAFF, body);
        staff.get("/tasks").then().statusCode(303).header("Location", endsWith("/tasks?body=" + body));
        staff.get("/tasks?body=").then().statusCode(200).body(containsString("<h1>Danh sách nhiệm vụ</h1>"));
        staff.get("/tasks?body=" + body).then().statusCode(200).body(containsString("Nhiệm vụ của " + TestBodies.nameOf(body)));
        as(AppRole.CLERK, null).get("/tasks").then().statusCode(200);
    }

    @Test
    void aChosenBodysPartAndStatusAreTheRowsAndCombineWithTheDeadlineStatus() {
        String body = TestBodies.create("Ban vai trò");
        String leads = unique("Việc ban chủ trì");
        String supports = unique("Việc ban phối hợp đang làm quá hạn");
        String supportsDone = unique("Việc ban phối hợp đã xong");
        TestTasks.Created d = TestTasks.directive("Kết luận vai trò")
                .task(leads, TODAY.minusDays(3), body)
                .task(supports, TODAY.minusDays(3), "BTCTW", body)
                .task(supportsDone, TODAY.minusDays(3), "BTCTW", body)
                .status(1, body, Status.IN_PROGRESS).done(2, body, TODAY.minusDays(5)).create();
        WebSession session = as(AppRole.VIEWER, null);
        String base = "/tasks?directive=" + d.directiveId() + "&body=" + body;
        assertOnly(session.get(base + "&role=SUPPORT").asString(), supports, leads);
        assertOnly(session.get(base + "&role=LEAD").asString(), leads, supports, supportsDone);
        assertOnly(session.get(base + "&status=IN_PROGRESS&progress=OVERDUE").asString(), supports, leads, supportsDone);
        assertOnly(session.get(base + "&progress=DONE_ON_TIME").asString(), supportsDone, leads, supports);
        String row = Jsoup.parse(session.get(base + "&role=SUPPORT&progress=DONE_ON_TIME").asString())
                .select(".task-table tbody tr").first().text();
        assertTrue(row.contains("Hoàn thành đúng hạn"), "the row shows the chosen body's status, not the task's: " + row);
        session.get("/tasks?role=LEAD&directive=" + d.directiveId()).then().statusCode(200)
                .body(containsString("Chọn một cơ quan để lọc theo vai trò"));
    }

    @Test
    void listSortsByStatusAndTakesAPageSize() {
        String notStarted = unique("Chưa làm sắp xếp");
        String started = unique("Đang làm sắp xếp");
        String done = unique("Đã xong sắp xếp");
        TestTasks.Created d = TestTasks.directive("Kết luận sắp xếp")
                .task(done, TODAY.plusDays(1), "BTC").task(started, TODAY.plusDays(2), "BTC").task(notStarted, TODAY.plusDays(3), "BTC")
                .done(0, "BTC", TODAY).status(1, "BTC", Status.IN_PROGRESS).create();
        String page = as(AppRole.VIEWER, null).get("/tasks?sort=STATUS&directive=" + d.directiveId()).asString();
        assertTrue(page.indexOf(notStarted) < page.indexOf(started) && page.indexOf(started) < page.indexOf(done),
                "not started, then in progress, then done");
        String byDeadline = as(AppRole.VIEWER, null).get("/tasks?directive=" + d.directiveId()).asString();
        assertTrue(byDeadline.indexOf(done) < byDeadline.indexOf(notStarted));

        TestTasks.Created many = TestTasks.create(30, TODAY.plusDays(30), "VPTW");
        String small = as(AppRole.VIEWER, null).get("/tasks?size=25&directive=" + many.directiveId()).asString();
        assertTrue(small.contains("Trang 1/2"), "25 a page");
        assertTrue(small.contains("directive=" + many.directiveId() + "&amp;size=25&amp;page=2"), "the next page keeps the size");
    }

    @Test
    void staffSeeTheirOwnPartFirstAndTheOthersFoldedUnderACount() {
        String mine = TestBodies.create("Ban của tôi");
        TestTasks.Created d = TestTasks.directive("Kết luận phần việc").task(unique("Việc nhiều cơ quan"), TODAY.plusDays(9),
                "BTCTW", "VPTW", "BNCTW", mine, "BKTTW").create();
        String page = as(AppRole.STAFF, mine).get("/tasks/" + d.taskId(0)).then().statusCode(200).extract().asString();
        var html = Jsoup.parse(page);
        var first = html.selectFirst("#owners ~ section.owner--mine");
        assertTrue(first != null && first.text().contains(TestBodies.nameOf(mine)), "the own part comes first");
        assertTrue(first.selectFirst("#status-" + d.assignmentId(0, mine)) != null, "with its form");
        var others = html.selectFirst("details.owners-others");
        assertEquals("4 cơ quan khác", others.selectFirst("summary").text());
        assertFalse(others.hasAttr("open"), "the others are folded");
        assertTrue(page.contains("Chưa cập nhật (được giao khi nhập văn bản ngày"), "an untouched part says so, not who imported it");
    }

    @Test
    void aNoteWrittenWithAStatusChangeIsAProgressNote() {
        String body = TestBodies.create("Ban ghi chú");
        TestTasks.Created d = TestTasks.directive("Kết luận ghi chú").task(unique("Việc có ghi chú"), TODAY.plusDays(9), body).create();
        long taskId = d.taskId(0);
        long mine = d.assignmentId(0, body);
        WebSession staff = as(AppRole.STAFF, body);
        staff.postForm("/tasks/" + taskId, "/tasks/" + taskId + "/assignments/" + mine + "/status",
                Map.of("status", "IN_PROGRESS", "note", "Đã họp triển khai", "version", "0")).then().statusCode(303);
        String page = staff.get("/tasks/" + taskId).asString();
        String notes = Jsoup.parse(page).selectFirst("#notes + p + ol.timeline").text();
        assertTrue(notes.contains("Đã họp triển khai") && notes.contains("Kèm cập nhật"), notes);
        assertFalse(page.contains("Chưa có ghi chú tiến độ"));
    }

    @Test
    void listPagesByFifty() {
        TestTasks.Created d = TestTasks.create(51, TODAY.plusDays(30), "VPTW");
        WebSession session = as(AppRole.VIEWER, null);
        String first = session.get("/tasks?directive=" + d.directiveId()).asString();
        assertTrue(first.contains("Tìm thấy 51 nhiệm vụ"));
        assertTrue(first.contains("Trang 1/2"));
        assertTrue(first.contains("/tasks/" + d.taskId(49) + "\""));
        assertFalse(first.contains("/tasks/" + d.taskId(50) + "\""));
        assertTrue(first.contains("directive=" + d.directiveId() + "&amp;page=2"));
        String second = session.get("/tasks?directive=" + d.directiveId() + "&page=2").asString();
        assertTrue(second.contains("/tasks/" + d.taskId(50) + "\""));
        assertFalse(second.contains("/tasks/" + d.taskId(0) + "\""));
    }

    @Test
    void taskPageShowsSourceOwnersAndHistory() {
        String text = unique("Chuẩn bị <nhân sự> đại hội");
        TestTasks.Created d = TestTasks.directive("Kết luận trang nhiệm vụ")
                .task(text, LocalDate.of(2024, 9, 30), "BTCTW", "VPTW").section("II. NHIỆM VỤ TRỌNG TÂM")
                .deadlineText("quý 3/2024", DeadlineKind.DATE)
                .inferred(0, "VPTW", "lĩnh vực: tham mưu tổng hợp").create();
        WebSession clerk = as(AppRole.CLERK, null);
        Response saved = clerk.postForm("/tasks/" + d.taskId(0), "/tasks/" + d.taskId(0) + "/assignments/"
                + d.assignmentId(0, "BTCTW") + "/status", Map.of("status", "IN_PROGRESS", "note", "Đã họp bàn", "version", "0"));
        assertEquals(303, saved.statusCode());
        String page = clerk.get("/tasks/" + d.taskId(0)).then().statusCode(200).extract().asString();
        assertTrue(page.contains("Mở đầu đoạn. <mark>" + text.replace("<", "&lt;").replace(">", "&gt;") + "</mark> Hết đoạn."));
        assertTrue(page.contains("II. NHIỆM VỤ TRỌNG TÂM"));
        assertTrue(page.contains("quý 3/2024"));
        assertTrue(page.contains("Ban Tổ chức Trung ương"));
        assertTrue(page.contains("(chủ trì)"));
        assertTrue(page.contains("lĩnh vực: tham mưu tổng hợp"));
        assertTrue(page.contains("Lịch sử cập nhật"));
        assertTrue(page.contains("Đã họp bàn"));
        assertTrue(page.contains("Chưa thực hiện →"));
    }

    @Test
    void checkingOffSavesHistoryAndAudit() {
        TestTasks.Created d = TestTasks.directive("Kết luận đánh dấu").task(unique("Báo cáo kết quả"), TODAY.plusDays(5), "BNCTW", "VPTW").create();
        long assignmentId = d.assignmentId(0, "BNCTW");
        WebSession staff = as(AppRole.STAFF, "BNCTW");
        String path = "/tasks/" + d.taskId(0);
        Response response = staff.postForm(path, path + "/assignments/" + assignmentId + "/status",
                Map.of("status", "DONE", "note", "Đã gửi báo cáo số 12", "version", "0"));
        assertEquals(303, response.statusCode());
        assertTrue(response.header("Location").endsWith(path));
        String page = staff.get(path).asString();
        // Staff's "done" is a report waiting for the clerk; the note is its result.
        assertTrue(page.contains("Đã gửi báo cáo hoàn thành; chờ văn thư xác nhận."), "flash message");
        assertTrue(page.contains("Đã gửi báo cáo số 12"));
        assertTrue(page.contains("Chờ xác nhận"));
        Assignment saved = assignment(assignmentId);
        assertEquals(Status.REPORTED, saved.status);
        assertEquals(TODAY, saved.doneOn);
        assertEquals(1, statusChanges(assignmentId));
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> AuditEntry.of("assignment", assignmentId).size()));
        // The other body's assignment has no form for this user.
        assertFalse(page.contains("/assignments/" + d.assignmentId(0, "VPTW") + "/status"));
    }

    @Test
    void staffOfAnotherBodyIsRefused() {
        TestTasks.Created d = TestTasks.directive("Kết luận quyền").task(unique("Việc của Ban Nội chính"), null, "BNCTW").create();
        long assignmentId = d.assignmentId(0, "BNCTW");
        WebSession other = as(AppRole.STAFF, "BTCTW");
        String path = "/tasks/" + d.taskId(0);
        other.postForm(path, path + "/assignments/" + assignmentId + "/status", Map.of("status", "DONE", "version", "0"))
                .then().statusCode(403).body(containsString("Không có quyền truy cập"));
        assertEquals(Status.NOT_STARTED, assignment(assignmentId).status);
        assertEquals(0, statusChanges(assignmentId));
    }

    @Test
    void viewerIsRefused() {
        TestTasks.Created d = TestTasks.directive("Kết luận người xem").task(unique("Việc người xem"), null, "BNCTW").create();
        long assignmentId = d.assignmentId(0, "BNCTW");
        String path = "/tasks/" + d.taskId(0);
        WebSession viewer = as(AppRole.VIEWER, null);
        assertFalse(viewer.get(path).asString().contains("/status\""));
        viewer.postForm("/tasks", path + "/assignments/" + assignmentId + "/status", Map.of("status", "DONE", "version", "0"))
                .then().statusCode(403);
        assertEquals(Status.NOT_STARTED, assignment(assignmentId).status);
    }

    @Test
    void staleVersionIsRefusedWithTheCurrentState() {
        TestTasks.Created d = TestTasks.directive("Kết luận xung đột").task(unique("Việc hai người sửa"), null, "BTC").create();
        long assignmentId = d.assignmentId(0, "BTC");
        String path = "/tasks/" + d.taskId(0);
        String action = path + "/assignments/" + assignmentId + "/status";
        WebSession first = as(AppRole.STAFF, "BTC");
        WebSession second = as(AppRole.CLERK, null);
        String firstUser = assignment(assignmentId).updatedBy;
        assertNull(firstUser);
        assertEquals(303, first.postForm(path, action, Map.of("status", "IN_PROGRESS", "note", "Bắt đầu", "version", "0")).statusCode());
        Response refused = second.postForm(path, action, Map.of("status", "DONE", "note", "Ghi chú của tôi", "version", "0"));
        assertEquals(409, refused.statusCode());
        String page = refused.asString();
        assertTrue(page.contains("Chưa lưu thay đổi của bạn"));
        assertTrue(page.contains(assignment(assignmentId).updatedBy));
        assertTrue(page.contains("Ghi chú của tôi"), "the user's note is kept");
        assertTrue(page.contains("name=\"version\" value=\"1\""), "the form carries the current version");
        Assignment now = assignment(assignmentId);
        assertEquals(Status.IN_PROGRESS, now.status);
        assertEquals("Bắt đầu", now.latestNote);
        assertEquals(1, statusChanges(assignmentId));
        // Applying again from the refreshed form works.
        assertEquals(303, second.postForm(path, action, Map.of("status", "DONE", "note", "Ghi chú của tôi", "version", "1")).statusCode());
        assertEquals(Status.DONE, assignment(assignmentId).status);
    }

    @Test
    void invalidStatusIsShownAgainWithAnError() {
        TestTasks.Created d = TestTasks.directive("Kết luận sai biểu mẫu").task(unique("Việc nhập sai"), null, "BTC").create();
        long assignmentId = d.assignmentId(0, "BTC");
        String path = "/tasks/" + d.taskId(0);
        String longNote = "x".repeat(2001);
        as(AppRole.CLERK, null).postForm(path, path + "/assignments/" + assignmentId + "/status",
                Map.of("status", "FINISHED", "note", longNote, "version", "0"))
                .then().statusCode(400).body(containsString("Hãy chọn một tình trạng trong danh sách."))
                .body(containsString("Ghi chú quá dài")).body(containsString("href=\"#note-" + assignmentId + "\""));
        assertEquals(0, statusChanges(assignmentId));
    }

    @Test
    void missingCsrfTokenIsRefused() {
        TestTasks.Created d = TestTasks.directive("Kết luận CSRF").task(unique("Việc không có mã"), null, "BTC").create();
        long assignmentId = d.assignmentId(0, "BTC");
        as(AppRole.CLERK, null).postFormWithoutToken("/tasks/" + d.taskId(0) + "/assignments/" + assignmentId + "/status",
                Map.of("status", "DONE", "version", "0")).then().statusCode(400);
        assertEquals(Status.NOT_STARTED, assignment(assignmentId).status);
        assertEquals(0, statusChanges(assignmentId));
    }

    @Test
    void unknownIdsAreNotFoundPages() {
        TestTasks.Created d = TestTasks.directive("Kết luận không tồn tại").task(unique("Việc có thật"), null, "BTC").create();
        WebSession clerk = as(AppRole.CLERK, null);
        clerk.get("/tasks/999999999").then().statusCode(404).body(containsString("Không tìm thấy trang"));
        clerk.get("/tasks/abc").then().statusCode(404);
        clerk.postForm("/tasks/" + d.taskId(0), "/tasks/" + d.taskId(0) + "/assignments/999999999/status",
                Map.of("status", "DONE", "version", "0")).then().statusCode(404);
        // An assignment of another task is not found under this task.
        TestTasks.Created other = TestTasks.directive("Kết luận khác").task(unique("Việc khác"), null, "BTC").create();
        clerk.postForm("/tasks/" + d.taskId(0), "/tasks/" + d.taskId(0) + "/assignments/" + other.assignmentId(0, "BTC") + "/status",
                Map.of("status", "DONE", "version", "0")).then().statusCode(404).body(not(containsString("Exception")));
    }
}
