package vn.dondoc.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.dondoc.body.ResponsibleBody;
import vn.dondoc.body.TestBodies;
import vn.dondoc.web.OfficeClock;

/**
 * The tally on its own, in a transaction each test rolls back: each body's assignments by status, done split by the
 * deadline, and the unfinished overdue on a given day, both from past months and within the day's own month.
 */
@QuarkusTest
class AssignmentTallyTest {

    private final LocalDate today = OfficeClock.today();

    private static long idOf(String code) {
        return QuarkusTransaction.requiringNew().call(() -> ResponsibleBody.findByCode(code).orElseThrow().id);
    }

    @Test
    @TestTransaction
    void countsABodysAssignmentsByStatusAndDeadline() {
        String body = TestBodies.create("Ban kiểm đếm");
        LocalDate lastMonth = today.withDayOfMonth(1).minusDays(3);
        TestTasks.directive("Kết luận kiểm đếm")
                .task("Việc quá hạn từ tháng trước", lastMonth, body)
                .task("Việc đang làm, hạn tháng trước", lastMonth, body).status(1, body, Status.IN_PROGRESS)
                .task("Việc xong đúng hạn", today.plusDays(2), body).done(2, body, today)
                .task("Việc xong muộn", lastMonth, body).done(3, body, today)
                .task("Việc đã báo cáo", today.plusDays(20), body).status(4, body, Status.REPORTED)
                .task("Việc không hạn", null, body)
                .save();
        long id = idOf(body);

        ProgressCounts now = AssignmentTally.countsByBody(id, today).get(id);
        assertEquals(new ProgressCounts(6, 1, 1, 1, 2, 2, 1), now);

        ProgressCounts before = AssignmentTally.countsByBody(id, lastMonth.minusDays(1)).get(id);
        assertEquals(0, before.overdue(), "nothing was overdue before its deadline");
        assertEquals(now.total(), before.total());
    }

    @Test
    @TestTransaction
    void aDeadlinePassedEarlierThisMonthIsOverdueAndOneLaterThisMonthIsNot() {
        String body = TestBodies.create("Ban trong tháng");
        LocalDate day = today.withDayOfMonth(15);
        TestTasks.directive("Kết luận trong tháng")
                .task("Hạn đầu tháng", day.withDayOfMonth(2), body)
                .task("Hạn ngay hôm đó", day, body)
                .task("Hạn cuối tháng", day.withDayOfMonth(day.lengthOfMonth()), body)
                .save();
        long id = idOf(body);
        assertEquals(1, AssignmentTally.countsByBody(id, day).get(id).overdue());
        assertEquals(3, AssignmentTally.countsByBody(id, day.plusMonths(1)).get(id).overdue());
    }
}
