package vn.dondoc.task;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dondoc.account.TestAccounts;
import vn.dondoc.audit.AuditEntry;
import vn.dondoc.body.TestBodies;
import vn.dondoc.web.AppRole;
import vn.dondoc.web.WebSession;

@QuarkusTest
class AssignmentNoteResourceTest {

    @Test
    void staffNoteTheirBodysProgressAndTheNoteShowsOnTheTaskAndInTheList() {
        String body = TestBodies.create("Ban Ghi chú");
        TestTasks.Created d = TestTasks.directive("Kết luận ghi chú").task("Rà soát tiêu chuẩn chức danh", LocalDate.of(2031, 1, 15), body).create();
        long taskId = d.taskId(0);
        long assignmentId = d.assignmentId(0, body);
        WebSession staff = WebSession.login(TestAccounts.create(AppRole.STAFF, body), TestAccounts.PASSWORD);
        String notes = "/tasks/" + taskId + "/assignments/" + assignmentId + "/notes";

        staff.postForm(notes, notes, Map.of("kind", "OBSTACLE", "text", "Chờ ý kiến thẩm định của Bộ Nội vụ về biên chế"))
                .then().statusCode(303).header("Location", endsWith("/tasks/" + taskId + "#notes"));

        staff.get("/tasks/" + taskId).then().statusCode(200)
                .body(containsString("Đã thêm ghi chú."))
                .body(containsString("Chờ ý kiến thẩm định của Bộ Nội vụ về biên chế"))
                .body(containsString("Khó khăn, vướng mắc"));
        staff.get("/tasks?body=" + body).then().statusCode(200).body(containsString("Chờ ý kiến thẩm định"));
        QuarkusTransaction.requiringNew().run(() -> {
            Assignment assignment = Assignment.findById(assignmentId);
            assertEquals("Chờ ý kiến thẩm định của Bộ Nội vụ về biên chế", assignment.latestNote);
            assertEquals("note", AuditEntry.of("assignment", assignmentId).get(0).action);
        });
    }

    @Test
    void notesAreFoundBySearchWithoutDiacritics() {
        String body = TestBodies.create("Ban Tìm ghi chú");
        TestTasks.Created d = TestTasks.directive("Kết luận tìm").task("Tổng hợp báo cáo quý", LocalDate.of(2031, 2, 1), body).create();
        String notes = "/tasks/" + d.taskId(0) + "/assignments/" + d.assignmentId(0, body) + "/notes";
        String clerkName = TestAccounts.create(AppRole.CLERK);
        WebSession clerk = WebSession.login(clerkName, TestAccounts.PASSWORD);
        clerk.postForm(notes, notes, Map.of("kind", "PROGRESS", "text", "Đã gửi Quảng Ngãi xin ý kiến lần hai")).then().statusCode(303);
        given().auth().preemptive().basic(clerkName, TestAccounts.PASSWORD).get("/api/tasks?q=QUANG+NGAI+xin&body=" + body)
                .then().statusCode(200).body(containsString("Tổng hợp báo cáo quý"));

        clerk.get("/tasks?q=quang+ngai+xin+y+kien").then().statusCode(200).body(containsString("Tổng hợp báo cáo quý"));
        clerk.get("/tasks?q=QUẢNG+NGÃI&body=" + body).then().statusCode(200).body(containsString("Tổng hợp báo cáo quý"));
    }

    @Test
    void staffOfAnotherBodyMayNotWriteNotes() {
        String body = TestBodies.create("Ban Có việc");
        String other = TestBodies.create("Ban Khác");
        TestTasks.Created d = TestTasks.directive("Kết luận quyền").task("Việc của ban khác", LocalDate.of(2031, 3, 1), body).create();
        String notes = "/tasks/" + d.taskId(0) + "/assignments/" + d.assignmentId(0, body) + "/notes";
        WebSession stranger = WebSession.login(TestAccounts.create(AppRole.STAFF, other), TestAccounts.PASSWORD);
        stranger.get(notes).then().statusCode(403);
        stranger.postForm("/views", notes, Map.of("kind", "PROGRESS", "text", "Ghi hộ")).then().statusCode(403);
        WebSession viewer = WebSession.login(TestAccounts.create(AppRole.VIEWER), TestAccounts.PASSWORD);
        viewer.postForm("/views", notes, Map.of("kind", "PROGRESS", "text", "Ghi hộ")).then().statusCode(403);
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> AssignmentNote.count("assignment.id", d.assignmentId(0, body))));
    }

    @Test
    void anEmptyNoteIsShownAgainWithAnError() {
        String body = TestBodies.create("Ban Ghi trống");
        TestTasks.Created d = TestTasks.directive("Kết luận trống").task("Việc cần ghi", LocalDate.of(2031, 4, 1), body).create();
        String notes = "/tasks/" + d.taskId(0) + "/assignments/" + d.assignmentId(0, body) + "/notes";
        WebSession staff = WebSession.login(TestAccounts.create(AppRole.STAFF, body), TestAccounts.PASSWORD);
        staff.postForm(notes, notes, Map.of("kind", "OBSTACLE", "text", "   ")).then().statusCode(400)
                .body(containsString("error-summary")).body(containsString("Nhập nội dung ghi chú"))
                .body(containsString("href=\"#note-text\"")).body(containsString("id=\"note-text\""));
        staff.get("/tasks/" + d.taskId(0)).then().body(not(containsString("Khó khăn, vướng mắc</span>")));
    }

    @Test
    void anAssignmentOfAnotherTaskIsNotFound() {
        String body = TestBodies.create("Ban Sai nhiệm vụ");
        TestTasks.Created d = TestTasks.directive("Kết luận sai").task("Việc một", LocalDate.of(2031, 5, 1), body)
                .task("Việc hai", LocalDate.of(2031, 5, 2), body).create();
        WebSession clerk = WebSession.login(TestAccounts.create(AppRole.CLERK), TestAccounts.PASSWORD);
        clerk.get("/tasks/" + d.taskId(1) + "/assignments/" + d.assignmentId(0, body) + "/notes").then().statusCode(404);
    }
}
