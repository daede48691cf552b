package vn.dondoc.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import vn.dondoc.audit.AuditEntry;
import vn.dondoc.body.ResponsibleBody;
import vn.dondoc.web.AppRole;
import vn.dondoc.web.CurrentUser;
import vn.dondoc.web.Flash;
import vn.dondoc.web.Forms;
import vn.dondoc.web.FieldErrors;

/**
 * Accounts for the administrator: list, create, edit, set a new password, lift a login delay. Every change goes to
 * the audit trail.
 */
@Path("/admin/users")
@RolesAllowed(AppRole.ADMIN_ROLE)
@Produces(MediaType.TEXT_HTML)
public class UserAdminResource {

    @Inject
    Validator validator;

    static final String AUDIT_TYPE = "user";

    @Inject
    CurrentUser currentUser;

    @Inject
    LoginGuard loginGuard;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<User> users);

        static native TemplateInstance form(User user, UserForm form, FieldErrors errors,
                FieldErrors passwordErrors, LoginGuard.Delay loginDelay, List<AppRole> roles,
                List<ResponsibleBody> bodies, List<AuditEntry> history, List<ApiToken> tokens);
    }

    @GET
    public TemplateInstance list() {
        return Templates.list(User.listByName());
    }

    @GET
    @Path("new")
    public TemplateInstance newUser() {
        UserForm form = new UserForm();
        form.role = AppRole.VIEWER.name();
        return form(null, form, new FieldErrors(), new FieldErrors());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response create(@BeanParam UserForm form) {
        FieldErrors errors = form.checkNew(validator);
        if (!errors.isEmpty()) {
            return Forms.again(400, form(null, form, errors, new FieldErrors()));
        }
        User user = User.create(form.username, form.password, form.appRole(), form.body());
        user.displayName = form.displayName;
        user.email = form.email;
        AuditEntry.record(currentUser.getName(), AUDIT_TYPE, user.id, "create", null, user.describe());
        return Flash.seeOther("/admin/users/" + user.id, "users_flash_created");
    }

    @GET
    @Path("{id}")
    public TemplateInstance edit(@PathParam("id") long id) {
        User user = find(id);
        return form(user, UserForm.of(user), new FieldErrors(), new FieldErrors());
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response update(@PathParam("id") long id, @BeanParam UserForm form) {
        User user = find(id);
        form.username = user.username;
        FieldErrors errors = form.checkDetails(validator);
        if (form.version == null || form.version != user.version) {
            errors.put("displayName", "users_error_changed_meanwhile");
            form.version = user.version;
        }
        boolean staysAdministrator = form.appRole() == AppRole.ADMIN && form.enabledTicked();
        if (!staysAdministrator && user.isLastEnabledAdministrator()) {
            errors.put(form.enabledTicked() ? "role" : "enabled", "users_error_last_admin");
        }
        if (!errors.isEmpty()) {
            return Forms.again(400, form(user, form, errors, new FieldErrors()));
        }
        String before = user.describe();
        form.applyTo(user);
        AuditEntry.recordChange(currentUser.getName(), AUDIT_TYPE, user.id, user.enabled ? "update" : "disable", before, user.describe());
        if (!user.enabled) {
            UserSession.endAllOf(user);
            ApiToken.revokeAllOf(user, currentUser.getName());
        }
        return Flash.seeOther("/admin/users/" + user.id, "flash_saved");
    }

    /** The administrator sets a new password; the user's open sessions end. */
    @POST
    @Path("{id}/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response resetPassword(@PathParam("id") long id, @RestForm String newPassword) {
        User user = find(id);
        String error = PasswordPolicy.problem(newPassword, user.username);
        if (error != null) {
            return Forms.again(400, form(user, UserForm.of(user), new FieldErrors(), FieldErrors.of("newPassword", error)));
        }
        user.setPassword(newPassword);
        UserSession.endAllOf(user);
        AuditEntry.record(currentUser.getName(), AUDIT_TYPE, user.id, "password", null, null);
        return Flash.seeOther("/admin/users/" + user.id, "users_flash_password");
    }

    /** The administrator lifts the account's login delay: its recent failed logins are forgotten. */
    @POST
    @Path("{id}/unlock")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response liftLoginDelay(@PathParam("id") long id) {
        User user = find(id);
        loginGuard.lift(user, currentUser.getName());
        return Flash.seeOther("/admin/users/" + user.id, "users_flash_unlocked");
    }

    /** The administrator revokes one of the account's API tokens. */
    @POST
    @Path("{id}/tokens/{tokenId}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response revokeToken(@PathParam("id") long id, @PathParam("tokenId") long tokenId) {
        User user = find(id);
        ApiToken token = ApiToken.findOf(user, tokenId).orElseThrow(NotFoundException::new);
        ApiTokenResource.revoke(token, currentUser.getName());
        return Flash.seeOther("/admin/users/" + user.id, "tokens_flash_revoked");
    }

    private static User find(long id) {
        User user = User.findById(id);
        if (user == null) {
            throw new NotFoundException();
        }
        return user;
    }

    private TemplateInstance form(User user, UserForm form, FieldErrors errors, FieldErrors passwordErrors) {
        List<AuditEntry> history = user == null ? List.of() : AuditEntry.of(AUDIT_TYPE, user.id);
        LoginGuard.Delay delay = user == null ? null : loginGuard.delayOf(user.username);
        return Templates.form(user, form, errors, passwordErrors, delay, Arrays.asList(AppRole.values()),
                ResponsibleBody.listByName(), history, user == null ? List.of() : ApiToken.of(user));
    }
}
