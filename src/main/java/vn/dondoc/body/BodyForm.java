package vn.dondoc.body;

import java.time.LocalDate;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import org.jboss.resteasy.reactive.RestForm;
import vn.dondoc.web.DateFormats;
import vn.dondoc.web.TypedDate;
import vn.dondoc.web.FieldErrors;
import vn.dondoc.web.Forms;

/**
 * What an administrator types into the body form, kept as typed so that a failed form shows it again.
 * The constraints on its fields say what a field must be (their messages are message keys); what needs the
 * database, a list of kinds or several fields is checked in {@link #checkNew} and {@link #checkDetails}.
 */
public class BodyForm {

    /** The constraints of a new body only: its code is set once. */
    interface New {
    }

    @NotNull(message = "bodies_admin_error_code_missing", groups = New.class)
    @Pattern(regexp = "[A-Z0-9_]{2,40}", message = "bodies_admin_error_code_format", groups = New.class)
    @RestForm
    public String code;
    @NotNull(message = "bodies_admin_error_name_missing")
    @Size(max = 300, message = "bodies_admin_error_too_long")
    @RestForm
    public String name;
    @Size(max = 300, message = "bodies_admin_error_too_long")
    @RestForm
    public String nameEn;
    @RestForm
    public String kind;
    @Size(max = 2000, message = "bodies_admin_error_too_long")
    @RestForm
    public String aliases;
    @Size(max = 4000, message = "bodies_admin_error_too_long")
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
        form.kind = body.kind == null ? BodyKind.OTHER.code : body.kind.code;
        form.aliases = body.aliases;
        form.areas = body.areas;
        form.validFrom = DateFormats.dmy(body.validFrom);
        form.validUntil = DateFormats.dmy(body.validUntil);
        form.version = body.version;
        return form;
    }

    /** Checks a new body, including its code. */
    FieldErrors checkNew(Validator validator) {
        code = Forms.blankToNull(code);
        FieldErrors errors = checked(validator, Default.class, New.class);
        if (!errors.has("code") && ResponsibleBody.findByCode(code).isPresent()) {
            errors.put("code", "bodies_admin_error_code_taken");
        }
        return Forms.inFieldOrder(errors, BodyForm.class);
    }

    /** Checks what may change on an existing body (everything but its code). */
    FieldErrors checkDetails(Validator validator) {
        return Forms.inFieldOrder(checked(validator, Default.class), BodyForm.class);
    }

    /** The fields as typed, trimmed, checked by their constraints and then against the kinds and as days. */
    private FieldErrors checked(Validator validator, Class<?>... groups) {
        name = Forms.blankToNull(name);
        nameEn = Forms.blankToNull(nameEn);
        aliases = Forms.blankToNull(aliases);
        areas = Forms.blankToNull(areas);
        FieldErrors errors = Forms.check(validator, this, groups);
        if (BodyKind.byCode(kind).isEmpty()) {
            errors.put("kind", "bodies_admin_error_kind");
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
        body.kind = BodyKind.ofCode(kind);
        body.aliases = aliases;
        body.areas = areas;
        body.validFrom = TypedDate.parse(validFrom);
        body.validUntil = TypedDate.parse(validUntil);
    }

    /** A date typed as dd/mm/yyyy (or ISO, from a link), or null when empty; an error when it is no real day. */
    public static LocalDate date(String value, String field, FieldErrors errors) {
        return TypedDate.read(value, field, "bodies_admin_error_date", errors);
    }
}
