package vn.dondoc.task;

import java.time.LocalDate;
import java.util.List;
import vn.dondoc.body.ResponsibleBody;

/**
 * What a body must see to first (quá hạn, sắp đến hạn): its open assignments past their deadline, and those due
 * within the next {@value #DAYS} days, each with a link to the same selection in the task list.
 */
public record DuePanel(ResponsibleBody body, List<Assignment> overdue, List<Assignment> dueSoon, LocalDate today) {

    static final int DAYS = 7;

    static DuePanel of(ResponsibleBody body, LocalDate today) {
        List<Assignment> open = Assignment.openDueBy(body, today.plusDays(DAYS));
        return new DuePanel(body, open.stream().filter(a -> a.progress(today) == Progress.OVERDUE).toList(),
                open.stream().filter(a -> a.progress(today) != Progress.OVERDUE).toList(), today);
    }

    public int days() {
        return DAYS;
    }

    public String overdueUrl() {
        return "/tasks?" + new TaskFilter(body.code, null, Progress.OVERDUE, null, null, null, null).query();
    }

    public String dueSoonUrl() {
        return "/tasks?" + new TaskFilter(body.code, null, Progress.WITHIN_DEADLINE, today, today.plusDays(DAYS), null, null).query();
    }
}
