package vn.dondoc.task;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import vn.dondoc.audit.AuditEntry;
import vn.dondoc.body.BodyPicker;
import vn.dondoc.body.ResponsibleBody;
import vn.dondoc.web.AppRole;
import vn.dondoc.web.CurrentUser;
import vn.dondoc.web.Flash;
import vn.dondoc.web.Forms;
import vn.dondoc.web.FieldErrors;
import vn.dondoc.web.OfficeClock;

/**
 * Clerks correct a saved task (its words, section, deadline and owners), remove it, or restore a removed one.
 * A form sent from an out-of-date page comes back (409) with what is saved now beside the clerk's own values.
 */
@Path("/tasks/{id}")
@RolesAllowed({AppRole.ADMIN_ROLE, AppRole.CLERK_ROLE})
@Produces(MediaType.TEXT_HTML)
public class TaskEditResource {

    @Inject
    CurrentUser user;

    @Inject
    TaskCorrections corrections;

    /** The page of a correction form: the task as saved, the form, its errors, and the last change if it came first. */
    public record EditPage(Task task, TaskEditForm form, FieldErrors errors, AuditEntry changedMeanwhile,
            BodyPicker picker) {

        public List<DeadlineKind> kinds() {
            return List.of(DeadlineKind.values());
        }
    }

    /** The removal page: the task as saved, the reason typed, its errors, and the last change if it came first. */
    public record RemovePage(Task task, String version, String reason, FieldErrors errors, AuditEntry changedMeanwhile) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(EditPage page);

        static native TemplateInstance remove(RemovePage page);
    }

    @GET
    @Path("edit")
    public TemplateInstance edit(@RestPath long id) {
        Task task = standing(id);
        return Templates.edit(new EditPage(task, TaskEditForm.of(task), new FieldErrors(), null, picker()));
    }

    @POST
    @Path("edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestPath long id, @BeanParam TaskEditForm form) {
        TaskEditForm.Read read = form.read();
        Correction result = Correction.attempt(() -> corrections.correct(id, read.change(), read.errors(), user.getName()));
        if (result.saved()) {
            return Flash.seeOther("/tasks/" + id, "task_edit_flash_saved");
        }
        Task task = standing(id);
        TaskEditForm shown = result.stale() ? form.withVersion(task.version) : form;
        return Forms.again(result.status(), Templates.edit(new EditPage(task, shown, result.errors(),
                result.changedMeanwhile(Task.AUDIT_TYPE, task.id), picker())));
    }

    @GET
    @Path("remove")
    public TemplateInstance removeForm(@RestPath long id) {
        Task task = standing(id);
        return Templates.remove(new RemovePage(task, String.valueOf(task.version), "", new FieldErrors(), null));
    }

    @POST
    @Path("remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@RestPath long id, @RestForm String version, @RestForm String reason) {
        long seen = Forms.version(version);
        Correction result = Correction.attempt(() -> corrections.remove(id, seen, reason, user.getName()));
        Task task = Task.findWithDirective(id).orElseThrow(NotFoundException::new);
        if (result.saved()) {
            return Flash.seeOther("/directives/" + task.directive.id + "#removed", "task_edit_flash_removed");
        }
        if (task.isRemoved()) {
            return Flash.seeOther("/tasks/" + id, "task_edit_flash_removed_before");
        }
        return Forms.again(result.status(), Templates.remove(new RemovePage(task, String.valueOf(task.version), reason == null ? "" : reason,
                result.errors(), result.changedMeanwhile(Task.AUDIT_TYPE, task.id))));
    }

    @POST
    @Path("restore")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response restore(@RestPath long id, @RestForm String version) {
        long seen = Forms.version(version);
        Correction result = Correction.attempt(() -> corrections.restore(id, seen, user.getName()));
        return Flash.seeOther("/tasks/" + id, result.saved() ? "task_edit_flash_restored"
                : "task_edit_flash_restore_stale");
    }

    private static Task standing(long id) {
        Task task = Task.findWithDirective(id).orElseThrow(NotFoundException::new);
        if (task.isRemoved()) {
            throw new NotFoundException();
        }
        return task;
    }

    private static BodyPicker picker() {
        return BodyPicker.ofBodies(ResponsibleBody.listByName(), OfficeClock.today());
    }
}
