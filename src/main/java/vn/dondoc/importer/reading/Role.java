package vn.dondoc.importer.reading;

/** The part the text gives a body in a task; the importer gives the assignment the task's own role of the same name. */
public enum Role {
    /** "chủ trì": named as leading the task. */
    LEAD,
    /** "phối hợp": named as supporting the lead. */
    SUPPORT
}
