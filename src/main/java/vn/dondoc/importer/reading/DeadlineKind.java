package vn.dondoc.importer.reading;

/** What kind of time limit the text gives a task; the importer gives the task the task's own kind of the same name. */
public enum DeadlineKind {
    /** "trước ngày 30/6/2025", "trong quý III", "trước Tết Nguyên đán": the text names a day. */
    DATE,
    /** "trước ngày 20 hằng tháng": a day that comes back. */
    RECURRING,
    /** "thường xuyên", "hằng năm" without a day. */
    ONGOING,
    /** "khẩn trương", "sớm", "ngay", without a day. */
    URGENT,
    /** No words of time. */
    NONE
}
