package vn.dondoc.task;

import java.util.Map;

/**
 * The check-off form of one assignment as the page shows it: the current values, or the user's own after a
 * refused change, with an error for each wrong field and whether somebody else changed it first.
 */
public record StatusForm(String status, String note, long version, Map<String, String> errors, boolean stale) {

    static StatusForm of(Assignment assignment) {
        return new StatusForm(assignment.status.name(), "", assignment.version, Map.of(), false);
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public String error(String field) {
        return errors.get(field);
    }
}
