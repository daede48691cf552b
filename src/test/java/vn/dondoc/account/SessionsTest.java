package vn.dondoc.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dondoc.web.AppRole;
import vn.dondoc.web.WebSession;

@QuarkusTest
class SessionsTest {

    @Test
    void afterLogoutACopyOfTheSessionCookiesIsWorthless() {
        String user = TestAccounts.create(AppRole.CLERK);
        WebSession session = WebSession.login(user, TestAccounts.PASSWORD);
        Map<String, String> copy = new HashMap<>(session.cookies());
        session.get("/login").then().body(containsString(user));

        session.postForm("/login", "/logout", Map.of()).then().statusCode(303).header("Location", containsString("/login"));

        given().redirects().follow(false).cookies(copy).get("/admin/users").then().statusCode(302)
                .header("Location", endsWith("/login"));
        given().redirects().follow(false).cookies(copy).get("/login").then().statusCode(302)
                .cookie("dondoc-session", "").cookie(Sessions.COOKIE, "");
    }

    @Test
    void theFormCookieAloneIsNotASession() {
        String user = TestAccounts.create(AppRole.ADMIN);
        WebSession session = WebSession.login(user, TestAccounts.PASSWORD);
        session.get("/admin/users").then().statusCode(200);
        Map<String, String> withoutSessionToken = new HashMap<>(session.cookies());
        withoutSessionToken.remove(Sessions.COOKIE);
        given().redirects().follow(false).cookies(withoutSessionToken).get("/admin/users").then().statusCode(302);
    }

    @Test
    void logoutWithoutCsrfTokenIsRefused() {
        String user = TestAccounts.create(AppRole.VIEWER);
        WebSession session = WebSession.login(user, TestAccounts.PASSWORD);
        session.postFormWithoutToken("/logout", Map.of()).then().statusCode(400);
        session.get("/login").then().body(containsString(user));
    }
}
