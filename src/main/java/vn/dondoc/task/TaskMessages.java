package vn.dondoc.task;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words for a task's values (status, progress, role, kind of deadline), each picked from the {@code msg}
 * message of its value, so in Vietnamese (the default) or English as the page is. Templates use them as
 * {@code {task:status(s)}}.
 */
@MessageBundle(value = "task", locale = "vi")
public interface TaskMessages {

    /** The word for the value, from the {@code status_*} messages (no English entry of its own). */
    @Message("{#when status}{#is NOT_STARTED}{msg:status_NOT_STARTED}{#is IN_PROGRESS}{msg:status_IN_PROGRESS}{#is REPORTED}{msg:status_REPORTED}{#is DONE}{msg:status_DONE}{/when}")
    String status(Status status);

    /** The word for the value, from the {@code progress_*} messages (no English entry of its own). */
    @Message("{#when progress}{#is WITHIN_DEADLINE}{msg:progress_WITHIN_DEADLINE}{#is OVERDUE}{msg:progress_OVERDUE}{#is DONE_ON_TIME}{msg:progress_DONE_ON_TIME}{#is DONE_LATE}{msg:progress_DONE_LATE}{#is REPORTED}{msg:progress_REPORTED}{/when}")
    String progress(Progress progress);

    /** The word for the value, from the {@code task_role_*} messages (no English entry of its own). */
    @Message("{#when role}{#is LEAD}{msg:task_role_LEAD}{#is SUPPORT}{msg:task_role_SUPPORT}{/when}")
    String task_role(Role role);

    /** The word for the value, from the {@code deadline_kind_*} messages (no English entry of its own). */
    @Message("{#when deadlineKind}{#is DATE}{msg:deadline_kind_DATE}{#is RECURRING}{msg:deadline_kind_RECURRING}{#is ONGOING}{msg:deadline_kind_ONGOING}{#is URGENT}{msg:deadline_kind_URGENT}{#is NONE}{msg:deadline_kind_NONE}{/when}")
    String deadline_kind(DeadlineKind deadlineKind);
}
