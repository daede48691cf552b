package vn.dondoc.task;

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

    public boolean hasError(String field) {
        return errors.has(field);
    }

    public String error(String field) {
        return errors.get(field);
    }
}
