package vn.dondoc.task;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import vn.dondoc.account.TestAccounts;
import vn.dondoc.body.TestBodies;
import vn.dondoc.web.AppRole;
import vn.dondoc.web.OfficeClock;
import vn.dondoc.web.WebSession;

/**
 * The list costs the same number of SQL statements whatever the number of tasks it pages through: counted with
 * Hibernate's statistics (on in the test profile) for a body's list with 20 tasks and again with 200.
 */
@QuarkusTest
class TaskListStatementsTest {

    private static final LocalDate TODAY = OfficeClock.today();

    @Inject
    SessionFactory sessions;

    @Test
    void aListPageRunsAsManyStatementsForTenTimesTheTasks() {
        String body = TestBodies.create("Ban đếm câu lệnh");
        String marker = "zs" + UUID.randomUUID().toString().substring(0, 6);
        String user = TestAccounts.create(AppRole.CLERK);
        WebSession clerk = WebSession.login(user, TestAccounts.PASSWORD);
        List<String> pages = List.of("/tasks?body=" + body, "/tasks?body=" + body + "&q=ra soat " + marker,
                "/tasks?body=" + body + "&status=IN_PROGRESS&progress=OVERDUE", "/tasks?body=" + body + "&sort=STATUS&size=25",
                "/tasks?body=" + body + "&sort=DIRECTIVE&from=" + TODAY.minusYears(1) + "&to=" + TODAY.plusYears(1),
                "/tasks?body=&q=" + marker);

        fill(body, marker, 20);
        Map<String, Long> small = statements(clerk, user, body, pages);
        fill(body, marker, 180);
        Map<String, Long> large = statements(clerk, user, body, pages);

        assertEquals(small, large, "statements per request with 20 tasks, then with 200");
        assertTrue(small.values().stream().allMatch(n -> n > 0), "the statistics count statements: " + small);
    }

    /** Tasks given to the body as lead, in directives of ten, in every state, half of them overdue. */
    private static void fill(String body, String marker, int count) {
        for (int first = 0; first < count; first += 10) {
            TestTasks.Builder directive = TestTasks.directive("Kết luận đếm " + marker);
            for (int i = 0; i < 10; i++) {
                directive.task("Rà soát hồ sơ số " + (first + i) + " " + marker, i % 2 == 0 ? TODAY.minusDays(5 + i) : TODAY.plusDays(i), body, "BTC");
            }
            for (int i = 0; i < 10; i++) {
                directive.status(i, body, i % 3 == 0 ? Status.NOT_STARTED : Status.IN_PROGRESS);
            }
            directive.done(9, body, TODAY);
            directive.create();
        }
    }

    private Map<String, Long> statements(WebSession clerk, String user, String body, List<String> pages) {
        Statistics statistics = sessions.getStatistics();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String page : pages) {
            clerk.get(page).then().statusCode(200);
            long before = statistics.getPrepareStatementCount();
            clerk.get(page).then().statusCode(200);
            counts.put(page, statistics.getPrepareStatementCount() - before);
        }
        given().auth().preemptive().basic(user, TestAccounts.PASSWORD).get("/api/tasks?body=" + body).then().statusCode(200);
        long before = statistics.getPrepareStatementCount();
        given().auth().preemptive().basic(user, TestAccounts.PASSWORD).get("/api/tasks?body=" + body).then().statusCode(200);
        counts.put("/api/tasks?body=" + body, statistics.getPrepareStatementCount() - before);
        return counts;
    }
}
