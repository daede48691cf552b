package vn.dondoc.body;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestForm;
import vn.dondoc.web.DateFormats;
import vn.dondoc.web.TypedDate;
import vn.dondoc.web.FieldErrors;

/**
 * What an administrator types into the body form, kept as typed so that a failed form shows it again.
 * Errors map a field name (also the input's id) to a message key.
 */
public class BodyForm {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{2,40}");

    @RestForm
    public String code;
    @RestForm
    public String name;
    @RestForm
    public String nameEn;
    @RestForm
    public String kind;
    @RestForm
    public String aliases;
    @RestForm
    public String areas;
    @RestForm
    public String validFrom;
    @RestForm
    public String validUntil;
    @RestForm
    public Long version;

    static BodyForm of(ResponsibleBody body) {
        BodyForm form = new BodyForm();
        form.code = body.code;
        form.name = body.name;
        form.nameEn = body.nameEn;
        form.kind = body.kind;
        form.aliases = body.aliases;
        form.areas = body.areas;
        form.validFrom = DateFormats.dmy(body.validFrom);
        form.validUntil = DateFormats.dmy(body.validUntil);
        form.version = body.version;
        return form;
    }

    /** Checks a new body, including its code. */
    FieldErrors checkNew() {
        FieldErrors errors = new FieldErrors();
        code = trim(code);
        if (code == null) {
            errors.put("code", "bodies_admin_error_code_missing");
        } else if (!CODE.matcher(code).matches()) {
            errors.put("code", "bodies_admin_error_code_format");
        } else if (ResponsibleBody.findByCode(code).isPresent()) {
            errors.put("code", "bodies_admin_error_code_taken");
        }
        errors.putAll(checkDetails());
        return errors;
    }

    /** Checks what may change on an existing body (everything but its code). */
    FieldErrors checkDetails() {
        FieldErrors errors = new FieldErrors();
        name = trim(name);
        nameEn = trim(nameEn);
        aliases = trim(aliases);
        areas = trim(areas);
        if (name == null) {
            errors.put("name", "bodies_admin_error_name_missing");
        } else if (name.length() > 300) {
            errors.put("name", "bodies_admin_error_too_long");
        }
        if (nameEn != null && nameEn.length() > 300) {
            errors.put("nameEn", "bodies_admin_error_too_long");
        }
        if (kind == null || !ResponsibleBody.KINDS.contains(kind)) {
            errors.put("kind", "bodies_admin_error_kind");
        }
        if (aliases != null && aliases.length() > 2000) {
            errors.put("aliases", "bodies_admin_error_too_long");
        }
        if (areas != null && areas.length() > 4000) {
            errors.put("areas", "bodies_admin_error_too_long");
        }
        LocalDate from = date(validFrom, "validFrom", errors);
        LocalDate until = date(validUntil, "validUntil", errors);
        if (from != null && until != null && !until.isAfter(from)) {
            errors.put("validUntil", "bodies_admin_error_dates");
        }
        return errors;
    }

    /** Copies the checked fields onto the body. */
    void applyTo(ResponsibleBody body) {
        body.name = name;
        body.nameEn = nameEn;
        body.kind = kind;
        body.aliases = aliases;
        body.areas = areas;
        body.validFrom = parse(validFrom);
        body.validUntil = parse(validUntil);
    }

    /** A date typed as dd/mm/yyyy (or ISO, from a link), or null when empty; an error when it is no real day. */
    static LocalDate date(String value, String field, FieldErrors errors) {
        try {
            return parse(value);
        } catch (DateTimeParseException e) {
            errors.put(field, "bodies_admin_error_date");
            return null;
        }
    }

    private static LocalDate parse(String value) {
        return TypedDate.parse(value);
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
