package vn.dondoc.task;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dondoc.account.TestAccounts;
import vn.dondoc.web.AppRole;
import vn.dondoc.web.OfficeClock;

@QuarkusTest
class TaskApiResourceTest {

    private static final LocalDate TODAY = OfficeClock.today();

    private static RequestSpecification as(AppRole role, String bodyCode) {
        return given().auth().preemptive().basic(TestAccounts.create(role, bodyCode), TestAccounts.PASSWORD);
    }

    private static String unique(String words) {
        return words + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Status statusOf(long assignmentId) {
        return QuarkusTransaction.requiringNew().call(() -> Assignment.<Assignment>findById(assignmentId).status);
    }

    @Test
    void aClerksProgramCorrectsATaskAndAnOutOfDateOrWrongOneIsRefused() {
        String text = unique("Việc sửa qua API");
        TestTasks.Created d = TestTasks.directive("Kết luận sửa API").task(text, TODAY.plusDays(5), "BTCTW", "VPTW").create();
        long id = d.taskId(0);
        RequestSpecification clerk = as(AppRole.CLERK, null);
        int version = clerk.get("/api/tasks/" + id).then().statusCode(200).extract().path("version");
        LocalDate later = TODAY.plusDays(40);
        clerk.contentType(ContentType.JSON)
                .body(Map.of("version", version, "text", text + " (sửa)", "deadline", later.toString(),
                        "owners", List.of(Map.of("code", "VPTW", "role", "LEAD"), Map.of("code", "BNCTW", "role", "SUPPORT"))))
                .patch("/api/tasks/" + id).then().statusCode(200)
                .body("text", equalTo(text + " (sửa)"))
                .body("deadline", equalTo(later.toString()))
                .body("deadlineKind", equalTo("DATE"))
                .body("owners.code", contains("VPTW", "BNCTW"))
                .body("owners.role", contains("LEAD", "SUPPORT"))
                .body("version", equalTo(version + 1));
        clerk.contentType(ContentType.JSON).body(Map.of("version", version, "text", "cũ"))
                .patch("/api/tasks/" + id).then().statusCode(409).body("error", equalTo("stale"))
                .body("current.text", equalTo(text + " (sửa)"));
        clerk.contentType(ContentType.JSON).body(Map.of("version", version + 1, "deadline", "31/02/2024"))
                .patch("/api/tasks/" + id).then().statusCode(400).body("fields.deadline", equalTo("task_edit_error_date"));
        clerk.contentType(ContentType.JSON).body(Map.of("version", version + 1, "owners", List.of(Map.of("code", "NO-SUCH", "role", "LEAD"))))
                .patch("/api/tasks/" + id).then().statusCode(400).body("fields.owners", equalTo("task_edit_error_owner_unknown"));
        clerk.contentType(ContentType.JSON).body("{\"version\": ").patch("/api/tasks/" + id).then().statusCode(400);
        as(AppRole.STAFF, "VPTW").contentType(ContentType.JSON).body(Map.of("version", version + 1, "text", "x"))
                .patch("/api/tasks/" + id).then().statusCode(403);
    }

    @Test
    void aRemovedTaskIsGoneForPrograms() {
        TestTasks.Created d = TestTasks.directive("Kết luận xóa API").task(unique("Việc xóa qua API"), TODAY.plusDays(5), "BTCTW").create();
        long id = d.taskId(0);
        as(AppRole.VIEWER, null).delete("/api/tasks/" + id).then().statusCode(403);
        RequestSpecification clerk = as(AppRole.CLERK, null);
        clerk.delete("/api/tasks/" + id).then().statusCode(204);
        clerk.get("/api/tasks/" + id).then().statusCode(404);
        clerk.delete("/api/tasks/" + id).then().statusCode(404);
        as(AppRole.VIEWER, null).queryParam("directive", d.directiveId()).get("/api/tasks").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void anonymousCallsAreUnauthorized() {
        given().get("/api/tasks").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("status", "DONE", "version", 0))
                .post("/api/tasks/1/assignments/1/status").then().statusCode(401);
    }

    @Test
    void listFiltersLikeThePage() {
        String late = unique("Việc quá hạn API");
        String fine = unique("Việc trong hạn API");
        TestTasks.Created d = TestTasks.directive("Kết luận API").task(late, TODAY.minusDays(1), "BTCTW", "VPTW")
                .task(fine, TODAY.plusDays(1), "BTCTW").create();
        as(AppRole.VIEWER, null).queryParam("directive", d.directiveId()).queryParam("status", "OVERDUE")
                .get("/api/tasks").then().statusCode(200)
                .body("total", equalTo(1))
                .body("tasks", hasSize(1))
                .body("tasks[0].text", equalTo(late))
                .body("tasks[0].deadline", equalTo(TODAY.minusDays(1).toString()))
                .body("tasks[0].directive.title", equalTo(d.title()))
                .body("tasks[0].owners.code", contains("BTCTW", "VPTW"))
                .body("tasks[0].owners[0].role", equalTo("LEAD"))
                .body("tasks[0].owners[0].progress", equalTo("OVERDUE"))
                .body("tasks[0].done", equalTo(0))
                .body("tasks[0].total", equalTo(2));
    }

    @Test
    void pagesAreLimited() {
        TestTasks.Created d = TestTasks.create(3, null, "BCA");
        as(AppRole.VIEWER, null).queryParam("directive", d.directiveId()).queryParam("size", 2).queryParam("page", 2)
                .get("/api/tasks").then().statusCode(200).body("total", equalTo(3)).body("tasks", hasSize(1))
                .body("page", equalTo(2)).body("size", equalTo(2));
        as(AppRole.VIEWER, null).queryParam("size", 201).get("/api/tasks").then().statusCode(400);
    }

    @Test
    void badFilterIsABadRequest() {
        as(AppRole.VIEWER, null).queryParam("from", "tomorrow").get("/api/tasks").then().statusCode(400)
                .contentType(ContentType.JSON).body("fields.from", equalTo("task_filter_error_date"));
    }

    @Test
    void oneTaskAndUnknownTask() {
        TestTasks.Created d = TestTasks.directive("Kết luận một việc").task(unique("Một việc"), null, "BCA").create();
        as(AppRole.VIEWER, null).get("/api/tasks/" + d.taskId(0)).then().statusCode(200)
                .body("id", equalTo((int) d.taskId(0))).body("owners[0].code", equalTo("BCA"))
                .body("start", equalTo(d.title().length() + 1 + "Mở đầu đoạn. ".length()));
        as(AppRole.VIEWER, null).get("/api/tasks/999999999").then().statusCode(404).contentType(ContentType.JSON);
    }

    @Test
    void checkingOffByApi() {
        TestTasks.Created d = TestTasks.directive("Kết luận API đánh dấu").task(unique("Việc API"), TODAY, "BCA", "BTC").create();
        long mine = d.assignmentId(0, "BCA");
        long theirs = d.assignmentId(0, "BTC");
        String path = "/api/tasks/" + d.taskId(0) + "/assignments/";
        String staff = TestAccounts.create(AppRole.STAFF, "BCA");
        given().auth().preemptive().basic(staff, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("status", "DONE", "note", "Đã xong", "version", 0)).post(path + mine + "/status")
                .then().statusCode(200).body("status", equalTo("REPORTED")).body("doneOn", equalTo(TODAY.toString()))
                .body("progress", equalTo("REPORTED")).body("version", equalTo(1)).body("latestNote", equalTo("Đã xong"));
        // The same version again is stale: somebody (here, the same user) changed it since.
        given().auth().preemptive().basic(staff, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("status", "IN_PROGRESS", "version", 0)).post(path + mine + "/status")
                .then().statusCode(409).body("error", equalTo("stale")).body("current.status", equalTo("REPORTED"));
        assertEquals(Status.REPORTED, statusOf(mine));
        given().auth().preemptive().basic(staff, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("status", "DONE", "version", 0)).post(path + theirs + "/status")
                .then().statusCode(403).contentType(ContentType.JSON);
        as(AppRole.VIEWER, null).contentType(ContentType.JSON).body(Map.of("status", "DONE", "version", 0))
                .post(path + theirs + "/status").then().statusCode(403);
        assertEquals(Status.NOT_STARTED, statusOf(theirs));
        as(AppRole.CLERK, null).contentType(ContentType.JSON).body(Map.of("status", "FINISHED", "version", 0))
                .post(path + theirs + "/status").then().statusCode(400).body("fields.status", equalTo("task_status_error_status"));
        as(AppRole.CLERK, null).contentType(ContentType.JSON).body(Map.of("status", "DONE", "version", 0))
                .post(path + "999999999/status").then().statusCode(404);
    }
}
