package vn.dondoc.task;

/** The progress of one assignment, as the body reports it. */
public enum Status {
    /** Chưa thực hiện. */
    NOT_STARTED,
    /** Đang thực hiện. */
    IN_PROGRESS,
    /** Đã hoàn thành. */
    DONE
}
