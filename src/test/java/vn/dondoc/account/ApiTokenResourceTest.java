package vn.dondoc.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import vn.dondoc.audit.AuditEntry;
import vn.dondoc.web.AppRole;
import vn.dondoc.web.OfficeClock;
import vn.dondoc.web.Sha256;
import vn.dondoc.web.WebSession;

@QuarkusTest
class ApiTokenResourceTest {

    private static final Pattern SECRET = Pattern.compile("value=\"(dd_[A-Za-z0-9_-]{43})\"");

    @Inject
    SessionFactory sessionFactory;

    /** Makes a token through the page as the user; returns the secret the page showed. */
    private static String makeToken(WebSession session, String name, String expiresOn) {
        Map<String, String> form = new HashMap<>();
        form.put("name", name);
        form.put("expiresOn", expiresOn);
        Response page = session.postForm("/account/tokens", "/account/tokens", form);
        page.then().statusCode(200).header("Cache-Control", "no-store");
        Matcher m = SECRET.matcher(page.asString());
        assertTrue(m.find(), "the page shows the new token");
        return m.group(1);
    }

    private static int apiStatus(String secret) {
        return given().header("Authorization", "Bearer " + secret).get("/api/tasks?size=1").statusCode();
    }

    private static ApiToken stored(String secret) {
        return QuarkusTransaction.requiringNew().call(() -> ApiToken.findBySecret(secret).orElseThrow());
    }

    @Test
    void aTokenIsShownOnceStoredAsItsHashAndOpensTheApiUntilRevoked() {
        String username = TestAccounts.create(AppRole.VIEWER);
        WebSession me = WebSession.login(username, TestAccounts.PASSWORD);
        me.get("/").then().statusCode(200).body(containsString("href=\"/account/tokens\""));
        String secret = makeToken(me, "Bảng tổng hợp <b>", "");

        ApiToken token = stored(secret);
        assertEquals(Sha256.hex(secret), token.tokenHash);
        assertEquals("Bảng tổng hợp <b>", token.name);
        me.get("/account/tokens").then().statusCode(200).body(not(containsString(secret)))
                .body(containsString(token.hint)).body(containsString("Bảng tổng hợp &lt;b&gt;"));

        assertEquals(200, apiStatus(secret));
        assertNotNull(stored(secret).lastUsedAt, "the first use is noted");
        given().header("Authorization", "Bearer " + secret).get("/bodies/BTCTW/deadlines.ics").then().statusCode(200);

        me.postForm("/account/tokens", "/account/tokens/" + token.id + "/revoke", Map.of()).then().statusCode(303);
        assertEquals(401, apiStatus(secret));
        given().header("Authorization", "Bearer " + secret).get("/bodies/BTCTW/deadlines.ics").then().statusCode(401);
        List<String> actions = QuarkusTransaction.requiringNew().call(() -> AuditEntry.of("user", token.user.id)
                .stream().map(e -> e.action).toList());
        assertEquals(List.of("token_revoke", "token_create"), actions);
    }

    @Test
    void anUnknownOrMalformedTokenIsRefused() {
        assertEquals(401, apiStatus("dd_" + "x".repeat(43)));
        assertEquals(401, apiStatus("not-a-token"));
        assertEquals(401, apiStatus(""));
    }

    @Test
    void aTokenPastItsExpiryDayIsRefused() {
        String username = TestAccounts.create(AppRole.CLERK);
        String secret = makeToken(WebSession.login(username, TestAccounts.PASSWORD), "Hết hạn", "");
        assertEquals(200, apiStatus(secret));
        QuarkusTransaction.requiringNew().run(() -> ApiToken.findBySecret(secret).orElseThrow().expiresOn = OfficeClock.today().minusDays(1));
        assertEquals(401, apiStatus(secret));
    }

    @Test
    void aFormWithoutNameOrWithAPastExpiryComesBackWithMessages() {
        WebSession me = WebSession.login(TestAccounts.create(AppRole.STAFF, "BTCTW"), TestAccounts.PASSWORD);
        me.postForm("/account/tokens", "/account/tokens", Map.of("name", " ", "expiresOn", "01/01/2020")).then().statusCode(400)
                .body(containsString("Nhập tên cho mã.")).body(containsString("Ngày hết hạn đã qua."));
        me.postForm("/account/tokens", "/account/tokens", Map.of("name", "Mã", "expiresOn", "31/02/2030")).then().statusCode(400)
                .body(containsString("Ngày hết hạn không hợp lệ"));
    }

    @Test
    void nobodyRevokesAnotherUsersTokenFromTheirOwnPage() {
        String owner = TestAccounts.create(AppRole.VIEWER);
        String secret = makeToken(WebSession.login(owner, TestAccounts.PASSWORD), "Của người khác", "");
        long id = stored(secret).id;
        WebSession other = WebSession.login(TestAccounts.create(AppRole.CLERK), TestAccounts.PASSWORD);
        other.postForm("/account/tokens", "/account/tokens/" + id + "/revoke", Map.of()).then().statusCode(404);
        other.get("/account/tokens").then().statusCode(200).body(not(containsString("Của người khác")));
        assertEquals(200, apiStatus(secret));
    }

    @Test
    void anAdministratorSeesAndRevokesAUsersTokensAndDisablingTheUserEndsThemAll() {
        String username = TestAccounts.create(AppRole.CLERK);
        WebSession user = WebSession.login(username, TestAccounts.PASSWORD);
        String first = makeToken(user, "Máy chủ báo cáo", "31/12/2099");
        String second = makeToken(user, "Lịch", "");
        WebSession admin = WebSession.login(TestAccounts.create(AppRole.ADMIN), TestAccounts.PASSWORD);
        User account = QuarkusTransaction.requiringNew().call(() -> User.findByUsername(username).orElseThrow());
        admin.get("/admin/users/" + account.id).then().statusCode(200).body(containsString("Máy chủ báo cáo"))
                .body(containsString("31/12/2099")).body(containsString(stored(second).hint));

        admin.postForm("/admin/users/" + account.id, "/admin/users/" + account.id + "/tokens/" + stored(first).id + "/revoke", Map.of())
                .then().statusCode(303);
        assertEquals(401, apiStatus(first));
        assertEquals(200, apiStatus(second));
        assertNotNull(stored(first).revokedBy);

        Map<String, Object> form = new HashMap<>();
        form.put("displayName", username);
        form.put("role", "CLERK");
        form.put("version", QuarkusTransaction.requiringNew().call(() -> User.findByUsername(username).orElseThrow().version));
        admin.postForm("/admin/users/" + account.id, "/admin/users/" + account.id, form).then().statusCode(303);
        assertEquals(401, apiStatus(second));
        assertNotNull(stored(second).revokedAt, "disabling the account revoked its tokens");
    }

    @Test
    void aBearerCallRunsAtMostTwoStatementsToAuthenticateAndAfterTheFirstOnlyOne() {
        String secret = makeToken(WebSession.login(TestAccounts.create(AppRole.VIEWER), TestAccounts.PASSWORD), "Đếm câu lệnh", "");
        Statistics statistics = sessionFactory.getStatistics();
        // An endpoint that does not exist: whatever runs is the authentication.
        statistics.clear();
        given().header("Authorization", "Bearer " + secret).get("/api/no-such-endpoint").then().statusCode(404);
        long first = statistics.getPrepareStatementCount();
        statistics.clear();
        given().header("Authorization", "Bearer " + secret).get("/api/no-such-endpoint").then().statusCode(404);
        long second = statistics.getPrepareStatementCount();
        System.out.printf("Bearer authentication: %d statements on the first call, %d on the next%n", first, second);
        assertTrue(first <= 2, first + " statements");
        assertEquals(1, second, "the last use is not written again within the hour");
    }

    @Test
    void aSuccessfulBasicCallWithoutFailuresRunsOneStatementAndNoDelete() {
        String username = TestAccounts.create(AppRole.STAFF, "BTCTW");
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().auth().preemptive().basic(username, TestAccounts.PASSWORD).get("/api/no-such-endpoint").then().statusCode(404);
        long statements = statistics.getPrepareStatementCount();
        System.out.printf("Basic authentication without failures: %d statements%n", statements);
        assertEquals(1, statements, "the account, its body and the recent failures in one select; no delete");
    }

    @Test
    void aSuccessfulBasicCallAfterAFailureForgetsTheFailure() {
        String username = TestAccounts.create(AppRole.VIEWER);
        given().auth().preemptive().basic(username, "wrong-password").get("/api/tasks").then().statusCode(401);
        given().auth().preemptive().basic(username, TestAccounts.PASSWORD).get("/api/tasks?size=1").then().statusCode(200);
        LoginGuard guard = io.quarkus.arc.Arc.container().instance(LoginGuard.class).get();
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> guard.ofUser(username).count()));
    }

    @Test
    void aTokenDoesNotOpenThePages() {
        String secret = makeToken(WebSession.login(TestAccounts.create(AppRole.ADMIN), TestAccounts.PASSWORD), "Không mở trang", "");
        // Refused as a request without a session: the Basic challenge (it carries an Authorization header) or the login page.
        given().redirects().follow(false).header("Authorization", "Bearer " + secret).get("/account/tokens").then()
                .statusCode(anyOf(is(401), is(302)));
    }
}
