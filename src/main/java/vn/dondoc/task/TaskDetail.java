package vn.dondoc.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.dondoc.web.CurrentUser;
import vn.dondoc.web.OfficeClock;

/**
 * Everything the task page shows: the task, where it stands in its directive, its owners (the user's own body's
 * first), its history of status changes and corrections, and every note written on it.
 */
public record TaskDetail(TaskRow row, Source source, List<Owner> owners, boolean ownFirst, List<Event> history,
        List<Note> notes, Map<Long, ResultView> results, boolean mayOpenFiles) {

    /** How many owners the page shows open when none is the user's own. */
    static final int OPEN_OWNERS = 3;

    /**
     * A line of the task's history: a status change of one owner ({@code change}) or a correction of the task
     * ({@code edit}).
     */
    public record Event(Instant at, StatusChange change, TaskEdit edit, FollowUpStep step) {

        Event(Instant at, StatusChange change, TaskEdit edit) {
            this(at, change, edit, null);
        }
    }

    /**
     * A follow-up step of one owner: a deadline request filed ({@code requested}), approved or refused, or a reminder
     * letter that named the assignment ({@code letter}, with its ordinal).
     */
    public record FollowUpStep(String kind, String by, Assignment assignment, DeadlineRequest request, ReminderLetterItem letter) {
    }

    /**
     * A note on the task: one added on its own (kết quả, khó khăn) or one written with a status change, which
     * also counts as progress reported.
     */
    public record Note(Instant at, String by, String body, AssignmentNote.Kind kind, String text, StatusChange change) {

        public boolean obstacle() {
            return kind == AssignmentNote.Kind.OBSTACLE;
        }
    }

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

    /**
     * One owner of the task with its progress, whether this user may change it, its forms, its latest result,
     * whether this user may decide on it (a clerk, while it waits) and open its files, and its pending deadline request.
     */
    public record Owner(Assignment assignment, Progress progress, boolean mayUpdate, StatusForm form, ResultView result,
            boolean mayReview, boolean mayOpenFiles, DeadlineRequest pendingRequest) {

        /** Whether this user may ask for a new deadline for the assignment now. */
        public boolean mayRequestDeadline() {
            return mayUpdate && pendingRequest == null && assignment.status.open() && assignment.deadline != null;
        }

        /** Whether the body may report a result now: the work is still open. */
        public boolean mayReport() {
            return mayUpdate && assignment.status.open();
        }

        /** Whether the status form is shown: staff wait while their report is with the clerk. */
        public boolean mayChangeStatus(boolean clerk) {
            return mayUpdate && (clerk || assignment.status != Status.REPORTED);
        }

        public boolean reported() {
            return assignment.status == Status.REPORTED;
        }
    }

    /** A result with its files. */
    public record ResultView(TaskResult result, List<Attachment> files) {
    }

    /**
     * The page of task {@code task}; {@code form}, if not null, replaces the form of assignment
     * {@code formOf} (after a refused change).
     */
    static TaskDetail of(Task task, CurrentUser user, Long formOf, StatusForm form) {
        LocalDate today = OfficeClock.today();
        TaskRow row = Task.rows(List.of(task), today).get(0);
        boolean counts = task.isInForce();
        // Staff see the follow-up (requests, letters) of their own body's part only; the others see every body's.
        boolean seesAll = user.isClerk() || !user.isStaff();
        Long viewerBody = user.getBodyId();
        java.util.function.Predicate<Assignment> sees = a -> seesAll || a.body.id.equals(viewerBody);
        List<DeadlineRequest> requests = DeadlineRequest.ofTask(task).stream().filter(r -> sees.test(r.assignment)).toList();
        Map<Long, DeadlineRequest> pending = requests.stream().filter(DeadlineRequest::pending)
                .collect(Collectors.toMap(r -> r.assignment.id, r -> r, (x, y) -> x));
        Map<Long, ResultView> results = new java.util.LinkedHashMap<>();
        List<TaskResult> reported = TaskResult.ofTask(task);
        Map<Long, List<Attachment>> files = Attachment.ofResults(reported.stream().map(r -> r.id).toList()).stream()
                .collect(Collectors.groupingBy(f -> f.result.id));
        reported.forEach(r -> results.put(r.id, new ResultView(r, files.getOrDefault(r.id, List.of()))));
        Map<Long, ResultView> latest = new java.util.HashMap<>();
        results.values().forEach(v -> latest.putIfAbsent(v.result().assignment.id, v));
        boolean mayOpenFiles = user.mayOpenFilesOf(row.owners().stream().map(a -> a.body.id).toList());
        List<Owner> owners = new ArrayList<>(row.owners().stream()
                .map(a -> new Owner(a, a.progress(today), counts && user.mayUpdateBody(a.body.id),
                        form != null && a.id.equals(formOf) ? form : StatusForm.of(a), latest.get(a.id),
                        counts && user.isClerk() && a.status == Status.REPORTED, mayOpenFiles, pending.get(a.id)))
                .toList());
        Long own = user.isStaff() ? user.getBodyId() : null;
        boolean ownFirst = own != null && owners.stream().anyMatch(o -> own.equals(o.assignment().body.id));
        if (ownFirst) {
            owners.sort(Comparator.comparing((Owner o) -> !own.equals(o.assignment().body.id)));
        }
        Source source = Source.of(task.directive.originalText, task.startOffset, task.endOffset, task.text);
        List<StatusChange> changes = StatusChange.ofTask(task);
        List<Event> history = new ArrayList<>();
        changes.forEach(c -> history.add(new Event(c.changedAt, c, null)));
        TaskEdit.of(task).forEach(e -> history.add(new Event(e.entry().at, null, e)));
        for (DeadlineRequest r : requests) {
            history.add(new Event(r.requestedAt, null, null, new FollowUpStep("requested", r.requestedBy, r.assignment, r, null)));
            if (!r.pending()) {
                history.add(new Event(r.decidedAt, null, null,
                        new FollowUpStep(r.state == DeadlineRequest.State.APPROVED ? "approved" : "refused", r.decidedBy, r.assignment, r, null)));
            }
        }
        ReminderLetterItem.ofTask(task).stream().filter(i -> sees.test(i.assignment)).forEach(i -> history.add(
                new Event(i.letter.generatedAt, null, null, new FollowUpStep("letter", i.letter.generatedBy, i.assignment, null, i))));
        history.sort(Comparator.comparing(Event::at).reversed());
        List<Note> notes = new ArrayList<>();
        AssignmentNote.ofTask(task).forEach(n -> notes.add(new Note(n.writtenAt, n.writtenBy, n.assignment.body.name, n.kind, n.text, null)));
        changes.stream().filter(c -> c.note != null)
                .forEach(c -> notes.add(new Note(c.changedAt, c.changedBy, c.assignment.body.name, AssignmentNote.Kind.PROGRESS, c.note, c)));
        notes.sort(Comparator.comparing(Note::at).reversed());
        return new TaskDetail(row, source, List.copyOf(owners), ownFirst, List.copyOf(history), List.copyOf(notes),
                results, mayOpenFiles);
    }

    /** The result a history line reported, confirmed or returned, with its files; null for a plain change. */
    public ResultView resultOf(StatusChange change) {
        return change.result == null ? null : results.get(change.result.id);
    }

    /** The user's own body's part, shown first and open; null when the user's body has none. */
    public Owner mine() {
        return ownFirst ? owners.get(0) : null;
    }

    /** The other owners, folded under their count. */
    public List<Owner> others() {
        return ownFirst ? owners.subList(1, owners.size()) : owners;
    }

    /** Whether an owner's part starts open: a few owners and none the user's own, or its form came back. */
    public boolean opens(Owner owner) {
        return !owner.form().errors().isEmpty() || owner.form().stale() || owner.mayReview() || !ownFirst && owners.size() <= OPEN_OWNERS;
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
