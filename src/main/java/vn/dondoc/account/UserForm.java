package vn.dondoc.account;

import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestForm;
import vn.dondoc.body.ResponsibleBody;
import vn.dondoc.web.FieldErrors;

/**
 * What an administrator types into the account form, kept as typed so that a failed form shows it again.
 * Errors map a field name (also the input's id) to a message key.
 */
public class UserForm {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,99}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @RestForm
    public String username;
    @RestForm
    public String displayName;
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
    FieldErrors checkNew() {
        FieldErrors errors = new FieldErrors();
        username = trim(username);
        if (username == null) {
            errors.put("username", "users_error_username_missing");
        } else if (!USERNAME.matcher(username).matches()) {
            errors.put("username", "users_error_username_format");
        } else if (User.findByUsername(username).isPresent()) {
            errors.put("username", "users_error_username_taken");
        }
        errors.putAll(checkDetails());
        String passwordError = PasswordPolicy.problem(password, username);
        if (passwordError != null) {
            errors.put("password", passwordError);
        }
        return errors;
    }

    /** Checks what may change on an existing account. */
    FieldErrors checkDetails() {
        FieldErrors errors = new FieldErrors();
        displayName = trim(displayName);
        email = trim(email);
        if (displayName == null) {
            errors.put("displayName", "users_error_display_name_missing");
        } else if (displayName.length() > 200) {
            errors.put("displayName", "users_error_too_long");
        }
        if (email != null && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
            errors.put("email", "users_error_email");
        }
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

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
