package vn.dondoc.web;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The errors of a refused form, in the order of its fields: field id (also the id of its input, the target of the
 * error summary's link) → message key, shown in the user's language by the page ({@code {text:of(key)}}). The API
 * answers them as a JSON object of the same pairs.
 */
public final class FieldErrors {

    /** One entry of the error summary, linking to its field. */
    public record Entry(String field, String key) {
    }

    private final Map<String, String> byField = new LinkedHashMap<>();

    public static FieldErrors of(String field, String key) {
        return new FieldErrors().put(field, key);
    }

    /** The field's error; a later check of the same field replaces what an earlier one said. */
    public FieldErrors put(String field, String key) {
        byField.put(field, key);
        return this;
    }

    /** The field's error unless it has one already: the first check that fails is the one shown. */
    public FieldErrors putIfAbsent(String field, String key) {
        byField.putIfAbsent(field, key);
        return this;
    }

    public FieldErrors putAll(FieldErrors other) {
        byField.putAll(other.byField);
        return this;
    }

    /** The same errors, each field id behind a prefix ({@code filter-}), as the page's ids are. */
    public FieldErrors prefixed(String prefix) {
        FieldErrors copy = new FieldErrors();
        byField.forEach((field, key) -> copy.byField.put(prefix + field, key));
        return copy;
    }

    /** The same errors, those of the given fields first, in that order. */
    public FieldErrors ordered(List<String> fields) {
        FieldErrors copy = new FieldErrors();
        fields.stream().filter(byField::containsKey).forEach(f -> copy.byField.put(f, byField.get(f)));
        copy.byField.putAll(byField);
        return copy;
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    /** Whether there is any error: {@code {#if errors.any}}. */
    public boolean isAny() {
        return !byField.isEmpty();
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

    /** Field → message key, in the order of the fields. */
    @JsonValue
    public Map<String, String> asMap() {
        return Collections.unmodifiableMap(byField);
    }

    @Override
    public String toString() {
        return byField.toString();
    }
}
