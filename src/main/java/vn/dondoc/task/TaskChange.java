package vn.dondoc.task;

import java.time.LocalDate;
import java.util.List;

/**
 * A correction of a task as a clerk or a program asked for it, already read from the form or the JSON: each
 * null field stays as it is. The task page's form sends every field; the API only those it changes.
 *
 * @param version       the task's version the change was made from; null only for the API's removal
 * @param deadlineGiven whether {@code deadline} was given (null then means "no date")
 * @param owners        every owner the task is to have, or null to leave them
 */
public record TaskChange(Long version, String text, String section, DeadlineKind kind, boolean deadlineGiven, LocalDate deadline,
        String recurrence, List<Owner> owners) {

    /** A body the task is to go to, by code, and its part. */
    public record Owner(String code, Role role) {
    }
}
