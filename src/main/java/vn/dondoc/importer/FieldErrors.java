package vn.dondoc.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The errors of a failed form, in the order of its fields: field id → message key. */
public final class FieldErrors {

    /** One entry of the error summary, linking to its field. */
    public record Entry(String field, String key) {
    }

    private final Map<String, String> byField = new LinkedHashMap<>();

    public FieldErrors add(String field, ImportError error) {
        byField.putIfAbsent(field, error.key());
        return this;
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** The message key for the field, or null. */
    public String get(String field) {
        return byField.get(field);
    }

    public List<Entry> getAll() {
        return byField.entrySet().stream().map(e -> new Entry(e.getKey(), e.getValue())).toList();
    }
}
