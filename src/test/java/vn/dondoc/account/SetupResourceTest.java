package vn.dondoc.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dondoc.web.AppRole;
import vn.dondoc.web.WebSession;

@QuarkusTest
class SetupResourceTest {

    private static String issue(Duration validity) {
        return QuarkusTransaction.requiringNew().call(() -> SetupToken.issue(validity));
    }

    @Test
    void aSetupTokenCanBeRedeemedOnlyOnce() {
        String token = issue(Duration.ofHours(1));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> SetupToken.usable(token)));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> SetupToken.redeem(token)));
        assertFalse(QuarkusTransaction.requiringNew().call(() -> SetupToken.redeem(token)));
        assertFalse(QuarkusTransaction.requiringNew().call(() -> SetupToken.usable(token)));
    }

    @Test
    void anExpiredOrUnknownTokenIsNotUsable() {
        String expired = issue(Duration.ofSeconds(-1));
        assertFalse(QuarkusTransaction.requiringNew().call(() -> SetupToken.usable(expired)));
        assertFalse(QuarkusTransaction.requiringNew().call(() -> SetupToken.redeem(expired)));
        assertFalse(QuarkusTransaction.requiringNew().call(() -> SetupToken.usable("made-up")));
    }

    @Test
    void onlyTheHashOfATokenIsStored() {
        String token = issue(Duration.ofHours(1));
        long stored = QuarkusTransaction.requiringNew().call(() -> SetupToken.count("tokenHash", token));
        assertEquals(0, stored);
    }

    @Test
    void theSetupPageIsNotFoundOnceAnAdministratorExists() {
        TestAccounts.create(AppRole.ADMIN);
        String token = issue(Duration.ofHours(1));
        given().get("/setup?token=" + token).then().statusCode(404);
    }

    /**
     * The test database is shared, so other tests' administrators are disabled for the length of this test
     * (tests run one after another) and enabled again afterwards.
     */
    @Test
    void theSetupLinkCreatesTheFirstAdministratorOnce() {
        List<Long> disabled = QuarkusTransaction.requiringNew().call(() -> {
            List<Long> ids = User.<User>list("role = ?1 and enabled = true", AppRole.ADMIN).stream().map(u -> u.id).toList();
            User.update("enabled = false where id in ?1", ids.isEmpty() ? List.of(-1L) : ids);
            return ids;
        });
        try {
            String token = issue(Duration.ofHours(1));
            String username = "quantri-" + UUID.randomUUID().toString().substring(0, 8);
            String setupPage = "/setup?token=" + token;
            WebSession browser = WebSession.anonymous();
            browser.get(setupPage).then().statusCode(200).body(containsString("Tạo quản trị viên đầu tiên"));
            given().get("/setup?token=wrong").then().statusCode(400).body(containsString("không hợp lệ"));

            Map<String, Object> form = new HashMap<>();
            form.put("token", token);
            form.put("username", username);
            form.put("displayName", "Quản trị hệ thống");
            form.put("password", "1234567890");
            form.put("passwordAgain", "1234567890");
            browser.postForm(setupPage, "/setup", form).then().statusCode(400)
                    .body(containsString("href=\"#password\"")).body(containsString("mật khẩu phổ biến nhất"));

            form.put("password", "mot-mat-khau-dai");
            form.put("passwordAgain", "mot-mat-khau-khac");
            browser.postForm(setupPage, "/setup", form).then().statusCode(400)
                    .body(containsString("href=\"#passwordAgain\"")).body(containsString("value=\"" + username + "\""));

            form.put("passwordAgain", "mot-mat-khau-dai");
            browser.postForm(setupPage, "/setup", form).then().statusCode(303).header("Location", endsWith("/login"));
            browser.get("/login").then().body(containsString("Đã tạo quản trị viên."));
            WebSession.login(username, "mot-mat-khau-dai").get("/admin/users").then().statusCode(200);

            given().get(setupPage).then().statusCode(404);
            assertFalse(QuarkusTransaction.requiringNew().call(() -> SetupToken.usable(token)));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                if (!disabled.isEmpty()) {
                    User.update("enabled = true where id in ?1", disabled);
                }
            });
        }
    }
}
