package vn.dondoc.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import vn.dondoc.body.ResponsibleBody;
import vn.dondoc.task.Assignment;
import vn.dondoc.task.Role;
import vn.dondoc.task.Status;
import vn.dondoc.task.StatusChange;
import vn.dondoc.task.Task;
import vn.dondoc.web.OfficeClock;

/** Assignments with random status changes on past days, written as the application writes them; in a transaction. */
final class RandomHistory {

    private RandomHistory() {
    }

    /** A new assignment of the task to the body, not started, with up to {@code steps} changes since the task was created. */
    static Assignment assign(Task task, String bodyCode, int steps, Random random) {
        Assignment assignment = new Assignment();
        assignment.task = task;
        assignment.body = ResponsibleBody.findByCode(bodyCode).orElseThrow();
        assignment.role = Role.LEAD;
        assignment.status = Status.NOT_STARTED;
        assignment.updatedAt = task.createdAt;
        assignment.persist();
        LocalDate created = task.createdAt.atZone(OfficeClock.ZONE).toLocalDate();
        changes(assignment, (int) java.time.temporal.ChronoUnit.DAYS.between(created, OfficeClock.today()), steps, random);
        return assignment;
    }

    /** Up to {@code steps} changes of random status on days between {@code sinceDaysAgo} and today, each later than the one before. */
    static void changes(Assignment assignment, int sinceDaysAgo, int steps, Random random) {
        LocalDate today = OfficeClock.today();
        int daysAgo = sinceDaysAgo;
        for (int step = steps; step > 0 && daysAgo > 0; step--) {
            daysAgo = random.nextInt(daysAgo);
            Status next = Status.values()[random.nextInt(Status.values().length)];
            if (next == assignment.status) {
                continue;
            }
            StatusChange change = new StatusChange();
            change.assignment = assignment;
            change.changedAt = at(daysAgo, 10 + step);
            change.changedBy = "test";
            change.fromStatus = assignment.status;
            change.toStatus = next;
            change.persist();
            // As the application does: a confirmed result keeps the day it was reported.
            boolean confirmed = next == Status.DONE && assignment.status == Status.REPORTED;
            assignment.doneOn = next.open() ? null : confirmed ? assignment.doneOn : today.minusDays(daysAgo);
            assignment.status = next;
        }
    }

    /** The given hour in Hà Nội, the given number of days ago. */
    static Instant at(int daysAgo, int hour) {
        return OfficeClock.today().minusDays(daysAgo).atTime(hour, 0).atZone(OfficeClock.ZONE).toInstant();
    }
}
