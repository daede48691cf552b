package vn.dondoc.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.dondoc.audit.AuditEntry;
import vn.dondoc.web.AppRole;
import vn.dondoc.web.WebSession;

@QuarkusTest
class LoginGuardTest {

    @Inject
    LoginGuard guard;

    @Inject
    ClientAddresses clientAddresses;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "dondoc.login.max-failures-per-user")
    int maxPerUser;

    @ConfigProperty(name = "dondoc.login.max-failures-per-address")
    int maxPerAddress;

    private static void assertRefusedAsWrong(Response login) {
        login.then().statusCode(302).header("Location", containsString("error=true"));
    }

    private static void assertLoggedIn(Response login) {
        login.then().statusCode(302).header("Location", not(matchesPattern(".*(error|wait|refused)=.*")));
    }

    /** Moves the user name's failures into the past, as if that much time had gone by. */
    private void age(String username, Duration by) {
        QuarkusTransaction.requiringNew().run(() -> em.createQuery("select f from LoginFailure f where f.username = ?1", LoginFailure.class)
                .setParameter(1, username).getResultList().forEach(failure -> failure.at = failure.at.minus(by)));
    }

    private void fail(String username, int times) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < times; i++) {
                guard.failed(username, "198.51.100.1");
            }
        });
    }

    private long failuresOf(String username) {
        return QuarkusTransaction.requiringNew().call(() -> guard.ofUser(username).count());
    }

    private static List<String> actions(String username) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.of("user", User.findByUsername(username).orElseThrow().id)
                .stream().map(entry -> entry.action).toList());
    }

    @Test
    void fiveWrongPasswordsNoLongerLockTheAccount() {
        String user = TestAccounts.create(AppRole.ADMIN);
        for (int i = 0; i < maxPerUser; i++) {
            assertRefusedAsWrong(WebSession.attemptLogin(user, "wrong-" + i));
        }
        age(user, Duration.ofSeconds(2));
        assertLoggedIn(WebSession.attemptLogin(user, TestAccounts.PASSWORD));
        assertEquals(0, failuresOf(user), "a successful login forgets the failures");
    }

    @Test
    void duringTheDelayEvenTheRightPasswordIsRefusedWithTheTimeToWait() {
        String user = TestAccounts.create(AppRole.VIEWER);
        fail(user, maxPerUser + 5);

        Response login = WebSession.attemptLogin(user, TestAccounts.PASSWORD);
        login.then().statusCode(302).header("Location", matchesPattern("/login\\?wait=\\d+"));
        long wait = Long.parseLong(login.header("Location").replaceAll("\\D", ""));
        assertTrue(wait > 20 && wait <= 32, "wait " + wait);
        given().get(login.header("Location")).then().statusCode(200).body(containsString("Hãy thử lại sau " + wait + " giây."));
        WebSession.attemptLogin(user, "wrong").then().header("Location", equalTo(login.header("Location")));
        given().auth().preemptive().basic(user, TestAccounts.PASSWORD).get("/api/tasks").then()
                .statusCode(429).header("Retry-After", matchesPattern("\\d+"));
        assertEquals(maxPerUser + 5, failuresOf(user), "attempts during the delay are not checked and do not count");

        age(user, Duration.ofMinutes(2));
        given().auth().preemptive().basic(user, TestAccounts.PASSWORD).get("/api/tasks").then().statusCode(200);
    }

    @Test
    void theDelayDoublesWithEachFailureUpToTheMaximum() {
        Instant last = Instant.parse("2026-01-01T00:00:00Z");
        Duration max = Duration.ofMinutes(1);
        assertEquals(Instant.MIN, new LoginGuard.Failures(4, last).nextAttempt(5, max));
        assertEquals(last.plusSeconds(1), new LoginGuard.Failures(5, last).nextAttempt(5, max));
        assertEquals(last.plusSeconds(2), new LoginGuard.Failures(6, last).nextAttempt(5, max));
        assertEquals(last.plusSeconds(32), new LoginGuard.Failures(10, last).nextAttempt(5, max));
        assertEquals(last.plus(max), new LoginGuard.Failures(11, last).nextAttempt(5, max));
        assertEquals(last.plus(max), new LoginGuard.Failures(500, last).nextAttempt(5, max));
    }

    @Test
    void aNameWithoutAccountCostsAPasswordCheckToo() {
        assertTrue(DummyPassword.hash().startsWith("$2a$" + User.BCRYPT_COST + "$"), DummyPassword.hash());
        long before = DummyPassword.checks();
        assertRefusedAsWrong(WebSession.attemptLogin("nobody-" + UUID.randomUUID(), "some-password"));
        assertEquals(before + 1, DummyPassword.checks());
        assertRefusedAsWrong(WebSession.attemptLogin(TestAccounts.create(AppRole.VIEWER), "wrong-password"));
        assertEquals(before + 1, DummyPassword.checks(), "an account's own hash is checked, not the dummy");
    }

    @Test
    void anAdministratorLiftsTheDelayAndTheTrailShowsBoth() {
        String user = TestAccounts.create(AppRole.CLERK);
        for (int i = 0; i < maxPerUser; i++) {
            assertRefusedAsWrong(WebSession.attemptLogin(user, "wrong-" + i));
        }
        fail(user, 5);
        WebSession.attemptLogin(user, TestAccounts.PASSWORD).then().header("Location", containsString("wait="));
        assertEquals(List.of("lock"), actions(user));

        WebSession admin = WebSession.login(TestAccounts.create(AppRole.ADMIN), TestAccounts.PASSWORD);
        long id = QuarkusTransaction.requiringNew().call(() -> User.findByUsername(user).orElseThrow().id);
        admin.get("/admin/users/" + id).then().statusCode(200)
                .body(containsString("Đăng nhập bị làm chậm")).body(containsString("10 lần đăng nhập sai"));
        Response lifted = admin.postForm("/admin/users/" + id, "/admin/users/" + id + "/unlock", Map.of());
        lifted.then().statusCode(303).header("Location", endsWith("/admin/users/" + id));
        admin.get(lifted.header("Location")).then().statusCode(200).body(containsString("Đã bỏ chờ đăng nhập"))
                .body(not(containsString("action=\"/admin/users/" + id + "/unlock\"")));

        assertLoggedIn(WebSession.attemptLogin(user, TestAccounts.PASSWORD));
        assertEquals(List.of("unlock", "lock"), actions(user));
        admin.get("/admin/audit?type=user").then().statusCode(200).body(containsString("Làm chậm đăng nhập"))
                .body(containsString("Bỏ chờ đăng nhập"));
    }

    @Test
    void tooManyFailuresFromOneAddressDelayThatAddressOnly() {
        String address = "2001:db8::" + Integer.toHexString((int) (Math.random() * 0xffff));
        String someone = "anyone-" + UUID.randomUUID();
        guard.setMaxFailuresPerAddress(3);
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                for (int i = 0; i < 3; i++) {
                    guard.failed("guess-" + i + "-" + UUID.randomUUID(), address);
                }
            });
            assertTrue(!QuarkusTransaction.requiringNew().call(() -> guard.wait(someone, address)).isZero());
            assertTrue(QuarkusTransaction.requiringNew().call(() -> guard.wait(someone, "198.51.100.7")).isZero());
        } finally {
            guard.setMaxFailuresPerAddress(maxPerAddress);
        }
        long locks = QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>list("entityType", LoginGuard.AUDIT_TYPE).stream()
                .filter(entry -> entry.action.equals("lock") && entry.after.startsWith("address=" + address + ";")).count());
        assertEquals(1, locks, "the start of the address's delay is in the trail");
    }

    /** Through a trusted proxy the client's own address counts, so one person's guesses do not delay everyone behind it. */
    @Test
    void behindATrustedProxyTheForwardedAddressIsDelayed() {
        String guesser = "203.0.113." + (int) (Math.random() * 200);
        String colleague = "198.51.100." + (int) (Math.random() * 200);
        String user = TestAccounts.create(AppRole.VIEWER);
        clientAddresses.setTrustedProxies(List.of("127.0.0.0/8", "::1"));
        guard.setMaxFailuresPerAddress(3);
        try {
            for (int i = 0; i < 3; i++) {
                assertRefusedAsWrong(WebSession.attemptLogin("guess-" + UUID.randomUUID(), "x", Map.of("X-Forwarded-For", guesser)));
            }
            WebSession.attemptLogin(user, TestAccounts.PASSWORD, Map.of("X-Forwarded-For", guesser))
                    .then().header("Location", containsString("wait="));
            assertLoggedIn(WebSession.attemptLogin(user, TestAccounts.PASSWORD, Map.of("X-Forwarded-For", colleague)));
        } finally {
            guard.setMaxFailuresPerAddress(maxPerAddress);
            clientAddresses.setTrustedProxies(List.of());
        }
    }

    @Test
    void forwardedForIsBelievedOnlyFromATrustedProxy() {
        // Not the documentation range the delay test draws its guesser from: a shared address would delay that test.
        String forged = "198.18." + (int) (Math.random() * 256) + "." + (int) (Math.random() * 256);
        String user = "nobody-" + UUID.randomUUID();
        assertRefusedAsWrong(WebSession.attemptLogin(user, "x", Map.of("X-Forwarded-For", forged)));
        String recorded = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select f.address from LoginFailure f where f.username = ?1", String.class).setParameter(1, user).getSingleResult());
        assertTrue(recorded.equals("127.0.0.1") || recorded.contains(":"), recorded);

        clientAddresses.setTrustedProxies(List.of("127.0.0.0/8", "::1"));
        try {
            String second = user + "-2";
            assertRefusedAsWrong(WebSession.attemptLogin(second, "x", Map.of("X-Forwarded-For", "192.0.2.9, " + forged)));
            assertEquals(forged, QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                    "select f.address from LoginFailure f where f.username = ?1", String.class).setParameter(1, second).getSingleResult()));
        } finally {
            clientAddresses.setTrustedProxies(List.of());
        }
    }
}
