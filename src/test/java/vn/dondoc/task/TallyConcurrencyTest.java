package vn.dondoc.task;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.dondoc.account.AppRole;
import vn.dondoc.account.TestAccounts;

/**
 * Two people check off two different tasks of the same body at the same moment: each recount of the body's
 * tally waits for the other, so the tally still says what counting the assignments says.
 */
@QuarkusTest
class TallyConcurrencyTest {

    private static final int ROUNDS = 5;

    @Test
    void simultaneousUpdatesOfOneBodyKeepItsTallyExact() throws Exception {
        String alice = TestAccounts.create(AppRole.CLERK);
        // Two who may set any status: staff's "done" would wait for confirmation rather than be done.
        String bob = TestAccounts.create(AppRole.ADMIN);
        LocalDate deadline = LocalDate.now().plusDays(5);
        TestTasks.Created created = TestTasks.directive("Cập nhật đồng thời hai việc")
                .task("Việc thứ nhất", deadline, "BDVTW").task("Việc thứ hai", deadline, "BDVTW").create();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                Status next = round % 2 == 0 ? Status.DONE : Status.IN_PROGRESS;
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> answers = new ArrayList<>();
                answers.add(pool.submit(() -> post(start, alice, created, 0, next)));
                answers.add(pool.submit(() -> post(start, bob, created, 1, next)));
                start.countDown();
                for (Future<Integer> answer : answers) {
                    assertEquals(200, answer.get(60, TimeUnit.SECONDS), "round " + round);
                }
                Map<String, Long> tally = QuarkusTransaction.requiringNew().call(() -> tally(created.directiveId()));
                String state = next == Status.DONE ? "DONE_ON_TIME" : "IN_PROGRESS";
                assertEquals(Map.of(state, 2L), tally, "round " + round + ": both changes are counted, once each");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static int post(CountDownLatch start, String user, TestTasks.Created created, int task, Status status)
            throws InterruptedException {
        long assignment = created.assignmentId(task, "BDVTW");
        long version = QuarkusTransaction.requiringNew().call(() -> Assignment.<Assignment>findById(assignment).version);
        start.await();
        return given().auth().preemptive().basic(user, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("status", status.name(), "version", version))
                .post("/api/tasks/" + created.taskId(task) + "/assignments/" + assignment + "/status").statusCode();
    }

    private static Map<String, Long> tally(long directiveId) {
        Map<String, Long> tally = new TreeMap<>();
        List<?> rows = Assignment.getEntityManager().createNativeQuery("select state, n from progress_tally"
                + " where directive_id = :d").setParameter("d", directiveId).getResultList();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            tally.merge((String) c[0], ((Number) c[1]).longValue(), Long::sum);
        }
        return tally;
    }
}
