package vn.dondoc.task;

/**
 * How many assignments a body (or everybody) has, by status, how many of the unfinished are overdue, and how many
 * wait for the clerk to confirm that they are done ({@code reported}, unfinished but not overdue).
 */
public record AssignmentCounts(long assigned, long done, long inProgress, long notStarted, long overdue, long reported) {

    public static final AssignmentCounts NONE = new AssignmentCounts(0, 0, 0, 0, 0, 0);

    public long open() {
        return assigned - done;
    }

    /** Overdue assignments as a whole percentage of the unfinished ones. */
    public long overduePercent() {
        return open() == 0 ? 0 : Math.round(100.0 * overdue / open());
    }

    AssignmentCounts plus(AssignmentCounts other) {
        return new AssignmentCounts(assigned + other.assigned, done + other.done, inProgress + other.inProgress,
                notStarted + other.notStarted, overdue + other.overdue, reported + other.reported);
    }
}
