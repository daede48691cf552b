package vn.dondoc.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.dondoc.web.AppRole;
import vn.dondoc.web.WebSession;

@QuarkusTest
class LoginResourceTest {

    @Test
    void loginPageIsInVietnameseByDefault() {
        given().get("/login").then().statusCode(200).body(containsString("Đăng nhập")).body(containsString("Mật khẩu"));
    }

    @Test
    void anonymousPageVisitRedirectsToLogin() {
        given().redirects().follow(false).get("/tasks").then().statusCode(302).header("Location", endsWith("/login"));
    }

    @Test
    void anonymousApiCallIsUnauthorized() {
        given().get("/api/tasks").then().statusCode(401);
    }

    @Test
    void wrongPasswordGoesBackToTheLoginPageWithAnError() {
        String user = TestAccounts.create(AppRole.VIEWER);
        WebSession.attemptLogin(user, "wrong").then().statusCode(302).header("Location", containsString("error"));
    }

    @Test
    void aLoggedInUserSeesTheirNameInTheHeader() {
        String user = TestAccounts.create(AppRole.CLERK);
        WebSession session = WebSession.login(user, TestAccounts.PASSWORD);
        String page = session.get("/login").asString();
        assertEquals(true, page.contains(user));
    }
}
