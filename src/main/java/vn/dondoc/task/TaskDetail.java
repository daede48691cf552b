package vn.dondoc.task;

import java.time.LocalDate;
import java.util.List;
import vn.dondoc.web.CurrentUser;

/** Everything the task page shows: the task, where it stands in its directive, its owners, history and notes. */
public record TaskDetail(TaskRow row, Source source, List<Owner> owners, List<StatusChange> history,
        List<AssignmentNote> notes) {

    /** The paragraph of the directive that holds the task, split around the task's own words. */
    public record Source(String before, String marked, String after, boolean located) {

        /** Characters kept on each side of the task's words when its paragraph is very long. */
        static final int CONTEXT = 1500;

        static Source of(String text, Integer start, Integer end, String fallback) {
            if (text == null || start == null || end == null || start < 0 || end <= start || end > text.length()) {
                return new Source("", fallback, "", false);
            }
            int paragraphStart = Math.max(text.lastIndexOf('\n', start - 1) + 1, start - CONTEXT);
            int newline = text.indexOf('\n', end);
            int paragraphEnd = Math.min(newline < 0 ? text.length() : newline, end + CONTEXT);
            return new Source(text.substring(paragraphStart, start), text.substring(start, end),
                    text.substring(end, paragraphEnd), true);
        }
    }

    /** One owner of the task with its progress, whether this user may change it, and its form. */
    public record Owner(Assignment assignment, Progress progress, boolean mayUpdate, StatusForm form) {
    }

    /**
     * The page of task {@code task}; {@code form}, if not null, replaces the form of assignment
     * {@code formOf} (after a refused change).
     */
    static TaskDetail of(Task task, CurrentUser user, Long formOf, StatusForm form) {
        LocalDate today = Progress.today();
        TaskRow row = Task.rows(List.of(task), today).get(0);
        List<Owner> owners = row.owners().stream()
                .map(a -> new Owner(a, a.progress(today), user.mayUpdateBody(a.body.id),
                        form != null && a.id.equals(formOf) ? form : StatusForm.of(a)))
                .toList();
        Source source = Source.of(task.directive.originalText, task.startOffset, task.endOffset, task.text);
        return new TaskDetail(row, source, owners, StatusChange.ofTask(task), AssignmentNote.ofTask(task));
    }

    /** The owner whose change was refused because somebody else changed it first, or null. */
    public Owner staleOwner() {
        return owners.stream().filter(o -> o.form().stale()).findFirst().orElse(null);
    }

    /** The owner whose form has errors, or null. */
    public Owner invalidOwner() {
        return owners.stream().filter(o -> !o.form().errors().isEmpty()).findFirst().orElse(null);
    }
}
