package vn.dondoc.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.dondoc.body.TestBodies;
import vn.dondoc.web.OfficeClock;

/**
 * A task's progress is its owners' added up, written twice: in Java for the row ({@link TaskRow#progress}) and as a
 * query for the list's filter ({@link TaskFilter}). Over random owners, statuses, done days and deadlines, the filter
 * must select exactly the tasks whose row shows that progress, for all owners and for one body's part. "Reported"
 * is the one filter that means something else on purpose: the tasks where some owner waits for the clerk.
 */
@QuarkusTest
class TaskRollupTest {

    private static final int TASKS = 120;

    private final LocalDate today = OfficeClock.today();

    @Test
    @TestTransaction
    void theProgressFilterSelectsTheTasksWhoseRowShowsThatProgress() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        String mark = "zr" + Long.toString(Math.abs(seed) % 1_000_000_000L, 26).replaceAll("[0-9]", "q");
        String[] bodies = {TestBodies.create("Ban cộng lại một"), TestBodies.create("Ban cộng lại hai"),
                TestBodies.create("Ban cộng lại ba")};
        TestTasks.Builder builder = TestTasks.directive("Kết luận cộng lại " + mark);
        // Done half the time, so that tasks whose owners are all done, some late and some not, are common.
        Status[] statuses = {Status.NOT_STARTED, Status.IN_PROGRESS, Status.REPORTED, Status.DONE, Status.DONE, Status.DONE};
        for (int i = 0; i < TASKS; i++) {
            LocalDate deadline = random.nextInt(6) == 0 ? null : today.plusDays(random.nextInt(21) - 10);
            List<String> owners = new ArrayList<>(Arrays.asList(bodies));
            java.util.Collections.shuffle(owners, random);
            String[] chosen = owners.subList(0, random.nextInt(4)).toArray(String[]::new);
            builder.task("Nhiệm vụ cộng lại " + i + " " + mark, deadline, chosen);
            for (String body : chosen) {
                Status status = statuses[random.nextInt(statuses.length)];
                if (status == Status.DONE) {
                    LocalDate base = deadline == null ? today : deadline;
                    builder.done(i, body, base.plusDays(random.nextInt(7) - 3));
                } else {
                    builder.status(i, body, status);
                }
            }
        }
        builder.save();

        for (String body : new String[] {null, bodies[0]}) {
            List<TaskRow> rows = Task.search(new TaskFilter(body, null, null, null, null, null, mark), 1, TASKS).rows();
            assertEquals(TASKS, rows.size() + (body == null ? 0 : unowned(body, mark)), "seed " + seed);
            for (Progress progress : Progress.values()) {
                Set<Long> selected = ids(Task.search(new TaskFilter(body, null, progress, null, null, null, mark), 1, TASKS).rows());
                Set<Long> expected = progress == Progress.REPORTED
                        ? rows.stream().filter(r -> (r.focus() != null ? List.of(r.focus()) : r.owners()).stream()
                                .anyMatch(a -> a.status == Status.REPORTED)).map(r -> r.task().id).collect(Collectors.toCollection(TreeSet::new))
                        : rows.stream().filter(r -> r.progress() == progress).map(r -> r.task().id).collect(Collectors.toCollection(TreeSet::new));
                assertEquals(expected, selected, progress + " for " + (body == null ? "all owners" : "one body") + ", seed " + seed);
            }
        }
        assertTrue(Task.search(new TaskFilter(null, null, Progress.OVERDUE, null, null, null, mark), 1, TASKS).total() > 0,
                "the random tasks hold overdue work, seed " + seed);
    }

    private static Set<Long> ids(List<TaskRow> rows) {
        return rows.stream().map(r -> r.task().id).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The test's tasks the body has no part in, which a list of the body's work leaves out. */
    private static int unowned(String body, String mark) {
        List<TaskRow> all = Task.search(new TaskFilter(null, null, null, null, null, null, mark), 1, TASKS).rows();
        return (int) all.stream().filter(r -> r.owners().stream().noneMatch(a -> a.body.code.equals(body))).count();
    }
}
