package vn.dondoc.task;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jboss.resteasy.reactive.RestForm;
import vn.dondoc.body.BodyPicker;
import vn.dondoc.web.DateFormats;
import vn.dondoc.web.TypedDate;
import vn.dondoc.web.FieldErrors;

/**
 * The task correction form as typed, kept as typed so that a refused form shows it again. {@link #read} turns it
 * into a {@link TaskChange} and the errors of what could not be read; owners come as the picker's boxes.
 */
public class TaskEditForm implements BodyPicker.Selection {

    @RestForm
    public String version;
    @RestForm
    public String text;
    @RestForm
    public String section;
    @RestForm
    public String deadlineKind;
    @RestForm
    public String deadline;
    @RestForm
    public String recurrence;
    @RestForm
    public List<String> lead;
    @RestForm
    public List<String> support;

    /** What the form has read, and each field it could not read with the message key of its error. */
    public record Read(TaskChange change, FieldErrors errors) {
    }

    /** The form filled in from the task as it is saved. */
    static TaskEditForm of(Task task) {
        TaskEditForm form = new TaskEditForm();
        form.version = String.valueOf(task.version);
        form.text = task.text;
        form.section = task.section;
        form.deadlineKind = task.deadlineKind.name();
        form.deadline = DateFormats.dmy(task.deadline);
        form.recurrence = task.recurrence;
        form.lead = task.assignments.stream().filter(a -> a.role == Role.LEAD).map(a -> a.body.code).toList();
        form.support = task.assignments.stream().filter(a -> a.role == Role.SUPPORT).map(a -> a.body.code).toList();
        return form;
    }

    Read read() {
        FieldErrors errors = new FieldErrors();
        Long seen;
        try {
            seen = version == null ? null : Long.valueOf(version.strip());
        } catch (NumberFormatException e) {
            seen = null;
        }
        DeadlineKind kind = null;
        for (DeadlineKind k : DeadlineKind.values()) {
            if (k.name().equals(deadlineKind)) {
                kind = k;
            }
        }
        if (kind == null) {
            errors.put("deadlineKind", "task_edit_error_kind");
        }
        LocalDate day = TypedDate.read(deadline, "deadline", "task_edit_error_date", errors);
        if (leads().stream().anyMatch(supports()::contains)) {
            errors.put("owners", "task_edit_error_owner_two_roles");
        }
        List<TaskChange.Owner> owners = Stream.concat(leads().stream().map(code -> new TaskChange.Owner(code, Role.LEAD)),
                supports().stream().filter(code -> !leads().contains(code)).map(code -> new TaskChange.Owner(code, Role.SUPPORT))).toList();
        return new Read(new TaskChange(seen, text == null ? "" : text, section == null ? "" : section, kind,
                !errors.has("deadline"), day, recurrence == null ? "" : recurrence, owners), errors);
    }

    /** The same values, to be sent again on top of what is saved now (after somebody else's change). */
    TaskEditForm withVersion(long current) {
        version = String.valueOf(current);
        return this;
    }

    public boolean isKind(String name) {
        return name.equals(deadlineKind);
    }

    @Override
    public Set<String> leads() {
        return values(lead);
    }

    @Override
    public Set<String> supports() {
        return values(support);
    }

    private static Set<String> values(List<String> values) {
        Set<String> set = new LinkedHashSet<>();
        if (values != null) {
            values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).forEach(set::add);
        }
        return set;
    }
}
