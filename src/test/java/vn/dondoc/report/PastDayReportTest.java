package vn.dondoc.report;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.dondoc.account.TestAccounts;
import vn.dondoc.body.ResponsibleBody;
import vn.dondoc.body.TestBodies;
import vn.dondoc.task.Assignment;
import vn.dondoc.task.AssignmentTally;
import vn.dondoc.task.BodyMerger;
import vn.dondoc.task.Correction;
import vn.dondoc.task.DeadlineKind;
import vn.dondoc.task.ProgressCounts;
import vn.dondoc.task.Role;
import vn.dondoc.task.Status;
import vn.dondoc.task.StatusChange;
import vn.dondoc.task.Task;
import vn.dondoc.task.TaskChange;
import vn.dondoc.task.TaskCorrections;
import vn.dondoc.web.AppRole;
import vn.dondoc.web.FieldErrors;
import vn.dondoc.web.OfficeClock;
import vn.dondoc.web.WebSession;

/**
 * Reports for past days, which start from the monthly snapshots of the tally, against each assignment's state
 * worked out from its whole history: on every fourth day of eight months, before and after the past is rewritten
 * (a correction of a deadline and of the owners, a merge of bodies, an approved extension, done work reopened,
 * a task removed); and the statements of a past day's report, which stay the same as history grows.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PastDayReportTest {

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private final LocalDate today = OfficeClock.today();
    private final List<String> bodies = new ArrayList<>();
    private final List<Long> bodyIds = new ArrayList<>();
    private long directiveId;

    @Inject
    TaskCorrections corrections;
    @Inject
    BodyMerger merger;
    @Inject
    EntityManagerFactory factory;

    @BeforeAll
    void createTasks() {
        for (int i = 0; i < 4; i++) {
            bodies.add(TestBodies.create("Ban ảnh chụp " + i));
        }
        Random random = new Random(13);
        QuarkusTransaction.requiringNew().run(
                () -> bodies.forEach(code -> bodyIds.add(ResponsibleBody.findByCode(code).orElseThrow().id)));
        directiveId = RandomHistory.directive("Kết luận ảnh chụp số liệu", "Nhiệm vụ ảnh chụp ", 150, random, bodies,
                r -> r.nextInt(15) == 0 ? null : today.plusDays(r.nextInt(300) - 230), 250, 6);
    }

    @Test
    void pastDaysMatchTheWholeHistoryBeforeAndAfterThePastIsRewritten() {
        compareEveryFourthDay();
        long months = QuarkusTransaction.requiringNew().call(() -> ((Number) Task.getEntityManager()
                .createNativeQuery("select count(distinct at_month) from tally_snapshot_body where body_id in (:ids)")
                .setParameter("ids", bodyIds).getSingleResult()).longValue());
        assertTrue(months >= 8, "the reports built the snapshots of the months they start from: " + months);

        // A status change made now keeps the snapshots of its body.
        String clerk = TestAccounts.create(AppRole.CLERK);
        Assignment open = QuarkusTransaction.requiringNew().call(() -> Assignment.<Assignment>find(
                "directiveId = ?1 and status = ?2 and body.id = ?3 order by id", directiveId, Status.IN_PROGRESS, bodyIds.get(2)).firstResult());
        long kept = snapshotMarks(bodyIds.get(2));
        assertTrue(kept > 0, "the body has snapshots to keep");
        setStatus(clerk, open, Status.NOT_STARTED);
        assertEquals(kept, snapshotMarks(bodyIds.get(2)), "a change made now leaves the past as it was");

        // Done work reopened: its earlier done day now comes from its history.
        Assignment done = QuarkusTransaction.requiringNew().call(() -> Assignment.<Assignment>find(
                "directiveId = ?1 and status = ?2 and body.id = ?3 order by id", directiveId, Status.DONE, bodyIds.get(3)).firstResult());
        assertTrue(snapshotMarks(bodyIds.get(3)) > 0, "the body has snapshots to forget");
        setStatus(clerk, done, Status.IN_PROGRESS);
        assertEquals(0, snapshotMarks(bodyIds.get(3)), "reopening done work forgets its body's snapshots");

        compareEveryFourthDay();

        // A deadline corrected and an owner added, on tasks created months ago.
        List<Task> old = QuarkusTransaction.requiringNew().call(() -> Task.<Task>list(
                "directive.id = ?1 and createdAt < ?2 and deadline is not null order by id", directiveId, RandomHistory.at(120, 0)));
        Task moved = old.get(0);
        Correction c = corrections.correct(moved.id, new TaskChange(moved.version, null, null, DeadlineKind.DATE, true,
                moved.deadline.minusDays(70), null, null), new FieldErrors(), "test");
        assertEquals(Correction.SAVED, c);
        Task widened = old.get(1);
        List<TaskChange.Owner> owners = QuarkusTransaction.requiringNew().call(() -> {
            List<TaskChange.Owner> list = new ArrayList<>();
            Task.<Task>findById(widened.id).assignments.forEach(a -> list.add(new TaskChange.Owner(a.body.code, a.role)));
            return list;
        });
        String added = bodies.stream().filter(b -> owners.stream().noneMatch(o -> o.code().equals(b))).findFirst().orElseThrow();
        owners.add(new TaskChange.Owner(added, Role.SUPPORT));
        assertEquals(Correction.SAVED, corrections.correct(widened.id, new TaskChange(
                QuarkusTransaction.requiringNew().call(() -> Task.<Task>findById(widened.id).version), null, null, null, false, null,
                null, owners), new FieldErrors(), "test"));
        // A task removed.
        Task removed = old.get(2);
        assertEquals(Correction.SAVED, corrections.remove(removed.id, null, "Trùng lặp", "test"));

        // An extension approved after the deadline passed.
        long[] late = QuarkusTransaction.requiringNew().call(() -> {
            Assignment a = Assignment.<Assignment>find("directiveId = ?1 and withdrawn = false and status in ?2 and deadline < ?3 and task.createdAt < ?4"
                    + " order by id", directiveId, List.of(Status.NOT_STARTED, Status.IN_PROGRESS), today.minusDays(40), RandomHistory.at(100, 0)).firstResult();
            return new long[] {a.task.id, a.id};
        });
        WebSession clerkSession = WebSession.login(clerk, TestAccounts.PASSWORD);
        String form = "/tasks/" + late[0] + "/assignments/" + late[1] + "/deadline-request";
        clerkSession.postForm(form, form, Map.of("deadline", DMY.format(today.plusDays(30)), "reason", "Thay mặt cơ quan"))
                .then().statusCode(303);
        long request = QuarkusTransaction.requiringNew().call(() -> ((Number) Task.getEntityManager().createNativeQuery(
                "select max(id) from deadline_request where assignment_id = :a").setParameter("a", late[1]).getSingleResult()).longValue());
        clerkSession.postForm("/deadline-requests", "/deadline-requests/" + request + "/approve", Map.of("reason", "")).then().statusCode(303);
        assertEquals(today.plusDays(30), QuarkusTransaction.requiringNew().call(() -> Assignment.<Assignment>findById(late[1]).deadline));

        // The first body merged into the second: its open work moves, or joins the second's on the same task.
        compareEveryFourthDay();
        assertTrue(snapshotMarks(bodyIds.get(0)) > 0, "the body has snapshots to forget");
        QuarkusTransaction.requiringNew().run(() -> merger.merge(ResponsibleBody.findById(bodyIds.get(0)),
                ResponsibleBody.findById(bodyIds.get(1)), today, "test"));
        assertEquals(0, snapshotMarks(bodyIds.get(0)), "a merge forgets both bodies' snapshots");

        compareEveryFourthDay();
    }

    @Test
    void theStatementsOfAPastDayDoNotGrowWithHistory() {
        WebSession viewer = WebSession.login(TestAccounts.create(AppRole.VIEWER), TestAccounts.PASSWORD);
        String path = "/reports/progress?asof=" + today.minusDays(100);
        viewer.get(path).then().statusCode(200);
        long before = statements(viewer, path);
        // Three times as many changes, over the same months.
        Random random = new Random(5);
        QuarkusTransaction.requiringNew().run(() -> {
            for (Assignment a : Assignment.<Assignment>list("directiveId = ?1 order by id", directiveId)) {
                int created = (int) java.time.temporal.ChronoUnit.DAYS.between(a.task.createdAt.atZone(OfficeClock.ZONE).toLocalDate(), today);
                Instant last = StatusChange.<StatusChange>find("assignment = ?1 order by changedAt desc", a).firstResultOptional()
                        .map(s -> s.changedAt).orElse(null);
                int since = last == null ? created : (int) java.time.temporal.ChronoUnit.DAYS.between(last.atZone(OfficeClock.ZONE).toLocalDate(), today);
                RandomHistory.changes(a, since, 8, random);
            }
            AssignmentTally.refreshDirective(directiveId);
        });
        viewer.get(path).then().statusCode(200);
        assertEquals(before, statements(viewer, path), "statements of " + path);
        assertTrue(before > 0);
    }

    private long statements(WebSession session, String path) {
        Statistics statistics = factory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        session.get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }

    private static void setStatus(String clerk, Assignment a, Status status) {
        given().auth().preemptive().basic(clerk, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("status", status.name(), "version", a.version))
                .post("/api/tasks/" + QuarkusTransaction.requiringNew().call(() -> Assignment.<Assignment>findById(a.id).task.id)
                        + "/assignments/" + a.id + "/status")
                .then().statusCode(200);
    }

    private static long snapshotMarks(long bodyId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Task.getEntityManager()
                .createNativeQuery("select count(*) from tally_snapshot_body where body_id = :b").setParameter("b", bodyId)
                .getSingleResult()).longValue());
    }

    private void compareEveryFourthDay() {
        List<Then> all = QuarkusTransaction.requiringNew().call(this::history);
        List<ReportScope> scopes = List.of(ReportScope.ALL, new ReportScope(null, today.minusDays(150), today.minusDays(20)),
                new ReportScope(null, null, today.withDayOfMonth(1).minusMonths(3).minusDays(1)), new ReportScope(directiveId, null, null));
        int compared = 0;
        for (int back = 1; back <= 240; back += 4) {
            LocalDate day = today.minusDays(back);
            for (ReportScope scope : scopes) {
                Map<Long, ProgressCounts> expected = plainCounts(all, scope, day);
                Map<Long, ProgressCounts> actual = new TreeMap<>();
                QuarkusTransaction.requiringNew().call(() -> ProgressFigures.countsByBody(scope, day)).forEach((body, c) -> {
                    if (bodyIds.contains(body) && !c.equals(ProgressCounts.NONE)) {
                        actual.put(body, c);
                    }
                });
                assertEquals(expected, actual, scope + " on " + day);
                compared += expected.isEmpty() ? 0 : 1;
            }
            if (back % 20 == 1) {
                compareOverdue(all, day);
            }
        }
        assertTrue(compared > 150, "the tasks fall in nearly every scope and day: " + compared);
    }

    private void compareOverdue(List<Then> all, LocalDate day) {
        Map<Long, List<LocalDate>> expected = new TreeMap<>();
        for (Then then : all) {
            if (then.createdAt.isBefore(end(day))) {
                Then at = then.at(end(day));
                if (at.status.open() && at.deadline != null && at.deadline.isBefore(day)) {
                    expected.computeIfAbsent(at.bodyId, b -> new ArrayList<>()).add(at.deadline);
                }
            }
        }
        expected.values().forEach(list -> list.sort(Comparator.naturalOrder()));
        Map<Long, Long> counts = new TreeMap<>();
        expected.forEach((body, deadlines) -> counts.put(body, (long) deadlines.size()));
        Map<Long, List<LocalDate>> listed = new TreeMap<>();
        for (ProgressFigures.OverdueRow row : QuarkusTransaction.requiringNew().call(() -> ProgressFigures.overdue(ReportScope.ALL, day, 4, counts))) {
            listed.computeIfAbsent(row.bodyId(), b -> new ArrayList<>()).add(row.deadline());
        }
        Map<Long, List<LocalDate>> firstFour = new TreeMap<>();
        expected.forEach((body, deadlines) -> firstFour.put(body, deadlines.subList(0, Math.min(4, deadlines.size()))));
        assertEquals(firstFour, listed, "the four earliest deadlines of each body on " + day);
    }

    /** An assignment as it is now with its whole history, oldest change first. */
    private record Then(long bodyId, long directiveId, Instant createdAt, LocalDate deadline, Status status, LocalDate doneOn,
            List<StatusChange> changes) {

        /** As it was at {@code end}: before its first change since, else as it is. */
        Then at(Instant end) {
            StatusChange firstLater = changes.stream().filter(c -> !c.changedAt.isBefore(end)).findFirst().orElse(null);
            if (firstLater == null) {
                return this;
            }
            LocalDate doneThen = null;
            for (StatusChange c : changes) {
                if (c.changedAt.isBefore(end) && !c.toStatus.open() && c.fromStatus.open()) {
                    doneThen = c.changedAt.atZone(OfficeClock.ZONE).toLocalDate();
                }
            }
            return new Then(bodyId, directiveId, createdAt, deadline, firstLater.fromStatus,
                    firstLater.fromStatus == Status.DONE ? doneThen : null, changes);
        }
    }

    /** The test bodies' assignments counted in reports, with their histories. */
    private List<Then> history() {
        List<Then> all = new ArrayList<>();
        for (Assignment a : Assignment.<Assignment>list("select a from Assignment a join fetch a.task t where a.body.id in ?1"
                + " and a.withdrawn = false", bodyIds)) {
            List<StatusChange> changes = StatusChange.list("assignment = ?1 order by changedAt, id", a);
            all.add(new Then(a.body.id, a.directiveId, a.task.createdAt, a.deadline, a.status, a.doneOn, changes));
        }
        return all;
    }

    private static Map<Long, ProgressCounts> plainCounts(List<Then> all, ReportScope scope, LocalDate day) {
        Map<Long, ProgressCounts> counts = new TreeMap<>();
        for (Then now : all) {
            boolean inScope = (scope.directiveId() == null || scope.directiveId() == now.directiveId)
                    && (scope.deadlineFrom() == null || now.deadline != null && !now.deadline.isBefore(scope.deadlineFrom()))
                    && (scope.deadlineTo() == null || now.deadline != null && !now.deadline.isAfter(scope.deadlineTo()));
            if (inScope && now.createdAt.isBefore(end(day))) {
                Then then = now.at(end(day));
                counts.merge(then.bodyId, ProgressCounts.of(then.status, then.doneOn, then.deadline, day), ProgressCounts::plus);
            }
        }
        return counts;
    }

    private static Instant end(LocalDate day) {
        return day.plusDays(1).atStartOfDay(OfficeClock.ZONE).toInstant();
    }
}
