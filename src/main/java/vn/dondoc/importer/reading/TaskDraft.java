package vn.dondoc.importer.reading;

import java.util.ArrayList;
import java.util.List;
import vn.dondoc.importer.reading.DeadlineParser.Deadline;

/** A task being read: tokens [from, to) of the text, and what its item, heading or table row gave it. */
final class TaskDraft {
    int from;
    int to;
    /** The bodies named as its subject or handed down to it; empty where nobody is named. */
    List<FoundOwner> lead;
    /** The time limit of its item or heading. */
    Deadline inherited;
    String section;
    /** A row of a plan's table: its owners and time come from the columns. */
    boolean table;
    List<FoundOwner> support = new ArrayList<>();
    /** The time limit the row's column gives. */
    Deadline own;
    /** Read from running text rather than from a part or list of tasks. */
    boolean prose;
    /** Its clause opens with an action verb or a body; false for an item taken as a task whatever it opens with. */
    boolean opened = true;
}
