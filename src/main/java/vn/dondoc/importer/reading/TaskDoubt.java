package vn.dondoc.importer.reading;

/**
 * Why the reader is unsure of a task, for the clerk to check. Each has a message in both languages
 * ({@code import_doubt_<name>}) and a weight: how much it lowers the task's confidence.
 */
public enum TaskDoubt {
    /** The text names nobody for it: its owners were inferred from the bodies' areas of work. */
    NO_OWNER_NAMED(0.35),
    /** The text names nobody for it and no area of work matched: it has no owner yet. */
    NO_OWNER(0.45),
    /** It is given to a body that is not in the list; the body will be added when the import is saved. */
    NEW_BODY(0.15),
    /** It is given to a collective ("các cơ quan liên quan") that names no list of bodies. */
    OPEN_COLLECTIVE(0.15),
    /** Its time limit comes from the heading or item above it, not from its own words. */
    DEADLINE_FROM_HEADING(0.1),
    /** Its time limit comes from the document's title, the first request of the text or the time a plan gives itself. */
    DEADLINE_FROM_TITLE(0.15),
    /** It was read from running text, not from a part or list of tasks. */
    RUNNING_TEXT(0.1),
    /** Its sentence opens with no action verb and no body: it may state a fact rather than ask for work. */
    NO_REQUEST_VERB(0.3),
    /** It is long: it may hold more than one task. */
    LONG(0.1);

    /** The text is long past this many characters. */
    static final int LONG_TASK = 600;

    private final double weight;

    TaskDoubt(double weight) {
        this.weight = weight;
    }

    double weight() {
        return weight;
    }
}
