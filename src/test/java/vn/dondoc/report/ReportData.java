package vn.dondoc.report;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.dondoc.body.TestBodies;
import vn.dondoc.directive.Directive;
import vn.dondoc.task.Assignment;
import vn.dondoc.task.AssignmentTally;
import vn.dondoc.task.DeadlineKind;
import vn.dondoc.task.Role;
import vn.dondoc.task.Status;
import vn.dondoc.task.StatusChange;
import vn.dondoc.task.Task;
import vn.dondoc.task.TestTasks;
import vn.dondoc.web.OfficeClock;

/**
 * A directive of its own with tasks in every group of the report, relative to today (T):
 * <pre>
 * A  UBKTTW  deadline T-10  DONE on T-12                      on time (today and at T-8)
 * B  UBKTTW  deadline T-20  IN_PROGRESS T-30, DONE on T-5     late today; overdue at T-8
 * C  UBKTTW  deadline T+30  IN_PROGRESS T-15                  within
 * D  UBKTTW  deadline T-3   no change                         overdue and not started today; within at T-8
 * E  BTGTW   deadline T-40  IN_PROGRESS T-50                  overdue
 * F  BDVTW   no deadline    no change                         within, not started
 * G  BTCTW   deadline T+5   created T-1                       within, not started today; absent at T-8
 * </pre>
 */
final class ReportData {

    final LocalDate today = OfficeClock.today();
    final String tag = UUID.randomUUID().toString().substring(0, 8);
    long directiveId;
    long taskD;

    /** A directive whose title and whose body's name would run as spreadsheet formulas, and its one task. */
    record Formulas(long directiveId, String title, String bodyName, String taskText) {

        static final String FORMULA = "=HYPERLINK(\"http://x\",\"y\")";

        static Formulas create() {
            String bodyCode = TestBodies.create(FORMULA + " Ban");
            String text = "@SUM(1+1) nhiệm vụ " + UUID.randomUUID();
            TestTasks.One created = TestTasks.one(bodyCode, text, OfficeClock.today().plusDays(3), Role.LEAD, Status.NOT_STARTED);
            String title = FORMULA + " " + UUID.randomUUID();
            QuarkusTransaction.requiringNew().run(() -> Directive.<Directive>findById(created.directiveId()).title = title);
            return new Formulas(created.directiveId(), title, TestBodies.nameOf(bodyCode), text);
        }
    }

    static ReportData create() {
        ReportData data = new ReportData();
        QuarkusTransaction.requiringNew().run(data::insert);
        return data;
    }

    private void insert() {
        Directive directive = new Directive();
        directive.title = "Kết luận kiểm tra báo cáo " + tag;
        directive.originalText = "Nội dung " + tag;
        directive.contentHash = Directive.hashOf("report-test-" + tag);
        directive.importedAt = Instant.now();
        directive.persist();
        directiveId = directive.id;

        Assignment a = task(directive, 1, "Nhiệm vụ A đúng hạn " + tag, today.minusDays(10), 100, "UBKTTW");
        change(a, Status.NOT_STARTED, Status.DONE, 12);
        Assignment b = task(directive, 2, "Nhiệm vụ B hoàn thành muộn " + tag, today.minusDays(20), 100, "UBKTTW");
        change(b, Status.NOT_STARTED, Status.IN_PROGRESS, 30);
        change(b, Status.IN_PROGRESS, Status.DONE, 5);
        Assignment c = task(directive, 3, "Nhiệm vụ C trong hạn " + tag, today.plusDays(30), 100, "UBKTTW");
        change(c, Status.NOT_STARTED, Status.IN_PROGRESS, 15);
        Assignment d = task(directive, 4, "Nhiệm vụ D quá hạn chưa làm " + tag, today.minusDays(3), 100, "UBKTTW");
        taskD = d.task.id;
        Assignment e = task(directive, 5, "Nhiệm vụ E quá hạn đang làm " + tag, today.minusDays(40), 100, "BTGTW");
        change(e, Status.NOT_STARTED, Status.IN_PROGRESS, 50);
        task(directive, 6, "Nhiệm vụ F không hạn " + tag, null, 100, "BDVTW");
        task(directive, 7, "Nhiệm vụ G mới giao " + tag, today.plusDays(5), 1, "BTCTW");
        AssignmentTally.refreshDirective(directiveId);
    }

    private Assignment task(Directive directive, int position, String text, LocalDate deadline, int createdDaysAgo,
            String bodyCode) {
        Task task = new Task();
        task.directive = directive;
        task.position = position;
        task.text = text;
        task.deadline = deadline;
        task.deadlineKind = deadline == null ? DeadlineKind.NONE : DeadlineKind.DATE;
        task.createdAt = at(createdDaysAgo);
        task.persist();
        return RandomHistory.assign(task, bodyCode, 0, null);
    }

    private void change(Assignment assignment, Status from, Status to, int daysAgo) {
        StatusChange change = new StatusChange();
        change.assignment = assignment;
        change.changedAt = at(daysAgo);
        change.changedBy = "test";
        change.fromStatus = from;
        change.toStatus = to;
        change.persist();
        assignment.status = to;
        assignment.doneOn = to == Status.DONE ? today.minusDays(daysAgo) : null;
    }

    /** Mid-morning in Hà Nội, the given number of days ago. */
    private Instant at(int daysAgo) {
        return today.minusDays(daysAgo).atTime(10, 0).atZone(OfficeClock.ZONE).toInstant();
    }

    String query() {
        return "?directive=" + directiveId;
    }
}
