package vn.dondoc.task;

import java.time.LocalDate;

/**
 * How Vietnamese offices count an assignment's progress against its deadline: done on time
 * (hoàn thành đúng hạn), done late (hoàn thành quá hạn), in progress within the deadline (đang thực
 * hiện trong hạn), overdue (quá hạn chưa hoàn thành). Work without a deadline is never late. Work the body has
 * reported done is counted apart until the clerk confirms it ({@link #REPORTED}, chờ xác nhận), whatever its
 * deadline: it is no longer the body's to do, and not yet done.
 */
public enum Progress {
    DONE_ON_TIME, DONE_LATE, REPORTED, WITHIN_DEADLINE, OVERDUE;

    public static Progress of(Status status, LocalDate doneOn, LocalDate deadline, LocalDate today) {
        if (status == Status.DONE) {
            return deadline == null || doneOn == null || !doneOn.isAfter(deadline) ? DONE_ON_TIME : DONE_LATE;
        }
        if (status == Status.REPORTED) {
            return REPORTED;
        }
        return deadline == null || !today.isAfter(deadline) ? WITHIN_DEADLINE : OVERDUE;
    }

    public boolean done() {
        return this == DONE_ON_TIME || this == DONE_LATE;
    }

    /** Reported done and waiting for confirmation: a status tag says it already, so none is shown beside it. */
    public boolean reported() {
        return this == REPORTED;
    }

    public boolean late() {
        return this == DONE_LATE || this == OVERDUE;
    }

    /** The name as the stylesheet's tag modifier ({@code tag--in_progress}). */
    public String cssName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
