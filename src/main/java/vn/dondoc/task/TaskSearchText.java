package vn.dondoc.task;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Keeps a task's search column in step with the notes written on it, so that notes can be searched. */
final class TaskSearchText {

    private TaskSearchText() {
    }

    /**
     * Rewrites the column, and the task's words, with update queries: a note is not a change to the task and must not
     * bump its version.
     */
    static void refresh(Task task) {
        String text = task.searchTextWith(notes(task));
        Task.update("searchText = ?1 where id = ?2", text, task.id);
        TaskWords.write(Map.of(task.id, text));
    }

    /** Every note written on the task's assignments, once each. */
    static List<String> notes(Task task) {
        Set<String> notes = new LinkedHashSet<>(AssignmentNote.textsOf(task));
        notes.addAll(StatusChange.notesOf(task));
        return List.copyOf(notes);
    }
}
