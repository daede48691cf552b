package vn.dondoc.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import vn.dondoc.audit.AuditEntry;
import vn.dondoc.web.AppRole;
import vn.dondoc.web.Flash;
import vn.dondoc.web.FieldErrors;

/**
 * Creates the first administrator through the one-time link printed in the log at start. Once any
 * administrator exists the page does not exist either (404).
 */
@Path("/setup")
@Produces(MediaType.TEXT_HTML)
public class SetupResource {

    @Inject
    Validator validator;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance setup(String token, boolean tokenUsable, UserForm form, FieldErrors errors);
    }

    @GET
    public Response show(@QueryParam("token") String token) {
        refuseOnceAnAdministratorExists();
        UserForm form = new UserForm();
        if (!SetupToken.usable(token)) {
            return page(400, Templates.setup("", false, form, new FieldErrors()));
        }
        return page(200, Templates.setup(token, true, form, new FieldErrors()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response create(@RestForm String token, @BeanParam UserForm form, @RestForm String passwordAgain) {
        refuseOnceAnAdministratorExists();
        if (!SetupToken.usable(token)) {
            return page(400, Templates.setup("", false, form, new FieldErrors()));
        }
        form.role = AppRole.ADMIN.name();
        form.bodyId = null;
        FieldErrors errors = new FieldErrors().putAll(form.checkNew(validator));
        if (!errors.has("password") && !form.password.equals(passwordAgain)) {
            errors.put("passwordAgain", "users_error_password_mismatch");
        }
        if (!errors.isEmpty()) {
            return page(400, Templates.setup(token, true, form, errors));
        }
        if (!SetupToken.redeem(token)) {
            return page(400, Templates.setup("", false, form, new FieldErrors()));
        }
        User admin = User.create(form.username, form.password, AppRole.ADMIN, null);
        admin.displayName = form.displayName;
        admin.email = form.email;
        AuditEntry.record("setup", UserAdminResource.AUDIT_TYPE, admin.id, "create", null, admin.describe());
        return Flash.seeOther("/login", "setup_flash_done");
    }

    private static void refuseOnceAnAdministratorExists() {
        if (User.anyAdministrator()) {
            throw new NotFoundException();
        }
    }

    private static Response page(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }
}
