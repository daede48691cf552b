package vn.dondoc.task;

/** The progress of one assignment, as the body reports it. */
public enum Status {
    /** Chưa thực hiện. */
    NOT_STARTED,
    /** Đang thực hiện. */
    IN_PROGRESS,
    /** Đã hoàn thành. */
    DONE;

    /** The name as the stylesheet's tag modifier ({@code tag--in_progress}). */
    public String cssName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
