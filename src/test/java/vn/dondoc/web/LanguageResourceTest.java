package vn.dondoc.web;

import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dondoc.account.TestAccounts;

@QuarkusTest
class LanguageResourceTest {

    @Test
    void theChoiceGoesBackToThePageItWasMadeOn() {
        WebSession clerk = WebSession.login(TestAccounts.create(AppRole.CLERK), TestAccounts.PASSWORD);
        clerk.postForm("/tasks", "/language", Map.of("lang", "en", "back", "/tasks?q=b%C3%A1o+c%C3%A1o"))
                .then().statusCode(303).header("Location", endsWith("/tasks?q=b%C3%A1o+c%C3%A1o"));
    }

    @Test
    void aBackAddressThatIsNotAPathGoesHome() {
        WebSession clerk = WebSession.login(TestAccounts.create(AppRole.CLERK), TestAccounts.PASSWORD);
        for (String back : new String[] {"/tasks a", "/tasks?q=%zz", "https://example.org/", "//example.org/x", "/a\\b"}) {
            clerk.postForm("/tasks", "/language", Map.of("lang", "vi", "back", back))
                    .then().statusCode(303).header("Location", endsWith(":" + io.restassured.RestAssured.port + "/"));
        }
    }
}
