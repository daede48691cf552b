package vn.dondoc.task;

/** The progress of one assignment, as the body reports it. */
public enum Status {
    /** Chưa thực hiện. */
    NOT_STARTED,
    /** Đang thực hiện. */
    IN_PROGRESS,
    /**
     * Báo cáo hoàn thành, chờ xác nhận: the body has reported its result and the clerk has yet to confirm it
     * (or return it). Counted apart, neither done nor open.
     */
    REPORTED,
    /** Đã hoàn thành. */
    DONE;

    /** Whether the body still has the work to do: not started or in progress. */
    public boolean open() {
        return this == NOT_STARTED || this == IN_PROGRESS;
    }

    /** The name as the stylesheet's tag modifier ({@code tag--in_progress}). */
    public String cssName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
