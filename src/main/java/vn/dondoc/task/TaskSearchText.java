package vn.dondoc.task;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Keeps a task's search column in step with the notes written on it, so that notes can be searched. */
final class TaskSearchText {

    private TaskSearchText() {
    }

    /** Rewrites the column with an update query: a note is not a change to the task and must not bump its version. */
    static void refresh(Task task) {
        Task.update("searchText = ?1 where id = ?2", task.searchTextWith(notes(task)), task.id);
    }

    /** Every note written on the task's assignments, once each. */
    static List<String> notes(Task task) {
        Set<String> notes = new LinkedHashSet<>(AssignmentNote.textsOf(task));
        notes.addAll(StatusChange.notesOf(task));
        return List.copyOf(notes);
    }
}
