package vn.dondoc.task;

import java.util.List;
import vn.dondoc.body.ResponsibleBody;
import vn.dondoc.directive.Directive;
import vn.dondoc.web.FieldErrors;

/**
 * Everything the task list shows: the filter as typed and as understood, one page of rows, the chosen body (whose
 * assignment each row stands for) and whether this user may update it, and the choices of the filter form.
 */
public record TaskListPage(TaskFilterParams params, TaskFilter.Parsed parsed, TaskPage page, ResponsibleBody focus,
        boolean mayUpdateFocus, List<ResponsibleBody> bodies, List<Directive> directives) {

    /** How long a directive's number and title may be in the filter's choice. */
    static final int DIRECTIVE_LABEL = 60;

    /** The filter's errors by the ids of its fields ({@code filter-from}), for the field error tag. */
    public FieldErrors fieldErrors() {
        return parsed.errors().prefixed("filter-");
    }

    public List<Status> statuses() {
        return List.of(Status.values());
    }

    /** The statuses the bulk update sets: "reported" comes from "done" by staff, never chosen. */
    public List<Status> bulkStatuses() {
        return StatusForm.CHOICES;
    }

    public List<Progress> progresses() {
        return List.of(Progress.WITHIN_DEADLINE, Progress.OVERDUE, Progress.DONE_ON_TIME, Progress.DONE_LATE);
    }

    public List<Role> roles() {
        return List.of(Role.values());
    }

    public List<TaskFilter.Sort> sorts() {
        return List.of(TaskFilter.Sort.values());
    }

    public List<Integer> sizes() {
        return TaskResource.PAGE_SIZES;
    }

    /** A choice of a filter's select: what it sends, what it says, and whether the filter holds it. */
    public record Choice(String value, String label, boolean selected) {
    }

    /** The bodies to filter by, the typed one chosen (a loop of choices reads nothing from around it). */
    public List<Choice> bodyChoices() {
        return bodies.stream().map(b -> new Choice(b.code, b.name, b.code.equals(params.body))).toList();
    }

    /** The latest directives to filter by, each as its number and title cut short, the filter's one chosen. */
    public List<Choice> directiveChoices() {
        Long chosen = parsed.filter().directiveId();
        return directives.stream().map(d -> new Choice(String.valueOf(d.id), d.shortLabel(DIRECTIVE_LABEL), d.id.equals(chosen)))
                .toList();
    }

    /** Whether the rows carry a box for the bulk update: a body is chosen and this user may update its assignments. */
    public boolean picks() {
        return mayUpdateFocus && !page.rows().isEmpty();
    }

    /** The rows whose chosen body's assignment is open to a bulk update. */
    public List<TaskRow> pickable() {
        return page.rows().stream().filter(r -> r.focus() != null).toList();
    }

    /** The query of another page of this list, keeping its filters and page size. */
    public String pageQuery(int number) {
        return parsed.filter().pageQuery(number, page.size(), TaskResource.PAGE_SIZE);
    }
}
