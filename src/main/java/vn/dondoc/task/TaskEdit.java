package vn.dondoc.task;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.dondoc.audit.AuditEntry;
import vn.dondoc.body.ResponsibleBody;

/**
 * A correction, removal or restoring of a task as its page shows it in the history: the fields that changed
 * with their values before and after, and the owners added, left out or given another part, by name. Read back
 * from the audit entry that {@link Task#auditText} wrote.
 */
public record TaskEdit(AuditEntry entry, List<Change> changes, List<OwnerChange> owners) {

    /** The fields in the order the page lists them, each with the message key of its label. */
    public static final List<String> FIELDS = List.of("text", "section", "deadline", "deadlineKind", "deadlineText", "recurrence",
            "owners", "removed");

    /**
     * One field before and after; {@code keys}: the values are message keys (a kind of deadline), not words.
     */
    public record Change(String field, String before, String after, boolean keys) {

        public String labelKey() {
            return "task_field_" + field;
        }
    }

    /** An owner added ({@code before} null), left out ({@code after} null) or given another part. */
    public record OwnerChange(String name, Role before, Role after) {
    }

    /** The message key of what was done: corrected, removed, restored. */
    public String actionKey() {
        return "task_history_" + entry.action;
    }

    /** The task's edits, newest first, the owners they changed named as their bodies are. */
    static List<TaskEdit> of(Task task) {
        List<AuditEntry> edits = AuditEntry.of(Task.AUDIT_TYPE, task.id).stream().filter(e -> !"import".equals(e.action)).toList();
        if (edits.isEmpty()) {
            return List.of();
        }
        // The bodies' names, for the owners an edit added or removed by code: read only for a task that was edited.
        Map<String, String> names = ResponsibleBody.listByName().stream().collect(Collectors.toMap(b -> b.code, b -> b.name));
        return edits.stream().map(e -> of(e, names)).toList();
    }

    static TaskEdit of(AuditEntry entry, Map<String, String> names) {
        Map<String, String> before = fields(entry.before);
        Map<String, String> after = fields(entry.after);
        List<Change> changes = new ArrayList<>();
        for (String field : FIELDS) {
            String was = before.getOrDefault(field, "");
            String is = after.getOrDefault(field, "");
            if (!field.equals("owners") && !was.equals(is)) {
                boolean keys = field.equals("deadlineKind");
                changes.add(new Change(field, keys && !was.isEmpty() ? "deadline_kind_" + was : was,
                        keys && !is.isEmpty() ? "deadline_kind_" + is : is, keys));
            }
        }
        Map<String, Role> ownersBefore = owners(before.get("owners"));
        Map<String, Role> ownersAfter = owners(after.get("owners"));
        List<OwnerChange> owners = new ArrayList<>();
        for (Map.Entry<String, Role> o : ownersAfter.entrySet()) {
            if (!Objects.equals(ownersBefore.get(o.getKey()), o.getValue())) {
                owners.add(new OwnerChange(names.getOrDefault(o.getKey(), o.getKey()), ownersBefore.get(o.getKey()), o.getValue()));
            }
        }
        ownersBefore.keySet().stream().filter(code -> !ownersAfter.containsKey(code))
                .forEach(code -> owners.add(new OwnerChange(names.getOrDefault(code, code), ownersBefore.get(code), null)));
        return new TaskEdit(entry, changes, owners);
    }

    /** The "field: value" lines; a line that opens with no known field goes on the value before it (a text of several lines). */
    private static Map<String, String> fields(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (text == null) {
            return fields;
        }
        String current = null;
        for (String line : text.split("\n", -1)) {
            int colon = line.indexOf(": ");
            String field = colon > 0 ? line.substring(0, colon) : null;
            if (field != null && FIELDS.contains(field)) {
                current = field;
                fields.put(field, line.substring(colon + 2));
            } else if (current != null) {
                fields.put(current, fields.get(current) + "\n" + line);
            }
        }
        return fields;
    }

    private static Map<String, Role> owners(String line) {
        Map<String, Role> owners = new LinkedHashMap<>();
        if (line == null || line.isBlank()) {
            return owners;
        }
        for (String item : line.split(", ")) {
            int eq = item.lastIndexOf('=');
            if (eq > 0) {
                try {
                    owners.put(item.substring(0, eq), Role.valueOf(item.substring(eq + 1).strip()));
                } catch (IllegalArgumentException e) {
                    // An entry written by hand or by an older version: its owners are not shown.
                }
            }
        }
        return owners;
    }
}
