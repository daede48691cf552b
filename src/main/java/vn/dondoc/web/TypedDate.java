package vn.dondoc.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * A day as people type it into a form (30/09/2024, 1/12/2026, 30.09.2024) or as links carry it (2024-09-30). Forms use
 * plain text fields rather than a date widget, whose order of day and month follows the browser's language
 * and not the page's; every such field is read here, on the server.
 */
public final class TypedDate {

    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private TypedDate() {
    }

    /**
     * The day, or null for an empty field.
     *
     * @throws DateTimeParseException for anything else that is not a real day (31/02/2024, 2024-13-01, "mai"), or a
     *         day outside the years 1900 to 2999 (0001-01-01)
     */
    public static LocalDate parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String v = typed.strip();
        return inRange(ISO.matcher(v).matches() ? LocalDate.parse(v) : LocalDate.parse(v.replace('.', '/').replace('-', '/'), DMY), typed);
    }

    /** The day, when its year is one a directive's work can have (1900 to 2999), however it was written. */
    private static LocalDate inRange(LocalDate day, String typed) {
        if (day.getYear() < 1900 || day.getYear() > 2999) {
            throw new DateTimeParseException("year out of range", typed, 0);
        }
        return day;
    }

    /**
     * The day typed into a form field, or null when the field is empty; when it is no real day, null and the field's
     * error (the first error of a field stays).
     */
    public static LocalDate read(String typed, String field, String errorKey, FieldErrors errors) {
        try {
            return parse(typed);
        } catch (DateTimeParseException e) {
            errors.putIfAbsent(field, errorKey);
            return null;
        }
    }

    /**
     * The day a program sends to the API, which takes yyyy-mm-dd only, or null when empty; when it is no real day,
     * null and the field's error.
     */
    public static LocalDate readIso(String sent, String field, String errorKey, FieldErrors errors) {
        if (sent == null || sent.isBlank()) {
            return null;
        }
        try {
            return inRange(LocalDate.parse(sent.strip()), sent);
        } catch (DateTimeParseException e) {
            errors.putIfAbsent(field, errorKey);
            return null;
        }
    }

    /** The day, or null when the value is empty or no day (for a filter that passes over what it cannot read). */
    public static LocalDate orNull(String typed) {
        try {
            return parse(typed);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The value for a date field: a readable day as dd/mm/yyyy, anything else as it was typed. */
    public static String shown(String typed) {
        LocalDate day = orNull(typed);
        return day != null ? DateFormats.dmy(day) : typed == null ? "" : typed.strip();
    }
}
