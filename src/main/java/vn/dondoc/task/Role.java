package vn.dondoc.task;

/** The part a body plays in a task. */
public enum Role {
    /** Chủ trì: leads the task and answers for it. */
    LEAD,
    /** Phối hợp: supports the lead. */
    SUPPORT
}
