package vn.dondoc.task;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dondoc.account.TestAccounts;
import vn.dondoc.audit.AuditEntry;
import vn.dondoc.body.TestBodies;
import vn.dondoc.web.AppRole;
import vn.dondoc.web.OfficeClock;
import vn.dondoc.web.WebSession;

/** Asking for a new deadline, deciding it, and what the lists and the report make of an adjusted deadline. */
@QuarkusTest
class DeadlineRequestResourceTest {

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static String formOf(TestTasks.One c) {
        return "/tasks/" + c.taskId() + "/assignments/" + c.assignmentId() + "/deadline-request";
    }

    private static long pendingIdOf(TestTasks.One c) {
        return QuarkusTransaction.requiringNew().call(() -> DeadlineRequest.pendingOf(Assignment.findById(c.assignmentId())).orElseThrow().id);
    }

    private static Response ask(WebSession session, TestTasks.One c, LocalDate day, String reason) {
        return session.postForm(formOf(c), formOf(c), Map.of("deadline", DMY.format(day), "reason", reason));
    }

    @Test
    void aTaskDoneAfterItsFirstDeadlineButWithinTheApprovedOneCountsOnTime() {
        String body = TestBodies.create("Ban gia hạn");
        WebSession staff = WebSession.login(TestAccounts.create(AppRole.STAFF, body), TestAccounts.PASSWORD);
        WebSession clerk = WebSession.login(TestAccounts.create(AppRole.CLERK), TestAccounts.PASSWORD);
        LocalDate first = OfficeClock.today().minusDays(5);
        LocalDate later = OfficeClock.today().plusDays(10);
        TestTasks.One c = TestTasks.one(body, "Hoàn thiện đề án gia hạn", first, Role.LEAD, Status.IN_PROGRESS);

        ask(staff, c, later, "Chờ ý kiến các ban").then().statusCode(303);
        clerk.get("/deadline-requests").then().statusCode(200).body(containsString("Hoàn thiện đề án gia hạn"))
                .body(containsString("Chờ ý kiến các ban"));
        clerk.get("/").then().body(containsString("/deadline-requests"));
        long id = pendingIdOf(c);
        clerk.postForm("/deadline-requests", "/deadline-requests/" + id + "/approve", Map.of("reason", "")).then().statusCode(303);

        QuarkusTransaction.requiringNew().run(() -> {
            Assignment a = Assignment.findById(c.assignmentId());
            assertEquals(later, a.deadline);
            assertEquals(first, a.originalDeadline);
            assertEquals("approve", AuditEntry.latest(DeadlineRequest.AUDIT_TYPE, id).action);
        });
        staff.get("/tasks/" + c.taskId()).then().body(containsString("hạn ban đầu " + DMY.format(first)))
                .body(containsString("đồng ý điều chỉnh thời hạn đến " + DMY.format(later)));
        staff.get("/tasks?body=" + body).then().body(containsString(DMY.format(later)));
        staff.get("/tasks?body=" + body + "&from=" + later + "&to=" + later).then().body(containsString("Hoàn thiện đề án gia hạn"));
        staff.get("/tasks?body=" + body + "&from=" + first + "&to=" + first).then().statusCode(200).body(not(containsString("Hoàn thiện đề án gia hạn")));
        clerk.get("/tasks?body=&q=Hoàn thiện đề án gia hạn&from=" + later + "&to=" + later).then().body(containsString("Hoàn thiện đề án gia hạn"));

        long version = QuarkusTransaction.requiringNew().call(() -> ((Assignment) Assignment.findById(c.assignmentId())).version);
        staff.postForm("/tasks/" + c.taskId(), "/tasks/" + c.taskId() + "/assignments/" + c.assignmentId() + "/status",
                Map.of("status", "DONE", "note", "Đã trình", "version", String.valueOf(version))).then().statusCode(303);
        long reported = QuarkusTransaction.requiringNew().call(() -> ((Assignment) Assignment.findById(c.assignmentId())).version);
        clerk.postForm("/tasks/" + c.taskId(), "/tasks/" + c.taskId() + "/assignments/" + c.assignmentId() + "/confirm",
                Map.of("version", String.valueOf(reported))).then().statusCode(303);

        String csv = new String(clerk.get("/reports/progress.csv").asByteArray(), StandardCharsets.UTF_8);
        String line = csv.lines().filter(l -> l.startsWith("\"" + TestBodies.nameOf(body) + "\"")).findFirst().orElseThrow();
        assertTrue(line.startsWith("\"" + TestBodies.nameOf(body) + "\",\"1\",\"1\","), line);
        clerk.get("/tasks?body=" + body + "&progress=DONE_ON_TIME").then().body(containsString("Hoàn thiện đề án gia hạn"));
        clerk.get("/tasks?body=" + body + "&progress=DONE_LATE").then().statusCode(200).body(not(containsString("Hoàn thiện đề án gia hạn")));
    }

    @Test
    void anOverdueTaskWithAnApprovedLaterDeadlineIsNoLongerOverdue() {
        String body = TestBodies.create("Ban hạn mới");
        WebSession clerk = WebSession.login(TestAccounts.create(AppRole.CLERK), TestAccounts.PASSWORD);
        TestTasks.One c = TestTasks.one(body, "Rà soát quy chế hạn mới", OfficeClock.today().minusDays(3), Role.LEAD,
                Status.NOT_STARTED);
        clerk.get("/tasks?body=" + body + "&progress=OVERDUE").then().body(containsString("Rà soát quy chế hạn mới"));
        ask(clerk, c, OfficeClock.today().plusDays(20), "Thay mặt cơ quan").then().statusCode(303);
        clerk.postForm("/deadline-requests", "/deadline-requests/" + pendingIdOf(c) + "/approve", Map.of()).then().statusCode(303);
        clerk.get("/tasks?body=" + body + "&progress=OVERDUE").then().statusCode(200).body(not(containsString("Rà soát quy chế hạn mới")));
        clerk.get("/tasks?body=" + body + "&progress=WITHIN_DEADLINE").then().body(containsString("Rà soát quy chế hạn mới"));
    }

    @Test
    void aRefusalNeedsAReasonAndIsInTheHistory() {
        String body = TestBodies.create("Ban từ chối");
        WebSession staff = WebSession.login(TestAccounts.create(AppRole.STAFF, body), TestAccounts.PASSWORD);
        WebSession clerk = WebSession.login(TestAccounts.create(AppRole.CLERK), TestAccounts.PASSWORD);
        TestTasks.One c = TestTasks.one(body, "Tổng kết nghị quyết từ chối", OfficeClock.today().plusDays(2), Role.LEAD,
                Status.IN_PROGRESS);
        ask(staff, c, OfficeClock.today().plusDays(40), "Khối lượng lớn").then().statusCode(303);
        long id = pendingIdOf(c);

        clerk.postForm("/deadline-requests", "/deadline-requests/" + id + "/refuse", Map.of("reason", "  ")).then().statusCode(400)
                .body(containsString("Nêu lý do không đồng ý."));
        clerk.postForm("/deadline-requests", "/deadline-requests/" + id + "/refuse", Map.of("reason", "Đã quá nhiều lần gia hạn"))
                .then().statusCode(303);
        clerk.postForm("/deadline-requests", "/deadline-requests/" + id + "/approve", Map.of()).then().statusCode(409)
                .body(containsString("đã được người khác xử lý"));
        staff.get("/tasks/" + c.taskId()).then().body(containsString("không đồng ý điều chỉnh thời hạn"))
                .body(containsString("Đã quá nhiều lần gia hạn"));
        QuarkusTransaction.requiringNew().run(() -> assertEquals(OfficeClock.today().plusDays(2),
                ((Assignment) Assignment.findById(c.assignmentId())).deadline));
    }

    @Test
    void workReportedDoneAsksForNoMoreTime() {
        String body = TestBodies.create("Ban đã báo cáo");
        WebSession staff = WebSession.login(TestAccounts.create(AppRole.STAFF, body), TestAccounts.PASSWORD);
        TestTasks.One c = TestTasks.one(body, "Báo cáo chờ văn thư xác nhận", OfficeClock.today().plusDays(3), Role.LEAD,
                Status.REPORTED);
        ask(staff, c, OfficeClock.today().plusDays(30), "Cần thêm thời gian").then().statusCode(400)
                .body(containsString("Phân công đã hoàn thành, không cần điều chỉnh thời hạn."));
        QuarkusTransaction.requiringNew().run(() -> assertTrue(DeadlineRequest.pendingOf(Assignment.findById(c.assignmentId())).isEmpty()));
    }

    @Test
    void aRequestOnWorkReportedSinceIsNeitherListedNorApproved() {
        String body = TestBodies.create("Ban báo cáo sau");
        WebSession staff = WebSession.login(TestAccounts.create(AppRole.STAFF, body), TestAccounts.PASSWORD);
        WebSession clerk = WebSession.login(TestAccounts.create(AppRole.CLERK), TestAccounts.PASSWORD);
        LocalDate deadline = OfficeClock.today().minusDays(2);
        TestTasks.One c = TestTasks.one(body, "Hoàn thành báo cáo rồi mới xin hạn", deadline, Role.LEAD, Status.IN_PROGRESS);
        ask(staff, c, OfficeClock.today().plusDays(30), "Chờ số liệu").then().statusCode(303);
        long id = pendingIdOf(c);
        long version = QuarkusTransaction.requiringNew().call(() -> ((Assignment) Assignment.findById(c.assignmentId())).version);
        staff.postForm("/tasks/" + c.taskId(), "/tasks/" + c.taskId() + "/assignments/" + c.assignmentId() + "/status",
                Map.of("status", "DONE", "note", "Đã xong", "version", String.valueOf(version))).then().statusCode(303);

        clerk.get("/deadline-requests").then().statusCode(200).body(not(containsString("Hoàn thành báo cáo rồi mới xin hạn")));
        clerk.postForm("/deadline-requests", "/deadline-requests/" + id + "/approve", Map.of()).then().statusCode(409)
                .body(containsString("Phân công đã hoàn thành, không cần điều chỉnh thời hạn."));
        QuarkusTransaction.requiringNew().run(() -> assertEquals(deadline,
                ((Assignment) Assignment.findById(c.assignmentId())).deadline));
    }

    @Test
    void onlyOneRequestWaitsAtATimeAndAFormWithErrorsComesBack() {
        String body = TestBodies.create("Ban một đề nghị");
        WebSession staff = WebSession.login(TestAccounts.create(AppRole.STAFF, body), TestAccounts.PASSWORD);
        TestTasks.One c = TestTasks.one(body, "Xây dựng kế hoạch một đề nghị", OfficeClock.today().plusDays(2), Role.LEAD,
                Status.IN_PROGRESS);
        staff.postForm(formOf(c), formOf(c), Map.of("deadline", "31/02/2030", "reason", "")).then().statusCode(400)
                .body(containsString("Nhập ngày theo dạng ngày/tháng/năm")).body(containsString("Nêu lý do đề nghị."));
        ask(staff, c, OfficeClock.today().plusDays(30), "Lần một").then().statusCode(303);
        staff.postForm("/tasks/" + c.taskId(), formOf(c), Map.of("deadline", DMY.format(OfficeClock.today().plusDays(50)), "reason", "Lần hai"))
                .then().statusCode(409).body(containsString("Đã có đề nghị đang chờ xử lý"));
        QuarkusTransaction.requiringNew().run(() -> assertEquals(1, DeadlineRequest.count("assignment.id", c.assignmentId())));
    }

    @Test
    void staffOfAnotherBodyCannotAskForNorSeeARequestAndViewersCannotDecide() {
        String body = TestBodies.create("Ban có đề nghị");
        String other = TestBodies.create("Ban bên cạnh");
        WebSession staff = WebSession.login(TestAccounts.create(AppRole.STAFF, body), TestAccounts.PASSWORD);
        WebSession stranger = WebSession.login(TestAccounts.create(AppRole.STAFF, other), TestAccounts.PASSWORD);
        WebSession viewer = WebSession.login(TestAccounts.create(AppRole.VIEWER), TestAccounts.PASSWORD);
        TestTasks.One c = TestTasks.one(body, "Báo cáo chuyên đề có đề nghị", OfficeClock.today().plusDays(2), Role.LEAD,
                Status.IN_PROGRESS);
        ask(staff, c, OfficeClock.today().plusDays(30), "Lý do riêng của ban").then().statusCode(303);

        stranger.get(formOf(c)).then().statusCode(403);
        ask(stranger, c, OfficeClock.today().plusDays(31), "Không phải việc của ban").then().statusCode(403);
        stranger.get("/deadline-requests").then().statusCode(200).body(not(containsString("Báo cáo chuyên đề có đề nghị")));
        stranger.get("/tasks/" + c.taskId()).then().statusCode(200).body(not(containsString("Lý do riêng của ban")));
        staff.get("/deadline-requests").then().body(containsString("Báo cáo chuyên đề có đề nghị"));

        long id = pendingIdOf(c);
        viewer.get("/deadline-requests").then().statusCode(200).body(containsString("Báo cáo chuyên đề có đề nghị"))
                .body(not(containsString("/deadline-requests/" + id + "/approve")));
        viewer.postForm("/deadline-requests", "/deadline-requests/" + id + "/approve", Map.of()).then().statusCode(403);
        staff.postForm("/deadline-requests", "/deadline-requests/" + id + "/approve", Map.of()).then().statusCode(403);
        QuarkusTransaction.requiringNew().run(() -> assertTrue(((DeadlineRequest) DeadlineRequest.findById(id)).pending()));
    }

    @Test
    void aCorrectedTaskDeadlineLeavesAnApprovedOneAlone() {
        String body = TestBodies.create("Ban sửa hạn");
        String second = TestBodies.create("Ban sửa hạn hai");
        TestTasks.One c = TestTasks.one(body, "Nhiệm vụ sửa hạn", OfficeClock.today().plusDays(2), Role.LEAD, Status.IN_PROGRESS);
        long other = TestTasks.assign(c.taskId(), second, Role.SUPPORT, Status.NOT_STARTED);
        LocalDate approved = OfficeClock.today().plusDays(60);
        LocalDate corrected = OfficeClock.today().plusDays(9);
        QuarkusTransaction.requiringNew().run(() -> {
            Assignment a = Assignment.findById(c.assignmentId());
            DeadlineRequest.file(a, approved, "Lý do", "someone").approve("clerk", null);
        });
        QuarkusTransaction.requiringNew().run(() -> {
            Task task = Task.findById(c.taskId());
            task.correct(task.text, task.section, DeadlineKind.DATE, corrected, null, null, null, "clerk");
        });
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(approved, ((Assignment) Assignment.findById(c.assignmentId())).deadline);
            assertEquals(corrected, ((Assignment) Assignment.findById(other)).deadline);
        });
    }
}
