package vn.dondoc.task;

import java.util.List;
import vn.dondoc.web.FieldErrors;

/**
 * The forms of one assignment as the page shows them — its status and note, the result reported with "done",
 * the reason of a return — with the current values, or the user's own after a refused change, an error for each
 * wrong field and whether somebody else changed it first.
 */
public record StatusForm(String status, String note, long version, FieldErrors errors, boolean stale,
        String resultText, String answerNumber, String answerDate, String reason) {

    public StatusForm(String status, String note, long version, FieldErrors errors, boolean stale) {
        this(status, note, version, errors, stale, "", "", "", "");
    }

    static StatusForm of(Assignment assignment) {
        return new StatusForm(assignment.status.name(), "", assignment.version, new FieldErrors(), false);
    }

    /** The statuses a user sets, here and in the bulk update: "reported" comes from "done" by staff, never chosen. */
    static final List<Status> CHOICES = List.of(Status.NOT_STARTED, Status.IN_PROGRESS, Status.DONE);

    public List<Status> choices() {
        return CHOICES;
    }

    /** Whether the form stands at this status (the assignment's, or the one the user sent). */
    public boolean chose(Status choice) {
        return choice.name().equals(status);
    }

    public boolean hasError(String field) {
        return errors.has(field);
    }

    public String error(String field) {
        return errors.get(field);
    }
}
