package vn.dondoc.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dondoc.audit.AuditEntry;
import vn.dondoc.body.ResponsibleBody;
import vn.dondoc.web.AppRole;
import vn.dondoc.web.WebSession;

@QuarkusTest
class UserAdminResourceTest {

    private static final String NEW_PASSWORD = "a-new-password-42";

    private static WebSession admin() {
        return WebSession.login(TestAccounts.create(AppRole.ADMIN), TestAccounts.PASSWORD);
    }

    private static String uniqueName() {
        return "nguoi-dung-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, Object> newUserForm(String username, AppRole role, Long bodyId) {
        Map<String, Object> form = new HashMap<>();
        form.put("username", username);
        form.put("displayName", "Nguyễn Văn Á");
        form.put("email", username + "@example.vn");
        form.put("role", role.name());
        form.put("bodyId", bodyId == null ? "" : bodyId.toString());
        form.put("password", NEW_PASSWORD);
        return form;
    }

    private static long bodyId(String code) {
        return QuarkusTransaction.requiringNew().call(() -> ResponsibleBody.findByCode(code).orElseThrow().id);
    }

    private static User user(String username) {
        return QuarkusTransaction.requiringNew().call(() -> {
            User user = User.findByUsername(username).orElseThrow();
            if (user.body != null) {
                user.body.code.length();
            }
            return user;
        });
    }

    @Test
    void theListShowsAccountsWithTheirRoleAndBody() {
        String staff = TestAccounts.create(AppRole.STAFF, "BTCTW");
        admin().get("/admin/users").then().statusCode(200)
                .body(containsString(staff)).body(containsString("BTCTW")).body(containsString("Cán bộ cơ quan"));
    }

    @Test
    void onlyAdministratorsReachUserManagement() {
        for (AppRole role : List.of(AppRole.CLERK, AppRole.STAFF, AppRole.VIEWER)) {
            WebSession session = WebSession.login(TestAccounts.create(role, role == AppRole.STAFF ? "BTCTW" : null), TestAccounts.PASSWORD);
            session.get("/admin/users").then().statusCode(403);
            session.get("/admin/users/new").then().statusCode(403);
        }
        given().redirects().follow(false).get("/admin/users").then().statusCode(302).header("Location", endsWith("/login"));
    }

    @Test
    void anAdministratorCreatesAnAccountThatCanLogIn() {
        WebSession admin = admin();
        String username = uniqueName();
        Response created = admin.postForm("/admin/users/new", "/admin/users", newUserForm(username, AppRole.STAFF, bodyId("BNCTW")));
        created.then().statusCode(303).header("Location", containsString("/admin/users/"));
        admin.get(created.header("Location")).then().statusCode(200)
                .body(containsString("Đã tạo tài khoản.")).body(containsString(username));

        User user = user(username);
        assertEquals(AppRole.STAFF, user.role);
        assertEquals("BNCTW", user.body.code);
        assertTrue(user.passwordMatches(NEW_PASSWORD));
        WebSession.login(username, NEW_PASSWORD).get("/login").then().body(containsString(username));

        List<AuditEntry> trail = QuarkusTransaction.requiringNew().call(() -> AuditEntry.of("user", user.id));
        assertEquals("create", trail.get(0).action);
        assertTrue(trail.get(0).after.contains("role=STAFF"));
        assertFalse(trail.get(0).after.contains("$2a$"), "no password hash in the audit trail");
    }

    @Test
    void aWrongNewAccountFormComesBackWithItsErrorsAndValues() {
        WebSession admin = admin();
        String taken = TestAccounts.create(AppRole.VIEWER);
        Map<String, Object> form = newUserForm(taken, AppRole.STAFF, null);
        form.put("displayName", "Trần Thị Bé");
        form.put("password", "short");
        form.put("email", "not-an-address");
        admin.postForm("/admin/users/new", "/admin/users", form).then().statusCode(400)
                .body(containsString("class=\"error-summary\""))
                .body(containsString("href=\"#username\""))
                .body(containsString("Tên đăng nhập này đã được dùng"))
                .body(containsString("Cán bộ cơ quan phải thuộc một cơ quan"))
                .body(containsString("ít nhất 10 ký tự"))
                .body(containsString("href=\"#email\""))
                .body(containsString("value=\"Trần Thị Bé\""))
                .body(not(containsString("value=\"short\"")));
    }

    @Test
    void weakPasswordsAreRefusedWithTheReasonWhereverTheyAreSet() {
        WebSession admin = admin();
        String username = uniqueName();
        Map<String, Object> form = newUserForm(username, AppRole.VIEWER, null);
        Map<String, String> reasons = Map.of(
                "password12", "mật khẩu phổ biến nhất",
                " ".repeat(10), "không chỉ gồm dấu cách",
                username.toUpperCase() + "-42", "không được chứa tên đăng nhập");
        reasons.forEach((weak, reason) -> {
            form.put("password", weak);
            admin.postForm("/admin/users/new", "/admin/users", form).then().statusCode(400)
                    .body(containsString("href=\"#password\"")).body(containsString(reason));
        });
        assertFalse(QuarkusTransaction.requiringNew().call(() -> User.findByUsername(username).isPresent()));

        String existing = TestAccounts.create(AppRole.VIEWER);
        long id = user(existing).id;
        admin.postForm("/admin/users/" + id, "/admin/users/" + id + "/password", Map.of("newPassword", "Password12"))
                .then().statusCode(400).body(containsString("href=\"#newPassword\"")).body(containsString("mật khẩu phổ biến nhất"));
        admin.postForm("/admin/users/" + id, "/admin/users/" + id + "/password", Map.of("newPassword", existing + "2024"))
                .then().statusCode(400).body(containsString("không được chứa tên đăng nhập"));
        assertTrue(user(existing).passwordMatches(TestAccounts.PASSWORD));
    }

    @Test
    void anAdministratorChangesRoleAndBodyAndTheChangeIsAudited() {
        WebSession admin = admin();
        String username = TestAccounts.create(AppRole.VIEWER);
        User before = user(username);
        Map<String, Object> form = new HashMap<>();
        form.put("displayName", "Lê Văn Cường");
        form.put("email", "");
        form.put("role", "STAFF");
        form.put("bodyId", bodyId("BTCTW"));
        form.put("enabled", "true");
        form.put("version", before.version);
        admin.postForm("/admin/users/" + before.id, "/admin/users/" + before.id, form)
                .then().statusCode(303).header("Location", endsWith("/admin/users/" + before.id));
        admin.get("/admin/users/" + before.id).then().statusCode(200).body(containsString("Đã lưu."))
                .body(containsString("Lê Văn Cường"));

        User after = user(username);
        assertEquals(AppRole.STAFF, after.role);
        assertEquals("BTCTW", after.body.code);
        AuditEntry entry = QuarkusTransaction.requiringNew().call(() -> AuditEntry.of("user", before.id).get(0));
        assertEquals("update", entry.action);
        assertTrue(entry.before.contains("role=VIEWER"));
        assertTrue(entry.after.contains("role=STAFF; body=BTCTW"));
    }

    @Test
    void aStaleEditIsRefusedRatherThanOverwritingAnotherChange() {
        WebSession admin = admin();
        String username = TestAccounts.create(AppRole.VIEWER);
        User user = user(username);
        Map<String, Object> form = new HashMap<>();
        form.put("displayName", "Ai đó");
        form.put("role", "VIEWER");
        form.put("enabled", "true");
        form.put("version", user.version - 1);
        admin.postForm("/admin/users/" + user.id, "/admin/users/" + user.id, form).then().statusCode(400)
                .body(containsString("Người khác vừa thay đổi tài khoản này"));
    }

    @Test
    void aDisabledUserIsLockedOutAtOnceAndCannotLogInAgain() {
        WebSession admin = admin();
        String username = TestAccounts.create(AppRole.CLERK);
        WebSession victim = WebSession.login(username, TestAccounts.PASSWORD);
        victim.get("/admin/users/none").then().statusCode(403);
        User user = user(username);
        Map<String, Object> form = new HashMap<>();
        form.put("displayName", username);
        form.put("role", "CLERK");
        form.put("version", user.version);
        admin.postForm("/admin/users/" + user.id, "/admin/users/" + user.id, form).then().statusCode(303);

        assertFalse(user(username).enabled);
        victim.get("/admin/users").then().statusCode(302).header("Location", endsWith("/login"));
        WebSession.attemptLogin(username, TestAccounts.PASSWORD).then().statusCode(302).header("Location", containsString("error"));
        given().auth().preemptive().basic(username, TestAccounts.PASSWORD).get("/api/tasks").then().statusCode(401);
        assertEquals("disable", QuarkusTransaction.requiringNew().call(() -> AuditEntry.of("user", user.id).get(0).action));
    }

    @Test
    void aPasswordResetEndsOpenSessionsAndTheNewPasswordWorks() {
        WebSession admin = admin();
        String username = TestAccounts.create(AppRole.VIEWER);
        WebSession old = WebSession.login(username, TestAccounts.PASSWORD);
        long id = user(username).id;
        admin.postForm("/admin/users/" + id, "/admin/users/" + id + "/password", Map.of("newPassword", "short"))
                .then().statusCode(400).body(containsString("href=\"#newPassword\""));
        admin.postForm("/admin/users/" + id, "/admin/users/" + id + "/password", Map.of("newPassword", NEW_PASSWORD))
                .then().statusCode(303);
        admin.get("/admin/users/" + id).then().body(containsString("Đã đặt mật khẩu mới."));

        old.get("/login?x").then().body(not(containsString(username)));
        WebSession.login(username, NEW_PASSWORD);
        assertEquals("password", QuarkusTransaction.requiringNew().call(() -> AuditEntry.of("user", id).get(0).action));
    }

    @Test
    void anUnknownAccountIsA404Page() {
        admin().get("/admin/users/987654321").then().statusCode(404);
    }

    @Test
    void theUserFormsRefuseAPostWithoutCsrfToken() {
        WebSession admin = admin();
        admin.postFormWithoutToken("/admin/users", newUserForm(uniqueName(), AppRole.VIEWER, null)).then().statusCode(400);
    }
}
