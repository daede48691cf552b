package vn.dondoc.account;

import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import org.jboss.resteasy.reactive.RestForm;
import vn.dondoc.body.ResponsibleBody;
import vn.dondoc.web.AppRole;
import vn.dondoc.web.FieldErrors;
import vn.dondoc.web.Forms;

/**
 * What an administrator types into the account form, kept as typed so that a failed form shows it again.
 * The constraints on its fields say what a field must be (their messages are message keys); what needs the
 * database or several fields is checked in {@link #checkNew} and {@link #checkDetails}.
 */
public class UserForm {

    /** The constraints of a new account only: its user name is set once. */
    interface New {
    }

    @NotNull(message = "users_error_username_missing", groups = New.class)
    @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,99}", message = "users_error_username_format", groups = New.class)
    @RestForm
    public String username;
    @NotNull(message = "users_error_display_name_missing")
    @Size(max = 200, message = "users_error_too_long")
    @RestForm
    public String displayName;
    @Size(max = 200, message = "users_error_email")
    @Pattern(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "users_error_email")
    @RestForm
    public String email;
    @RestForm
    public String role;
    @RestForm
    public Long bodyId;
    @RestForm
    public String password;
    /** "true" when the box is ticked; a browser sends nothing for an unticked box. */
    @RestForm
    public String enabled;
    @RestForm
    public Long version;

    static UserForm of(User user) {
        UserForm form = new UserForm();
        form.username = user.username;
        form.displayName = user.displayName;
        form.email = user.email;
        form.role = user.role.name();
        form.bodyId = user.body == null ? null : user.body.id;
        form.enabled = user.enabled ? "true" : null;
        form.version = user.version;
        return form;
    }

    /** Checks the fields of a new account, including its user name and first password. */
    FieldErrors checkNew(Validator validator) {
        username = Forms.blankToNull(username);
        FieldErrors errors = checked(validator, Default.class, New.class);
        if (!errors.has("username") && User.findByUsername(username).isPresent()) {
            errors.put("username", "users_error_username_taken");
        }
        String passwordError = PasswordPolicy.problem(password, username);
        if (passwordError != null) {
            errors.put("password", passwordError);
        }
        return Forms.inFieldOrder(errors, UserForm.class);
    }

    /** Checks what may change on an existing account. */
    FieldErrors checkDetails(Validator validator) {
        return Forms.inFieldOrder(checked(validator, Default.class), UserForm.class);
    }

    /** The fields as typed, trimmed, checked by their constraints and then against the roles and bodies. */
    private FieldErrors checked(Validator validator, Class<?>... groups) {
        displayName = Forms.blankToNull(displayName);
        email = Forms.blankToNull(email);
        FieldErrors errors = Forms.check(validator, this, groups);
        AppRole chosen = appRole();
        if (chosen == null) {
            errors.put("role", "users_error_role");
        }
        if (bodyId != null && ResponsibleBody.findById(bodyId) == null) {
            errors.put("bodyId", "users_error_body_unknown");
        } else if (chosen == AppRole.STAFF && bodyId == null) {
            errors.put("bodyId", "users_error_body_required");
        }
        return errors;
    }

    AppRole appRole() {
        try {
            return role == null ? null : AppRole.valueOf(role);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    ResponsibleBody body() {
        return bodyId == null ? null : ResponsibleBody.findById(bodyId);
    }

    /** Copies the editable facts onto the account. */
    void applyTo(User user) {
        user.displayName = displayName;
        user.email = email;
        user.role = appRole();
        user.body = body();
        user.enabled = enabledTicked();
    }

    boolean enabledTicked() {
        return "true".equals(enabled);
    }
}
