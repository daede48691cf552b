package vn.dondoc.account;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dondoc.web.AppRole;
import vn.dondoc.web.WebSession;

@QuarkusTest
class SecureCookiesTest {

    @Inject
    SecureCookies secureCookies;

    private static List<String> setCookies(Response response) {
        return response.headers().getValues("Set-Cookie");
    }

    @Test
    void plainHttpCookiesAreNotSecureByDefault() {
        String user = TestAccounts.create(AppRole.VIEWER);
        Response login = WebSession.attemptLogin(user, TestAccounts.PASSWORD);
        List<String> cookies = setCookies(login);
        assertTrue(cookies.stream().anyMatch(c -> c.startsWith("dondoc-session=") && c.toLowerCase().contains("httponly")
                && c.toLowerCase().contains("samesite=strict")), cookies::toString);
        assertTrue(cookies.stream().anyMatch(c -> c.startsWith(Sessions.COOKIE + "=") && c.toLowerCase().contains("httponly")
                && c.toLowerCase().contains("samesite=strict")), cookies::toString);
        assertTrue(cookies.stream().noneMatch(c -> c.toLowerCase().contains("secure")), cookies::toString);
    }

    @Test
    void whenAskedForEveryCookieTheApplicationSetsIsSecure() {
        secureCookies.setEnabled(true);
        try {
            String user = TestAccounts.create(AppRole.VIEWER);
            Response login = WebSession.attemptLogin(user, TestAccounts.PASSWORD);
            List<String> cookies = setCookies(login);
            assertTrue(cookies.stream().anyMatch(c -> c.startsWith("dondoc-session=")), cookies::toString);
            assertTrue(cookies.stream().allMatch(c -> c.toLowerCase().contains("secure")), cookies::toString);

            WebSession session = WebSession.login(user, TestAccounts.PASSWORD);
            List<String> language = setCookies(session.postForm("/login", "/language", Map.of("lang", "en", "back", "/")));
            assertTrue(language.stream().anyMatch(c -> c.startsWith("dondoc-lang=")), language::toString);
            assertTrue(language.stream().allMatch(c -> c.toLowerCase().contains("secure")), language::toString);
        } finally {
            secureCookies.setEnabled(false);
        }
    }

    @Test
    void aCookieAlreadySecureIsLeftAlone() {
        assertEquals("a=b; Path=/; Secure; HttpOnly", SecureCookies.secure("a=b; Path=/; Secure; HttpOnly"));
        assertEquals("a=b; Path=/;Secure", SecureCookies.secure("a=b; Path=/"));
    }
}
