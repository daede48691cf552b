package vn.dondoc.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dondoc.account.TestAccounts;
import vn.dondoc.body.TestBodies;
import vn.dondoc.task.Role;
import vn.dondoc.task.Status;
import vn.dondoc.task.TestTasks;

@QuarkusTest
class ErrorMappersTest {

    private static WebSession as(AppRole role) {
        return WebSession.login(TestAccounts.create(role), TestAccounts.PASSWORD);
    }

    @Test
    void logoutWorksFromTheNotFoundPageOfAnUnknownPath() {
        WebSession viewer = as(AppRole.VIEWER);
        viewer.get("/no-such-page").then().statusCode(404).body(containsString("Không tìm thấy trang"))
                .body(containsString("name=\"csrf-token\""));
        viewer.postForm("/no-such-page", "/logout", Map.of()).then().statusCode(303).header("Location", endsWith("/login?out=true"));
        viewer.get("/").then().statusCode(302);
    }

    @Test
    void theLanguageChangesFromTheForbiddenPageInAFreshBrowser() {
        WebSession staff = as(AppRole.STAFF);
        staff.cookies().remove("dondoc-csrf");
        staff.get("/admin/users").then().statusCode(403).body(containsString("name=\"csrf-token\""));
        staff.postForm("/admin/users", "/language", Map.of("lang", "en", "back", "/admin/users")).then().statusCode(303)
                .header("Location", endsWith("/admin/users"));
        staff.get("/admin/users").then().statusCode(403).body(containsString("Access denied"));
    }

    @Test
    void aRefusedUpdateLinksBackToItsTask() {
        String body = TestBodies.create("Ban không được sửa");
        TestTasks.One task = TestTasks.one(body, "Việc của ban khác", OfficeClock.today().plusDays(3), Role.LEAD, Status.NOT_STARTED);
        WebSession viewer = as(AppRole.VIEWER);
        viewer.postForm("/tasks/" + task.taskId(), "/tasks/" + task.taskId() + "/assignments/" + task.assignmentId() + "/status",
                Map.of("status", "DONE", "version", "0")).then().statusCode(403)
                .body(containsString("href=\"/tasks/" + task.taskId() + "\""));
    }

    @Test
    void aFormFromAnExpiredPageGetsAPageNotABareError() {
        WebSession clerk = as(AppRole.CLERK);
        clerk.get("/");
        clerk.postFormWithoutToken("/language", Map.of("lang", "en", "back", "/")).then().statusCode(400)
                .body(containsString("Biểu mẫu đã hết hạn")).body(containsString("name=\"csrf-token\""));
    }

    /** A multipart upload cut off before its closing boundary, as a dropped connection or a broken client sends it. */
    private static String cutOffUpload(String token) {
        return "--xx\r\nContent-Disposition: form-data; name=\"csrf-token\"\r\n\r\n" + token
                + "\r\n--xx\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nBan Tổ chức Trung ương rà soát";
    }

    @Test
    void aCutOffUploadIsABadRequestPageInTheUsersLanguage() {
        WebSession clerk = as(AppRole.CLERK);
        String token = clerk.csrfToken("/imports/new");
        clerk.request().contentType("multipart/form-data; boundary=xx").body(cutOffUpload(token).getBytes(StandardCharsets.UTF_8))
                .post("/imports/preview").then().statusCode(400).body(containsString("Yêu cầu không hợp lệ"));
        clerk.request().cookie("dondoc-lang", "en").contentType("multipart/form-data; boundary=xx")
                .body(cutOffUpload(token).getBytes(StandardCharsets.UTF_8))
                .post("/imports/preview").then().statusCode(400).body(containsString("Invalid request"));
    }

    @Test
    void anUploadWithAnEmptyOrOddBoundaryIsABadRequest() {
        WebSession clerk = as(AppRole.CLERK);
        String token = clerk.csrfToken("/imports/new");
        for (String type : new String[] {"multipart/form-data; boundary=", "multipart/form-data; boundary=\"a b\"", "multipart/form-data"}) {
            clerk.request().contentType(type).body(cutOffUpload(token).getBytes(StandardCharsets.UTF_8))
                    .post("/imports/preview").then().statusCode(400);
        }
    }
}
