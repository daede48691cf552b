package vn.dondoc.task;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.dondoc.account.TestAccounts;
import vn.dondoc.web.AppRole;
import vn.dondoc.web.OfficeClock;

/** Two people update the same assignment at the same moment: one wins, the other is told, nothing is lost. */
@QuarkusTest
class ConcurrentUpdateTest {

    private static final int ROUNDS = 5;

    @Test
    void twoSimultaneousUpdatesOfOneAssignmentLoseNothing() throws Exception {
        String alice = TestAccounts.create(AppRole.CLERK);
        // Two who may set any status: staff's "done" would wait for confirmation rather than be done.
        String bob = TestAccounts.create(AppRole.ADMIN);
        TestTasks.Created created = TestTasks.directive("Cập nhật đồng thời").task("Việc cập nhật đồng thời", OfficeClock.today().plusDays(10), "BTC").create();
        long assignment = created.assignmentId(0, "BTC");
        String path = "/api/tasks/" + created.taskId(0) + "/assignments/" + assignment + "/status";
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                long version = versionOf(assignment);
                Status current = statusOf(assignment);
                // Both ask for a status other than the current one, so that each would be a real change.
                List<Status> others = new ArrayList<>(List.of(Status.NOT_STARTED, Status.IN_PROGRESS, Status.DONE));
                others.remove(current);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> answers = new ArrayList<>();
                answers.add(pool.submit(() -> post(start, alice, path, others.get(0).name(), version)));
                answers.add(pool.submit(() -> post(start, bob, path, others.get(1).name(), version)));
                start.countDown();
                List<Integer> codes = new ArrayList<>();
                for (Future<Integer> answer : answers) {
                    codes.add(answer.get(60, TimeUnit.SECONDS));
                }
                Collections.sort(codes);
                assertEquals(List.of(200, 409), codes, "round " + round + ": exactly one update wins, the other is refused as stale");
                assertEquals(version + 1, versionOf(assignment), "round " + round + ": one change, one new version");
            }
        } finally {
            pool.shutdownNow();
        }
        long changes = QuarkusTransaction.requiringNew().call(() -> StatusChange.count("assignment.id", assignment));
        assertEquals(ROUNDS, changes, "every accepted update, and only those, is in the history");
    }

    private static int post(CountDownLatch start, String user, String path, String status, long version) throws InterruptedException {
        start.await();
        return given().auth().preemptive().basic(user, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("status", status, "note", "Cập nhật của " + user, "version", version))
                .post(path).statusCode();
    }

    private static Status statusOf(long assignment) {
        return QuarkusTransaction.requiringNew().call(() -> Assignment.<Assignment>findById(assignment).status);
    }

    private static long versionOf(long assignment) {
        return QuarkusTransaction.requiringNew().call(() -> Assignment.<Assignment>findById(assignment).version);
    }
}
