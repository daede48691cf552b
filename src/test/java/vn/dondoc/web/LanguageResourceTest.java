package vn.dondoc.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dondoc.account.TestAccounts;
import vn.dondoc.task.TestTasks;

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

    @Test
    void aTaskPageInEnglishNamesItsStatusAndRolesInEnglish() {
        TestTasks.Created created = TestTasks.create(1, null, "BTC");
        WebSession clerk = WebSession.login(TestAccounts.create(AppRole.CLERK), TestAccounts.PASSWORD);
        clerk.cookies().put(LanguageFilter.COOKIE, "en");
        clerk.get("/tasks/" + created.taskId(0)).then().statusCode(200)
                .body(containsString(">Not started</span>"), containsString("(lead)"), containsString("No deadline"));
    }

    @Test
    void aMessageChosenAtRunTimeIsInThePageLanguage() {
        WebSession clerk = WebSession.login(TestAccounts.create(AppRole.CLERK), TestAccounts.PASSWORD);
        clerk.get("/tasks?body=KHONG-CO").then().body(containsString("Không có cơ quan này. Hãy chọn trong danh sách."));
        clerk.cookies().put(LanguageFilter.COOKIE, "en");
        clerk.get("/tasks?body=KHONG-CO").then()
                .body(containsString("There is no such body. Choose one from the list."), not(containsString("Không có cơ quan này")));
    }

    @Test
    void theTaskTableNamesItsColumnsInThePageLanguage() {
        TestTasks.Created created = TestTasks.create(1, null, "BTC");
        WebSession clerk = WebSession.login(TestAccounts.create(AppRole.CLERK), TestAccounts.PASSWORD);
        String filter = "/tasks?body=&directive=" + created.directiveId();
        clerk.get(filter).then().statusCode(200)
                .body(containsString("<th scope=\"col\" class=\"task-table__deadline\">Thời hạn</th>"),
                        containsString("<td data-label=\"Thời hạn\">"));
        clerk.cookies().put(LanguageFilter.COOKIE, "en");
        clerk.get(filter).then().statusCode(200)
                .body(containsString("<th scope=\"col\" class=\"task-table__deadline\">Deadline</th>"),
                        containsString("<td data-label=\"Deadline\">"), containsString("<td data-label=\"Status\">"));
    }
}
