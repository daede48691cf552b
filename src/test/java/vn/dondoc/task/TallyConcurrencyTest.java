package vn.dondoc.task;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.dondoc.account.TestAccounts;
import vn.dondoc.web.AppRole;
import vn.dondoc.web.OfficeClock;

/**
 * Two people check off two different tasks of the same body at the same moment: each recount of the body's
 * tally waits for the other, so the tally still says what counting the assignments says. Imports and check-offs
 * of the same bodies all at once: none fails (no deadlock, no lock timeout), on H2 and on PostgreSQL.
 */
@QuarkusTest
class TallyConcurrencyTest {

    private static final int ROUNDS = 5;

    private static final int IMPORTS = 8;
    private static final int CHECK_OFF_CLIENTS = 8;
    private static final String[] BODIES = {"BTCTW", "VPTW"};

    @Test
    void simultaneousUpdatesOfOneBodyKeepItsTallyExact() throws Exception {
        String alice = TestAccounts.create(AppRole.CLERK);
        // Two who may set any status: staff's "done" would wait for confirmation rather than be done.
        String bob = TestAccounts.create(AppRole.ADMIN);
        LocalDate deadline = OfficeClock.today().plusDays(5);
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

    @Test
    void eightImportsAndEightCheckOffClientsOfTheSameBodiesAllSucceed() throws Exception {
        String clerk = TestAccounts.create(AppRole.CLERK);
        LocalDate deadline = OfficeClock.today().plusDays(20);
        TestTasks.Builder builder = TestTasks.directive("Kiểm tra đồng thời với nhập văn bản");
        for (int i = 0; i < CHECK_OFF_CLIENTS; i++) {
            builder.task("Việc kiểm tra số " + (i + 1), deadline, BODIES);
        }
        TestTasks.Created created = builder.create();
        String seed = seedText();
        ExecutorService pool = Executors.newFixedThreadPool(IMPORTS + CHECK_OFF_CLIENTS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Integer>>> imports = new ArrayList<>();
            for (int i = 0; i < IMPORTS; i++) {
                // Another first line: another text, so not refused as the same directive again.
                String copy = "Bản sao " + (i + 1) + " (" + UUID.randomUUID() + ") của buổi giao ban\n" + seed;
                imports.add(pool.submit(() -> List.of(importText(start, clerk, copy))));
            }
            List<Future<List<Integer>>> checkOffs = new ArrayList<>();
            for (int i = 0; i < CHECK_OFF_CLIENTS; i++) {
                int task = i;
                checkOffs.add(pool.submit(() -> checkOffs(start, clerk, created, task)));
            }
            start.countDown();
            for (Future<List<Integer>> answer : imports) {
                assertEquals(List.of(201), answer.get(300, TimeUnit.SECONDS), "every import is saved");
            }
            for (Future<List<Integer>> answer : checkOffs) {
                assertEquals(Collections.nCopies(ROUNDS, 200), answer.get(300, TimeUnit.SECONDS), "every check-off is saved");
            }
        } finally {
            pool.shutdownNow();
        }
        for (String body : BODIES) {
            assertEquals(QuarkusTransaction.requiringNew().call(() -> counted(body)),
                    QuarkusTransaction.requiringNew().call(() -> tallied(body)), body + ": the tally is what counting says");
        }
    }

    private static int importText(CountDownLatch start, String user, String text) throws InterruptedException {
        start.await();
        return given().auth().preemptive().basic(user, TestAccounts.PASSWORD).contentType("text/plain; charset=UTF-8")
                .body(text.getBytes(StandardCharsets.UTF_8)).post("/api/imports").statusCode();
    }

    /** One client checks off its own assignment again and again, each time with the version the last answer gave. */
    private static List<Integer> checkOffs(CountDownLatch start, String user, TestTasks.Created created, int task)
            throws InterruptedException {
        long assignment = created.assignmentId(task, BODIES[0]);
        long version = QuarkusTransaction.requiringNew().call(() -> Assignment.<Assignment>findById(assignment).version);
        List<Integer> codes = new ArrayList<>();
        start.await();
        for (int round = 0; round < ROUNDS; round++) {
            Status status = round % 2 == 0 ? Status.DONE : Status.IN_PROGRESS;
            Response answer = given().auth().preemptive().basic(user, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                    .body(Map.of("status", status.name(), "version", version))
                    .post("/api/tasks/" + created.taskId(task) + "/assignments/" + assignment + "/status");
            codes.add(answer.statusCode());
            if (answer.statusCode() != 200) {
                break;
            }
            version = answer.jsonPath().getLong("version");
        }
        return codes;
    }

    private static String seedText() throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("reference/seed-directive.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A body's assignments over all directives by month of the deadline and state, counted one by one. */
    private static Map<String, Long> counted(String body) {
        Map<String, Long> counts = new TreeMap<>();
        for (Assignment a : Assignment.<Assignment>list("body.code = ?1 and withdrawn = false", body)) {
            String state = AssignmentTally.state(a.status, a.doneOn, a.deadline);
            counts.merge(AssignmentTally.month(a.deadline) + " " + state, 1L, Long::sum);
        }
        return counts;
    }

    /** The same, as the tally's rows over all directives say. */
    private static Map<String, Long> tallied(String body) {
        Map<String, Long> counts = new TreeMap<>();
        List<?> rows = Assignment.getEntityManager().createNativeQuery("select t.deadline_month, t.state, t.n from progress_tally t"
                + " join responsible_body b on b.id = t.body_id where b.code = :code and t.directive_id = :all")
                .setParameter("code", body).setParameter("all", AssignmentTally.ALL_DIRECTIVES).getResultList();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            counts.merge(((Number) c[0]).intValue() + " " + c[1], ((Number) c[2]).longValue(), Long::sum);
        }
        return counts;
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
