package vn.dondoc.importer.reading;

/** What the reader tells the clerk to check. Each has a message in both languages ({@code import_warning_<name>}). */
public enum ReadingWarning {
    /** The reader failed on the text: nothing was read from it; the tasks must be entered by hand. */
    READING_FAILED,
    /** No task was found in the text. */
    NO_TASKS,
    /** Some tasks are marked for a second look: the reader was unsure of them (see each task's doubts). */
    UNSURE_TASKS,
    /** The text lays down rules (a decree, a circular, a law) or quotes them: its duties hold for everyone, not read as tasks. */
    RULES,
    /** No heading introduced the tasks; they were taken from the directive part of the text. */
    NO_TASK_SECTION,
    /** The text gives no date and none was entered: deadlines in words without a year may be wrong. */
    NO_DOCUMENT_DATE,
    /** Some tasks name no body: their owners were inferred from the bodies' areas of work. */
    INFERRED_OWNERS,
    /** The text names bodies that are not in the list yet; they will be added when the import is saved. */
    NEW_BODIES
}
