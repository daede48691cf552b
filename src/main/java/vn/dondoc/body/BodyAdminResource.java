package vn.dondoc.body;

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
import java.util.List;
import vn.dondoc.audit.AuditEntry;
import vn.dondoc.web.AppRole;
import vn.dondoc.web.CurrentUser;
import vn.dondoc.web.Flash;
import vn.dondoc.web.Forms;
import vn.dondoc.web.FieldErrors;

/**
 * The administrator's list of bodies: create, edit names, aliases, areas and dates. A merger, which hands the old
 * body's unfinished work to its successor, is recorded beside the assignments it moves ({@code task.BodyMergeResource}).
 * Every change is audited.
 */
@Path("/admin/bodies")
@RolesAllowed(AppRole.ADMIN_ROLE)
@Produces(MediaType.TEXT_HTML)
public class BodyAdminResource {

    @Inject
    Validator validator;

    static final String AUDIT_TYPE = "body";

    @Inject
    CurrentUser currentUser;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<ResponsibleBody> bodies);

        static native TemplateInstance form(ResponsibleBody body, BodyForm form, FieldErrors errors,
                List<BodyKind> kinds, List<AuditEntry> history);
    }

    @GET
    public TemplateInstance list() {
        return Templates.list(ResponsibleBody.listByName());
    }

    @GET
    @Path("new")
    public TemplateInstance newBody() {
        BodyForm form = new BodyForm();
        form.kind = BodyKind.OTHER.code;
        return form(null, form, new FieldErrors());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response create(@BeanParam BodyForm form) {
        FieldErrors errors = form.checkNew(validator);
        if (!errors.isEmpty()) {
            return Forms.again(400, form(null, form, errors));
        }
        ResponsibleBody body = new ResponsibleBody();
        body.code = form.code;
        form.applyTo(body);
        body.persist();
        AuditEntry.record(currentUser.getName(), AUDIT_TYPE, body.id, "create", null, AuditText.of(body));
        return Flash.seeOther("/admin/bodies/" + body.code, "bodies_admin_flash_created");
    }

    @GET
    @Path("{code}")
    public TemplateInstance edit(@PathParam("code") String code) {
        ResponsibleBody body = find(code);
        return form(body, BodyForm.of(body), new FieldErrors());
    }

    @POST
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response update(@PathParam("code") String code, @BeanParam BodyForm form) {
        ResponsibleBody body = find(code);
        form.code = body.code;
        FieldErrors errors = form.checkDetails(validator);
        if (form.version == null || form.version != body.version) {
            errors.put("name", "bodies_admin_error_changed_meanwhile");
            form.version = body.version;
        }
        if (!errors.isEmpty()) {
            return Forms.again(400, form(body, form, errors));
        }
        String before = AuditText.of(body);
        form.applyTo(body);
        AuditEntry.recordChange(currentUser.getName(), AUDIT_TYPE, body.id, "update", before, AuditText.of(body));
        return Flash.seeOther("/admin/bodies/" + body.code, "flash_saved");
    }

    private static ResponsibleBody find(String code) {
        return ResponsibleBody.findByCode(code).orElseThrow(NotFoundException::new);
    }

    private static TemplateInstance form(ResponsibleBody body, BodyForm form, FieldErrors errors) {
        List<AuditEntry> history = body == null ? List.of() : AuditEntry.of(AUDIT_TYPE, body.id);
        return Templates.form(body, form, errors, List.of(BodyKind.values()), history);
    }
}
