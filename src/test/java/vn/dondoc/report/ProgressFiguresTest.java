package vn.dondoc.report;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.dondoc.account.TestAccounts;
import vn.dondoc.task.Assignment;
import vn.dondoc.task.AssignmentTally;
import vn.dondoc.task.ProgressCounts;
import vn.dondoc.task.Status;
import vn.dondoc.task.StatusChange;
import vn.dondoc.task.Task;
import vn.dondoc.web.AppRole;
import vn.dondoc.web.OfficeClock;

/**
 * The report's figures, which read the tally and take the changes back to past days, against a plain count of
 * every assignment and its whole history, on random tasks whose deadlines and changes cross several months.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgressFiguresTest {

    private static final List<String> BODIES = List.of("UBKTTW", "BTGTW", "BTCTW", "BDVTW", "BNCTW");
    private final LocalDate today = OfficeClock.today();
    private long directiveId;

    @BeforeAll
    void createTasks() {
        Random random = new Random(7);
        directiveId = RandomHistory.directive("Kết luận kiểm tra số liệu", "Nhiệm vụ kiểm tra số liệu ", 160, random, BODIES,
                r -> r.nextInt(12) == 0 ? null : today.plusDays(r.nextInt(200) - 140), 150, 5);
    }

    @Test
    void countsMatchAPlainCountOnEveryDayAndScope() {
        List<ReportScope> scopes = List.of(
                new ReportScope(directiveId, null, null),
                new ReportScope(directiveId, today.minusDays(75), today.plusDays(20)),
                new ReportScope(directiveId, today.withDayOfMonth(1).minusMonths(2), today.withDayOfMonth(1).minusDays(1)),
                new ReportScope(directiveId, null, today.minusDays(3)),
                new ReportScope(directiveId, today, null),
                ReportScope.ALL);
        List<LocalDate> days = List.of(today, today.minusDays(1), today.withDayOfMonth(1), today.minusDays(17),
                today.minusDays(45), today.minusDays(100), today.minusDays(200));
        int nonEmpty = 0;
        for (ReportScope scope : scopes) {
            for (LocalDate day : days) {
                Map<Long, ProgressCounts> expected = QuarkusTransaction.requiringNew().call(() -> plainCounts(scope, day));
                Map<Long, ProgressCounts> actual = new TreeMap<>();
                QuarkusTransaction.requiringNew().call(() -> ProgressFigures.countsByBody(scope, day)).forEach((body, c) -> {
                    if (!c.equals(ProgressCounts.NONE)) {
                        actual.put(body, c);
                    }
                });
                assertEquals(expected, actual, scope + " on " + day);
                nonEmpty += expected.isEmpty() ? 0 : 1;
            }
        }
        assertTrue(nonEmpty >= 35, "the data set puts tasks in nearly every scope and day: " + nonEmpty);
    }

    @Test
    void theBodiesPagesCountsMatchAPlainCount() {
        // The bodies' pages count current statuses, so only today and later days compare with the plain count.
        for (LocalDate day : List.of(today, today.plusMonths(1).withDayOfMonth(1), today.plusMonths(1).withDayOfMonth(15))) {
            Map<Long, ProgressCounts> expected = QuarkusTransaction.requiringNew().call(() -> plainCounts(ReportScope.ALL, day));
            Map<Long, ProgressCounts> counted = new TreeMap<>(QuarkusTransaction.requiringNew().call(() -> Assignment.countsByBody(day)));
            counted.values().removeIf(c -> c.total() == 0);
            assertEquals(expected, counted, "on " + day);
        }
    }

    @Test
    void overdueListsHoldTheLongestOverdueOfEachBody() {
        // Over all directives today, each body's list is merged from a branch per open status.
        for (ReportScope scope : List.of(new ReportScope(directiveId, null, null), ReportScope.ALL)) {
            overdueListsHoldTheLongestOverdue(scope);
        }
    }

    private void overdueListsHoldTheLongestOverdue(ReportScope scope) {
        for (LocalDate day : List.of(today, today.minusDays(30), today.minusDays(90))) {
            Map<Long, List<LocalDate>> expected = QuarkusTransaction.requiringNew().call(() -> plainOverdue(scope, day));
            Map<Long, Long> counts = new HashMap<>();
            expected.forEach((body, deadlines) -> counts.put(body, (long) deadlines.size()));
            List<ProgressFigures.OverdueRow> rows = QuarkusTransaction.requiringNew()
                    .call(() -> ProgressFigures.overdue(scope, day, 3, counts));
            Map<Long, List<LocalDate>> listed = new TreeMap<>();
            for (ProgressFigures.OverdueRow row : rows) {
                listed.computeIfAbsent(row.bodyId(), b -> new ArrayList<>()).add(row.deadline());
                assertTrue(row.deadline().isBefore(day), "overdue on " + day + ": " + row);
                assertTrue(row.status().open(), "still open on " + day + ": " + row);
            }
            Map<Long, List<LocalDate>> firstThree = new TreeMap<>();
            expected.forEach((body, deadlines) -> firstThree.put(body, deadlines.subList(0, Math.min(3, deadlines.size()))));
            firstThree.values().removeIf(List::isEmpty);
            assertEquals(firstThree, listed, "the three earliest deadlines of each body on " + day);
            assertTrue(!listed.isEmpty(), "some bodies have overdue tasks on " + day);
        }
    }

    @Test
    void tallyEqualsARecountAfterUpdates() {
        String clerk = TestAccounts.create(AppRole.CLERK);
        List<Assignment> some = QuarkusTransaction.requiringNew().call(() -> Assignment.<Assignment>list(
                "select a from Assignment a join fetch a.task where a.directiveId = ?1 order by a.id", directiveId).subList(0, 6));
        for (Assignment a : some) {
            Status next = a.status == Status.DONE ? Status.IN_PROGRESS : Status.DONE;
            given().auth().preemptive().basic(clerk, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                    .body(Map.of("status", next.name(), "version", a.version))
                    .post("/api/tasks/" + a.task.id + "/assignments/" + a.id + "/status")
                    .then().statusCode(200);
        }
        List<Object[]> kept = QuarkusTransaction.requiringNew().call(ProgressFiguresTest::tallyRows);
        QuarkusTransaction.requiringNew().run(AssignmentTally::rebuild);
        List<Object[]> recounted = QuarkusTransaction.requiringNew().call(ProgressFiguresTest::tallyRows);
        assertEquals(recounted.size(), kept.size());
        for (int i = 0; i < kept.size(); i++) {
            assertEquals(List.of(recounted.get(i)), List.of(kept.get(i)));
        }
        assertTrue(kept.size() > 20, "the tally has rows: " + kept.size());
    }

    private static List<Object[]> tallyRows() {
        List<?> rows = Assignment.getEntityManager().createNativeQuery("select directive_id, body_id, deadline_month, state, n"
                + " from progress_tally order by directive_id, body_id, deadline_month, state").getResultList();
        return rows.stream().map(r -> (Object[]) r).toList();
    }

    /** Every assignment in scope of a task in force, its state on the day worked out from its whole history. */
    private Map<Long, ProgressCounts> plainCounts(ReportScope scope, LocalDate day) {
        Map<Long, ProgressCounts> counts = new TreeMap<>();
        for (Then then : states(scope, day)) {
            counts.merge(then.bodyId, ProgressCounts.of(then.status, then.doneOn, then.deadline, day), ProgressCounts::plus);
        }
        return counts;
    }

    private Map<Long, List<LocalDate>> plainOverdue(ReportScope scope, LocalDate day) {
        Map<Long, List<LocalDate>> overdue = new TreeMap<>();
        for (Then then : states(scope, day)) {
            if (then.status.open() && then.deadline != null && then.deadline.isBefore(day)) {
                overdue.computeIfAbsent(then.bodyId, b -> new ArrayList<>()).add(then.deadline);
            }
        }
        overdue.values().forEach(list -> list.sort(Comparator.naturalOrder()));
        return overdue;
    }

    private record Then(long bodyId, LocalDate deadline, Status status, LocalDate doneOn) {
    }

    private List<Then> states(ReportScope scope, LocalDate day) {
        Instant end = day.plusDays(1).atStartOfDay(OfficeClock.ZONE).toInstant();
        List<Then> states = new ArrayList<>();
        Map<Long, List<StatusChange>> history = StatusChange.<StatusChange>list("order by changedAt, id").stream()
                .collect(Collectors.groupingBy(c -> c.assignment.id));
        for (Assignment a : Assignment.<Assignment>list("select a from Assignment a join fetch a.task t join fetch t.directive")) {
            Task task = a.task;
            // The assignment's deadline: an approved extension moves it, not the task's.
            boolean inScope = (scope.directiveId() == null || scope.directiveId().equals(task.directive.id))
                    && (scope.deadlineFrom() == null || a.deadline != null && !a.deadline.isBefore(scope.deadlineFrom()))
                    && (scope.deadlineTo() == null || a.deadline != null && !a.deadline.isAfter(scope.deadlineTo()));
            // A removed task or a withdrawn directive counts nowhere, whatever day the report is of.
            if (!inScope || !task.createdAt.isBefore(end) || !task.isInForce()) {
                continue;
            }
            List<StatusChange> changes = history.getOrDefault(a.id, List.of());
            Status status = a.status;
            LocalDate doneOn = a.doneOn;
            StatusChange firstLater = changes.stream().filter(c -> !c.changedAt.isBefore(end)).findFirst().orElse(null);
            if (firstLater != null) {
                status = firstLater.fromStatus;
                doneOn = null;
                for (StatusChange c : changes) {
                    if (c.changedAt.isBefore(end) && !c.toStatus.open() && c.fromStatus.open()) {
                        doneOn = c.changedAt.atZone(OfficeClock.ZONE).toLocalDate();
                    }
                }
                doneOn = status.open() ? null : doneOn;
            }
            states.add(new Then(a.body.id, a.deadline, status, doneOn));
        }
        return states;
    }
}
