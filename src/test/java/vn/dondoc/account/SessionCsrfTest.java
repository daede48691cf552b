package vn.dondoc.account;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dondoc.web.AppRole;
import vn.dondoc.web.WebSession;

@QuarkusTest
class SessionCsrfTest {

    private static final String CSRF_COOKIE = "dondoc-csrf";

    @Test
    void aTokenCookieFromAnotherSessionIsRefused() {
        WebSession victim = WebSession.login(TestAccounts.create(AppRole.CLERK), TestAccounts.PASSWORD);
        WebSession attacker = WebSession.login(TestAccounts.create(AppRole.VIEWER), TestAccounts.PASSWORD);
        String attackersToken = attacker.csrfToken("/tasks");

        Map<String, String> planted = new HashMap<>(victim.cookies());
        planted.put(CSRF_COOKIE, attacker.cookies().get(CSRF_COOKIE));
        given().redirects().follow(false).cookies(planted).contentType(ContentType.URLENC)
                .formParam("lang", "en").formParam("back", "/").formParam("csrf-token", attackersToken)
                .post("/language").then().statusCode(400);

        victim.postForm("/tasks", "/language", Map.of("lang", "en", "back", "/")).then().statusCode(303);
    }

    @Test
    void eachSessionHasItsOwnToken() {
        WebSession browser = WebSession.anonymous();
        String beforeLogin = browser.csrfToken("/login");
        String user = TestAccounts.create(AppRole.VIEWER);
        String first = WebSession.login(user, TestAccounts.PASSWORD).csrfToken("/tasks");
        String second = WebSession.login(user, TestAccounts.PASSWORD).csrfToken("/tasks");
        assertNotEquals(beforeLogin, first);
        assertNotEquals(first, second);
    }

    @Test
    void theTokenOfASessionStaysTheSameFromPageToPage() {
        WebSession session = WebSession.login(TestAccounts.create(AppRole.VIEWER), TestAccounts.PASSWORD);
        String token = session.csrfToken("/tasks");
        assertEquals(token, session.csrfToken("/bodies"));
        assertEquals(token, session.cookies().get(CSRF_COOKIE));
    }

    @Test
    void everyCookieHasSameSite() {
        List<Response> answers = new ArrayList<>();
        answers.add(given().redirects().follow(false).get("/tasks"));
        answers.add(given().get("/login"));
        String user = TestAccounts.create(AppRole.CLERK);
        answers.add(WebSession.attemptLogin(user, "wrong-password"));
        answers.add(WebSession.attemptLogin(user, TestAccounts.PASSWORD));
        WebSession session = WebSession.login(user, TestAccounts.PASSWORD);
        answers.add(session.get("/tasks"));
        answers.add(session.get("/no-such-page"));
        answers.add(session.postForm("/tasks", "/language", Map.of("lang", "vi", "back", "/tasks")));
        answers.add(session.postForm("/tasks", "/logout", Map.of()));
        List<String> cookies = answers.stream().flatMap(answer -> answer.headers().getValues("Set-Cookie").stream()).toList();
        assertTrue(cookies.stream().anyMatch(c -> c.startsWith(CSRF_COOKIE + "=")), cookies::toString);
        assertTrue(cookies.stream().anyMatch(c -> c.startsWith("dondoc-lang=")), cookies::toString);
        assertTrue(cookies.stream().allMatch(c -> c.toLowerCase().contains("samesite=")), cookies::toString);
    }
}
