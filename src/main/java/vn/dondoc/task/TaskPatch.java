package vn.dondoc.task;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.dondoc.web.FieldErrors;
import vn.dondoc.web.TypedDate;

/**
 * The API's correction of a task as JSON, read field by field so that a field left out stays as it is, a field
 * given as null clears it, and a wrong value is reported by name rather than refused as a whole.
 */
record TaskPatch(TaskChange change, FieldErrors errors) {

    static TaskPatch read(JsonNode body) {
        FieldErrors errors = new FieldErrors();
        JsonNode version = body.get("version");
        Long seen = version != null && version.canConvertToLong() && version.isIntegralNumber() ? version.asLong() : null;
        if (seen == null) {
            errors.put("version", "task_status_error_version");
        }
        String text = string(body, "text", errors);
        String section = body.has("section") ? (body.get("section").isNull() ? "" : string(body, "section", errors)) : null;
        String recurrence = body.has("recurrence") ? (body.get("recurrence").isNull() ? "" : string(body, "recurrence", errors)) : null;
        boolean deadlineGiven = body.has("deadline");
        LocalDate deadline = null;
        if (deadlineGiven && !body.get("deadline").isNull()) {
            deadline = body.get("deadline").isTextual()
                    ? TypedDate.readIso(body.get("deadline").asText(), "deadline", "task_edit_error_date", errors) : null;
            if (deadline == null) {
                errors.put("deadline", "task_edit_error_date");
                deadlineGiven = false;
            }
        }
        DeadlineKind kind = null;
        if (body.has("deadlineKind")) {
            kind = constant(DeadlineKind.class, body.get("deadlineKind"));
            if (kind == null) {
                errors.put("deadlineKind", "task_edit_error_kind");
            }
        }
        List<TaskChange.Owner> owners = null;
        if (body.has("owners")) {
            owners = new ArrayList<>();
            if (!body.get("owners").isArray()) {
                errors.put("owners", "task_edit_error_owner_unknown");
            } else {
                for (JsonNode owner : body.get("owners")) {
                    JsonNode code = owner.get("code");
                    Role role = constant(Role.class, owner.get("role"));
                    if (code == null || !code.isTextual()) {
                        errors.putIfAbsent("owners", "task_edit_error_owner_unknown");
                    } else if (role == null) {
                        errors.putIfAbsent("owners", "task_edit_error_owner_role");
                    } else {
                        owners.add(new TaskChange.Owner(code.asText(), role));
                    }
                }
            }
        }
        return new TaskPatch(new TaskChange(seen, text, section, kind, deadlineGiven, deadline, recurrence, owners), errors);
    }

    private static String string(JsonNode body, String field, FieldErrors errors) {
        JsonNode value = body.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            errors.put(field, "task_edit_error_not_text");
            return null;
        }
        return value.asText();
    }

    private static <E extends Enum<E>> E constant(Class<E> type, JsonNode value) {
        if (value == null || !value.isTextual()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value.asText())) {
                return constant;
            }
        }
        return null;
    }
}
