package vn.dondoc.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import vn.dondoc.account.TestAccounts;
import vn.dondoc.body.ResponsibleBody;
import vn.dondoc.task.Assignment;
import vn.dondoc.task.AssignmentTally;
import vn.dondoc.task.Status;
import vn.dondoc.task.StatusChange;
import vn.dondoc.task.Task;
import vn.dondoc.task.TestTasks;
import vn.dondoc.web.AppRole;
import vn.dondoc.web.OfficeClock;
import vn.dondoc.web.WebSession;

/**
 * The report reads a fixed number of SQL statements whatever the number of tasks and of bodies with overdue
 * tasks: as of today, as of a past day and as PDF, with N and 10×N tasks, then with 3 and 30 bodies, each counted on
 * the second request after a change (the first builds a past day's snapshots again, a write once per change).
 */
@QuarkusTest
class ReportStatementsTest {

    /** Deadlines in a month no other test uses, so that the report's period holds only these tasks. */
    private static final LocalDate DEADLINE = LocalDate.of(2001, 1, 15);
    private static final String SCOPE = "?from=01/01/2001&to=31/01/2001";

    @Inject
    EntityManagerFactory factory;

    @Test
    void theStatementsOfTheReportDoNotGrowWithTasksOrBodies() {
        WebSession viewer = WebSession.login(TestAccounts.create(AppRole.VIEWER), TestAccounts.PASSWORD);
        List<String> codes = QuarkusTransaction.requiringNew().call(() -> ResponsibleBody.<ResponsibleBody>list("order by id")
                .stream().map(b -> b.code).limit(30).toList());
        assertEquals(30, codes.size());
        String past = OfficeClock.today().minusDays(40).toString();
        List<String> paths = List.of("/reports/progress" + SCOPE, "/reports/progress" + SCOPE + "&asof=" + past,
                "/reports/progress.pdf" + SCOPE + "&asof=" + past, "/reports/progress.pdf" + SCOPE);

        tasks(10, codes.subList(0, 3));
        Map<String, Long> small = statements(viewer, paths);
        tasks(90, codes.subList(0, 3));
        Map<String, Long> tenTimes = statements(viewer, paths);
        tasks(100, codes.subList(3, 30));
        Map<String, Long> thirtyBodies = statements(viewer, paths);

        assertTrue(small.values().stream().allMatch(n -> n > 0), "statements are counted: " + small);
        assertEquals(small, tenTimes, "10 and 100 tasks");
        assertEquals(small, thirtyBodies, "3 and 30 bodies");
        assertTrue(viewer.get("/reports/progress" + SCOPE).asString().contains("Nhiệm vụ thử số 1"), "the lists show the tasks");
    }

    private Map<String, Long> statements(WebSession session, List<String> paths) {
        Statistics statistics = factory.unwrap(SessionFactory.class).getStatistics();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String path : paths) {
            // once untimed: a past day first builds the snapshots the new tasks made stale (in batches of rows, so
            // their statements grow with the rows written); what is counted is the report read from them
            assertEquals(200, session.get(path).statusCode(), path);
            statistics.clear();
            assertEquals(200, session.get(path).statusCode(), path);
            counts.put(path, statistics.getPrepareStatementCount());
        }
        return counts;
    }

    /**
     * Tasks overdue since 2001 shared out over the bodies, given 100 days ago; a third of them started 10 days
     * ago, so that a past day takes those changes back.
     */
    private static void tasks(int count, List<String> bodies) {
        TestTasks.Builder builder = TestTasks.directive("Văn bản đếm câu lệnh");
        for (int i = 0; i < count; i++) {
            builder.task("Nhiệm vụ thử số " + (i + 1), DEADLINE, bodies.get(i % bodies.size()));
        }
        TestTasks.Created created = builder.create();
        Instant given = Instant.now().minus(100, ChronoUnit.DAYS);
        Instant started = Instant.now().minus(10, ChronoUnit.DAYS);
        QuarkusTransaction.requiringNew().run(() -> {
            List<Long> ids = new ArrayList<>(created.taskIds());
            Task.update("createdAt = ?1 where id in ?2", given, ids);
            Assignment.update("taskCreatedAt = ?1 where task.id in ?2", given, ids);
            for (Assignment a : Assignment.<Assignment>list("task.id in ?1 order by id", ids)) {
                if (a.id % 3 == 0) {
                    StatusChange change = new StatusChange();
                    change.assignment = a;
                    change.changedAt = started;
                    change.changedBy = "test";
                    change.fromStatus = Status.NOT_STARTED;
                    change.toStatus = Status.IN_PROGRESS;
                    change.persist();
                    a.status = Status.IN_PROGRESS;
                }
            }
            AssignmentTally.refreshDirective(created.directiveId());
        });
    }
}
