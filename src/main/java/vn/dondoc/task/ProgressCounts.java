package vn.dondoc.task;

import java.time.LocalDate;

/**
 * Assignments counted by progress ({@link Progress}): done on time, done late, reported and waiting for
 * confirmation, overdue, and (what is left) within the deadline; beside these, how many of the unfinished are not
 * started and how many in progress, which overlap overdue and within the deadline as Vietnamese reports count them.
 * One body's, or everybody's, on one day: what the body list, a body's page, the start page, the progress report
 * and the evaluation show.
 */
public record ProgressCounts(long total, long onTime, long late, long reported, long overdue, long notStarted, long inProgress) {

    public static final ProgressCounts NONE = new ProgressCounts(0, 0, 0, 0, 0, 0, 0);

    /** {@code n} assignments with this status, in this group. */
    public static ProgressCounts of(Status status, Progress progress, long n) {
        return new ProgressCounts(n, progress == Progress.DONE_ON_TIME ? n : 0, progress == Progress.DONE_LATE ? n : 0,
                progress == Progress.REPORTED ? n : 0, progress == Progress.OVERDUE ? n : 0,
                status == Status.NOT_STARTED ? n : 0, status == Status.IN_PROGRESS ? n : 0);
    }

    /** One assignment with this status, done day and deadline, judged on {@code today}. */
    public static ProgressCounts of(Status status, LocalDate doneOn, LocalDate deadline, LocalDate today) {
        return of(status, Progress.of(status, doneOn, deadline, today), 1);
    }

    public long done() {
        return onTime + late;
    }

    /** Not done: open or reported and waiting for confirmation. */
    public long open() {
        return total - done();
    }

    /** In progress within the deadline, or not started and not yet due: neither done, reported nor overdue. */
    public long within() {
        return total - done() - reported - overdue;
    }

    /** Overdue assignments as a whole percentage of the unfinished ones. */
    public long overduePercent() {
        return open() == 0 ? 0 : Math.round(100.0 * overdue / open());
    }

    /** The share of {@code count} in all the assignments, in percent. */
    public double share(long count) {
        return total == 0 ? 0 : count * 100.0 / total;
    }

    public double overdueShare() {
        return share(overdue);
    }

    public ProgressCounts plus(ProgressCounts c) {
        return new ProgressCounts(total + c.total, onTime + c.onTime, late + c.late, reported + c.reported,
                overdue + c.overdue, notStarted + c.notStarted, inProgress + c.inProgress);
    }

    public ProgressCounts minus(ProgressCounts c) {
        return plus(new ProgressCounts(-c.total, -c.onTime, -c.late, -c.reported, -c.overdue, -c.notStarted, -c.inProgress));
    }
}
