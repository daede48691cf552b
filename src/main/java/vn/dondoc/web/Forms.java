package vn.dondoc.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * What every form needs: its object checked by its constraints, the version it was sent from, and a refused form shown
 * again with its status.
 */
public final class Forms {

    private Forms() {
    }

    /**
     * The version of the record the form was opened on (a hidden field).
     *
     * @throws BadRequestException when there is none: the form was not sent from the page
     */
    public static long version(String value) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException();
        }
    }

    /** What was typed, stripped, or null when nothing was. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * The errors of a form object by its Bean Validation constraints, in the order of its fields. Each constraint's
     * message is a message key ({@code @NotNull(message = "users_error_display_name_missing")}), which the page shows
     * in the user's language; a field keeps the first constraint it fails.
     */
    public static FieldErrors check(Validator validator, Object form, Class<?>... groups) {
        List<String> fields = fieldNames(form.getClass());
        FieldErrors errors = new FieldErrors();
        validator.validate(form, groups).stream()
                .sorted(Comparator.comparingInt((ConstraintViolation<Object> v) -> fields.indexOf(v.getPropertyPath().toString()))
                        .thenComparing(ConstraintViolation::getMessageTemplate))
                .forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessageTemplate()));
        return errors;
    }

    /** The same errors in the order in which the form object declares its fields, as the page shows them. */
    public static FieldErrors inFieldOrder(FieldErrors errors, Class<?> form) {
        return errors.ordered(fieldNames(form));
    }

    private static List<String> fieldNames(Class<?> form) {
        return Arrays.stream(form.getDeclaredFields()).map(Field::getName).toList();
    }

    /** The page again, with 400 (a field is wrong) or 409 (somebody else changed the record first). */
    public static Response again(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }
}
