package vn.dondoc.task;

/** How many assignments a body (or everybody) has, by status, and how many of the unfinished are overdue. */
public record AssignmentCounts(long assigned, long done, long inProgress, long notStarted, long overdue) {

    public static final AssignmentCounts NONE = new AssignmentCounts(0, 0, 0, 0, 0);

    public long open() {
        return assigned - done;
    }

    /** Overdue assignments as a whole percentage of the unfinished ones. */
    public long overduePercent() {
        return open() == 0 ? 0 : Math.round(100.0 * overdue / open());
    }

    AssignmentCounts plus(AssignmentCounts other) {
        return new AssignmentCounts(assigned + other.assigned, done + other.done, inProgress + other.inProgress,
                notStarted + other.notStarted, overdue + other.overdue);
    }
}
