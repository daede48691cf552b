package vn.dondoc.report;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.dondoc.body.TestBodies;
import vn.dondoc.directive.Directive;
import vn.dondoc.task.Assignment;
import vn.dondoc.task.AssignmentTally;
import vn.dondoc.task.Role;
import vn.dondoc.task.Status;
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
        data.insert();
        return data;
    }

    private void insert() {
        TestTasks.Created created = TestTasks.directive("Kết luận kiểm tra báo cáo " + tag)
                .task("Nhiệm vụ A đúng hạn " + tag, today.minusDays(10), "UBKTTW").created(daysAgo(100))
                .task("Nhiệm vụ B hoàn thành muộn " + tag, today.minusDays(20), "UBKTTW").created(daysAgo(100))
                .task("Nhiệm vụ C trong hạn " + tag, today.plusDays(30), "UBKTTW").created(daysAgo(100))
                .task("Nhiệm vụ D quá hạn chưa làm " + tag, today.minusDays(3), "UBKTTW").created(daysAgo(100))
                .task("Nhiệm vụ E quá hạn đang làm " + tag, today.minusDays(40), "BTGTW").created(daysAgo(100))
                .task("Nhiệm vụ F không hạn " + tag, null, "BDVTW").created(daysAgo(100))
                .task("Nhiệm vụ G mới giao " + tag, today.plusDays(5), "BTCTW").created(daysAgo(1))
                .create();
        directiveId = created.directiveId();
        taskD = created.taskId(3);
        QuarkusTransaction.requiringNew().run(() -> {
            change(created.assignmentId(0, "UBKTTW"), Status.DONE, 12);
            change(created.assignmentId(1, "UBKTTW"), Status.IN_PROGRESS, 30);
            change(created.assignmentId(1, "UBKTTW"), Status.DONE, 5);
            change(created.assignmentId(2, "UBKTTW"), Status.IN_PROGRESS, 15);
            change(created.assignmentId(4, "BTGTW"), Status.IN_PROGRESS, 50);
            AssignmentTally.refreshDirective(directiveId);
        });
    }

    private static void change(long assignmentId, Status to, int daysAgo) {
        RandomHistory.change(Assignment.findById(assignmentId), to, daysAgo, 10);
    }

    /** Mid-morning in Hà Nội, the given number of days ago. */
    private static Instant daysAgo(int days) {
        return RandomHistory.at(days, 10);
    }

    String query() {
        return "?directive=" + directiveId;
    }
}
