package vn.dondoc.report;

import java.time.Instant;
import java.time.LocalDate;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import vn.dondoc.task.Assignment;
import vn.dondoc.task.AssignmentTally;
import vn.dondoc.task.Role;
import vn.dondoc.task.Status;
import vn.dondoc.task.StatusChange;
import vn.dondoc.task.TestTasks;
import vn.dondoc.web.OfficeClock;

/** Assignments with random status changes on past days, written as the application writes them; in a transaction. */
final class RandomHistory {

    private RandomHistory() {
    }

    /**
     * A directive of its own with {@code count} tasks (through {@link TestTasks}), each made up to {@code createdWithin}
     * days ago with the deadline {@code deadline} draws, given to one or two of the bodies (all leading), and each
     * assignment with up to {@code steps - 1} random changes since its task was made; committed. Returns its id.
     */
    static long directive(String title, String text, int count, Random random, List<String> bodies,
            Function<Random, LocalDate> deadline, int createdWithin, int steps) {
        TestTasks.Builder builder = TestTasks.directive(title);
        int[] createdDaysAgo = new int[count];
        List<List<String>> owners = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate due = deadline.apply(random);
            createdDaysAgo[i] = random.nextInt(createdWithin);
            int first = random.nextInt(bodies.size());
            List<String> codes = new ArrayList<>();
            for (int o = 0; o < 1 + random.nextInt(2); o++) {
                codes.add(bodies.get((first + o) % bodies.size()));
            }
            owners.add(codes);
            builder.task(text + i, due, codes.toArray(String[]::new)).created(at(createdDaysAgo[i], 8));
            codes.forEach(code -> builder.role(owners.size() - 1, code, Role.LEAD));
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            TestTasks.Created created = builder.save();
            for (int i = 0; i < count; i++) {
                for (String code : owners.get(i)) {
                    changes(Assignment.findById(created.assignmentId(i, code)), createdDaysAgo[i], random.nextInt(steps), random);
                }
            }
            AssignmentTally.refreshDirective(created.directiveId());
            return created.directiveId();
        });
    }

    /** Up to {@code steps} changes of random status on days between {@code sinceDaysAgo} and today, each later than the one before. */
    static void changes(Assignment assignment, int sinceDaysAgo, int steps, Random random) {
        int daysAgo = sinceDaysAgo;
        for (int step = steps; step > 0 && daysAgo > 0; step--) {
            daysAgo = random.nextInt(daysAgo);
            Status next = Status.values()[random.nextInt(Status.values().length)];
            if (next == assignment.status) {
                continue;
            }
            change(assignment, next, daysAgo, 10 + step);
        }
    }

    /** One change of the assignment's status to {@code next}, at the given hour in Hà Nội some days ago. */
    static void change(Assignment assignment, Status next, int daysAgo, int hour) {
        StatusChange change = new StatusChange();
        change.assignment = assignment;
        change.changedAt = at(daysAgo, hour);
        change.changedBy = "test";
        change.fromStatus = assignment.status;
        change.toStatus = next;
        change.persist();
        // As the application does: a confirmed result keeps the day it was reported.
        boolean confirmed = next == Status.DONE && assignment.status == Status.REPORTED;
        assignment.doneOn = next.open() ? null : confirmed ? assignment.doneOn : OfficeClock.today().minusDays(daysAgo);
        assignment.status = next;
    }

    /** The given hour in Hà Nội, the given number of days ago. */
    static Instant at(int daysAgo, int hour) {
        return OfficeClock.today().minusDays(daysAgo).atTime(hour, 0).atZone(OfficeClock.ZONE).toInstant();
    }
}
