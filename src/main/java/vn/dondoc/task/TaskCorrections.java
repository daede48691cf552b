package vn.dondoc.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dondoc.body.ResponsibleBody;
import vn.dondoc.web.FieldErrors;
import vn.dondoc.web.Forms;

/**
 * Corrections of saved tasks by clerks: the words, deadline and owners; removal and restoring. Each is checked
 * against the version the clerk saw, written with its history entry and recounted in the progress tally in one
 * transaction, like a status change ({@link AssignmentUpdate}).
 */
@ApplicationScoped
public class TaskCorrections {

    public static final int MAX_SECTION = 1000;
    public static final int MAX_RECURRENCE = 100;
    public static final int MAX_REASON = 1000;

    @Inject
    AttachmentStore files;

    /**
     * Applies the correction; {@code inputErrors} are what could not even be read (a date that is no day), reported
     * with the rest.
     *
     * @throws NotFoundException no such task, or it was removed
     */
    @Transactional
    public Correction correct(long taskId, TaskChange change, FieldErrors inputErrors, String actor) {
        Task task = standing(taskId);
        FieldErrors errors = new FieldErrors().putAll(inputErrors);
        String text = change.text() == null ? task.text : change.text().strip();
        if (text.isEmpty()) {
            errors.putIfAbsent("text", "task_edit_error_text_missing");
        } else if (text.length() > Task.MAX_TEXT) {
            errors.putIfAbsent("text", "task_edit_error_text_long");
        }
        String section = change.section() == null ? task.section : Forms.blankToNull(change.section());
        if (section != null && section.length() > MAX_SECTION) {
            errors.putIfAbsent("section", "task_edit_error_section_long");
        }
        LocalDate deadline = change.deadlineGiven() ? change.deadline() : task.deadline;
        DeadlineKind kind = change.kind() != null ? change.kind() : !change.deadlineGiven() ? task.deadlineKind
                : deadline == null ? DeadlineKind.NONE : task.deadlineKind == DeadlineKind.RECURRING ? DeadlineKind.RECURRING : DeadlineKind.DATE;
        if (dated(kind) && deadline == null) {
            errors.putIfAbsent("deadline", "task_edit_error_deadline_missing");
        } else if (!dated(kind) && deadline != null) {
            if (change.deadlineGiven()) {
                errors.putIfAbsent("deadline", "task_edit_error_deadline_undated");
            }
            deadline = null;
        }
        String recurrence = change.recurrence() == null ? task.recurrence : Forms.blankToNull(change.recurrence());
        if (recurrence != null && recurrence.length() > MAX_RECURRENCE) {
            errors.putIfAbsent("recurrence", "task_edit_error_recurrence_long");
        }
        Map<ResponsibleBody, Role> owners = change.owners() == null ? null : owners(change.owners(), errors);
        if (change.version() == null) {
            errors.putIfAbsent("text", "task_status_error_version");
        }
        if (!errors.isEmpty()) {
            return Correction.invalid(errors);
        }
        if (change.version() != task.version) {
            return Correction.STALE;
        }
        Set<Long> bodies = bodiesOf(task);
        if (task.correct(text, section, kind, deadline, recurrence, owners, files, actor) != null) {
            recount(task, bodies);
        }
        return Correction.SAVED;
    }

    /**
     * Removes the task from lists and reports, keeping it for the record; {@code version} null skips the check
     * (the API's DELETE names no version).
     *
     * @throws NotFoundException no such task
     */
    @Transactional
    public Correction remove(long taskId, Long version, String reason, String actor) {
        Task task = Task.findWithDirective(taskId).orElseThrow(NotFoundException::new);
        String why = Forms.blankToNull(reason);
        if (why != null && why.length() > MAX_REASON) {
            return Correction.invalid(FieldErrors.of("reason", "task_edit_error_reason_long"));
        }
        if (task.isRemoved() || version != null && version != task.version) {
            return Correction.STALE;
        }
        task.remove(actor, why);
        recount(task, bodiesOf(task));
        return Correction.SAVED;
    }

    /** Puts a removed task back. */
    @Transactional
    public Correction restore(long taskId, Long version, String actor) {
        Task task = Task.findWithDirective(taskId).orElseThrow(NotFoundException::new);
        if (!task.isRemoved() || version == null || version != task.version) {
            return Correction.STALE;
        }
        task.restore(actor);
        recount(task, bodiesOf(task));
        return Correction.SAVED;
    }

    /** Whether the kind of deadline has a day: a date, or the next occurrence of a recurring one. */
    public static boolean dated(DeadlineKind kind) {
        return kind == DeadlineKind.DATE || kind == DeadlineKind.RECURRING;
    }

    private static Task standing(long taskId) {
        Task task = Task.findWithDirective(taskId).orElseThrow(NotFoundException::new);
        if (task.isRemoved()) {
            throw new NotFoundException();
        }
        return task;
    }

    private static Map<ResponsibleBody, Role> owners(List<TaskChange.Owner> wanted, FieldErrors errors) {
        Map<ResponsibleBody, Role> owners = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (TaskChange.Owner owner : wanted) {
            ResponsibleBody body = owner.code() == null ? null : ResponsibleBody.findByCode(owner.code().strip()).orElse(null);
            if (body == null) {
                errors.putIfAbsent("owners", "task_edit_error_owner_unknown");
            } else if (owner.role() == null) {
                errors.putIfAbsent("owners", "task_edit_error_owner_role");
            } else if (!seen.add(body.code)) {
                errors.putIfAbsent("owners", "task_edit_error_owner_twice");
            } else {
                owners.put(body, owner.role());
            }
        }
        return owners;
    }

    private static Set<Long> bodiesOf(Task task) {
        Set<Long> bodies = new HashSet<>();
        task.assignments.forEach(a -> bodies.add(a.body.id));
        return bodies;
    }

    /** Recounts the task's directive for the bodies it had and has. */
    private static void recount(Task task, Set<Long> bodiesBefore) {
        Set<Long> bodies = new HashSet<>(bodiesBefore);
        bodies.addAll(bodiesOf(task));
        Task.flush();
        AssignmentTally.refresh(List.of(task.directive.id), bodies);
    }
}
