package vn.dondoc.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LoginGuardTest {

    @Inject
    LoginGuard guard;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "dondoc.login.max-failures-per-user")
    int maxPerUser;

    @ConfigProperty(name = "dondoc.login.max-failures-per-address")
    int maxPerAddress;

    @ConfigProperty(name = "dondoc.login.window")
    Duration window;

    private static ValidatableResponse login(String username, String password) {
        return given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", username).formParam("j_password", password)
                .post("/j_security_check").then().statusCode(302);
    }

    @Test
    void afterTooManyWrongPasswordsEvenTheRightOneIsRefused() {
        String user = TestAccounts.create(AppRole.VIEWER);
        for (int i = 0; i < maxPerUser; i++) {
            login(user, "wrong-" + i).header("Location", containsString("error"));
        }
        login(user, TestAccounts.PASSWORD).header("Location", containsString("error"));
        given().auth().preemptive().basic(user, TestAccounts.PASSWORD).get("/api/no-such-thing").then().statusCode(401);
    }

    @Test
    void aSuccessfulLoginClearsTheCount() {
        String user = TestAccounts.create(AppRole.VIEWER);
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < maxPerUser - 1; i++) {
                login(user, "wrong-" + i).header("Location", containsString("error"));
            }
            login(user, TestAccounts.PASSWORD).header("Location", not(containsString("error")));
        }
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        String user = "guarded-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < maxPerUser; i++) {
                LoginFailure failure = new LoginFailure();
                failure.username = user;
                failure.at = Instant.now().minus(window).minusSeconds(60);
                em.persist(failure);
            }
        });
        assertFalse(QuarkusTransaction.requiringNew().call(() -> guard.blocked(user, null)));
        QuarkusTransaction.requiringNew().run(() -> guard.failed(user, null));
        assertFalse(QuarkusTransaction.requiringNew().call(() -> guard.blocked(user, null)));
    }

    @Test
    void tooManyFailuresFromOneAddressBlockThatAddress() {
        String address = "203.0.113." + (int) (Math.random() * 200);
        String someone = "anyone-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < maxPerAddress; i++) {
                guard.failed("guess-" + i + "-" + UUID.randomUUID(), address);
            }
        });
        assertTrue(QuarkusTransaction.requiringNew().call(() -> guard.blocked(someone, address)));
        assertFalse(QuarkusTransaction.requiringNew().call(() -> guard.blocked(someone, "198.51.100.7")));
    }
}
