package vn.dondoc.task;

/** What kind of time limit the directive gave a task. */
public enum DeadlineKind {
    /** A day: a date, the end of a month, quarter, half or year, a named day. */
    DATE,
    /** A day that comes back ("trước ngày 20 hằng tháng"): the deadline is its next occurrence. */
    RECURRING,
    /** Thường xuyên, hằng năm without a day: ongoing work with no end date. */
    ONGOING,
    /** Khẩn trương, sớm, ngay: urgent, but no date. */
    URGENT,
    /** The text gives no time. */
    NONE
}
