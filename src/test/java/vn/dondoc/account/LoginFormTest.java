package vn.dondoc.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dondoc.web.AppRole;
import vn.dondoc.web.WebSession;

/** The login form takes only posts from this site's own login page: with its CSRF token, from its origin. */
@QuarkusTest
class LoginFormTest {

    @TestHTTPResource("/")
    URL root;

    private static void assertRefused(Response login) {
        login.then().statusCode(302).header("Location", endsWith("/login?refused=true"));
        assertFalse(login.cookies().containsKey(Sessions.COOKIE), "no session was started");
    }

    @Test
    void aLoginPostWithoutTheTokenIsRefused() {
        String user = TestAccounts.create(AppRole.VIEWER);
        assertRefused(given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", user).formParam("j_password", TestAccounts.PASSWORD).post("/j_security_check"));
        WebSession browser = WebSession.anonymous();
        browser.csrfToken("/login");
        assertRefused(browser.request().contentType(ContentType.URLENC).formParam("j_username", user)
                .formParam("j_password", TestAccounts.PASSWORD).formParam("csrf-token", "made-up-token").post("/j_security_check"));
        given().get("/login?refused=true").then().statusCode(200).body(containsString("được gửi từ một trang khác"));
    }

    @Test
    void aLoginPostFromAnotherSiteIsRefused() {
        String user = TestAccounts.create(AppRole.VIEWER);
        assertRefused(WebSession.attemptLogin(user, TestAccounts.PASSWORD, Map.of("Origin", "https://evil.example")));
        assertRefused(WebSession.attemptLogin(user, TestAccounts.PASSWORD, Map.of("Origin", "null")));
        assertRefused(WebSession.attemptLogin(user, TestAccounts.PASSWORD, Map.of("Referer", "https://evil.example/login")));
        String origin = root.getProtocol() + "://" + root.getHost() + ":" + root.getPort();
        WebSession.attemptLogin(user, TestAccounts.PASSWORD, Map.of("Origin", origin))
                .then().statusCode(302).header("Location", not(containsString("login")));
    }

    @Test
    void theOriginIsTheAddressReachedOrThePublishedOne() {
        assertTrue(LoginForm.sameOrigin("https://dondoc.example.vn", null, "dondoc.example.vn", null));
        assertTrue(LoginForm.sameOrigin(null, "https://dondoc.example.vn/login?out=true", "dondoc.example.vn", null));
        assertTrue(LoginForm.sameOrigin("https://tracker.gov.vn", null, "10.0.0.5:8080", "https://tracker.gov.vn"));
        assertTrue(LoginForm.sameOrigin(null, null, "dondoc.example.vn", null));
        assertFalse(LoginForm.sameOrigin("https://dondoc.example.vn.evil.example", null, "dondoc.example.vn", null));
        assertFalse(LoginForm.sameOrigin("null", null, "dondoc.example.vn", null));
        assertFalse(LoginForm.sameOrigin("https://evil.example", "https://dondoc.example.vn/login", "dondoc.example.vn", null));
    }
}
