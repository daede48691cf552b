package vn.dondoc.task;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import vn.dondoc.body.BodyForm;
import vn.dondoc.body.ResponsibleBody;
import vn.dondoc.web.AppRole;
import vn.dondoc.web.CurrentUser;
import vn.dondoc.web.DateFormats;
import vn.dondoc.web.FieldErrors;
import vn.dondoc.web.Flash;
import vn.dondoc.web.OfficeClock;
import vn.dondoc.web.Forms;

/**
 * The administrator's record of a merger (the 2025 reorganisation), on the body's admin page: it hands the old
 * body's unfinished assignments to its successor ({@link BodyMerger}).
 */
@Path("/admin/bodies/{code}/merge")
@RolesAllowed(AppRole.ADMIN_ROLE)
@Produces(MediaType.TEXT_HTML)
public class BodyMergeResource {

    @Inject
    CurrentUser currentUser;
    @Inject
    BodyMerger merger;

    /** What the merger form was given, kept as typed. */
    public record MergeForm(String successor, String on) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance merge(ResponsibleBody body, MergeForm form, FieldErrors errors,
                List<ResponsibleBody> successors, long openCount, ResponsibleBody recorded, BodyMerger.Result preview);
    }

    @GET
    public TemplateInstance mergeForm(@PathParam("code") String code) {
        ResponsibleBody body = find(code);
        if (body.successorCode != null) {
            return merge(body, new MergeForm(body.successorCode, DateFormats.dmy(body.validUntil)), new FieldErrors());
        }
        return merge(body, new MergeForm(null, DateFormats.dmy(OfficeClock.today())), new FieldErrors());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response merge(@PathParam("code") String code, @RestForm String successor, @RestForm String on) {
        ResponsibleBody body = find(code);
        MergeForm form = new MergeForm(successor, on);
        FieldErrors errors = new FieldErrors();
        ResponsibleBody next = successor == null ? null : ResponsibleBody.findByCode(successor.trim()).orElse(null);
        if (body.successorCode != null && Assignment.countOpenOf(body) == 0) {
            errors.put("successor", "bodies_merge_error_already");
        } else if (body.successorCode != null && (next == null || !next.code.equals(body.successorCode))) {
            errors.put("successor", "bodies_merge_error_other_successor");
        }
        if (next == null) {
            errors.putIfAbsent("successor", "bodies_merge_error_successor");
        } else if (next.id.equals(body.id) || next.successorCode != null) {
            errors.putIfAbsent("successor", "bodies_merge_error_successor_invalid");
        }
        LocalDate day = BodyForm.date(on, "on", errors);
        if (day == null) {
            errors.putIfAbsent("on", "bodies_merge_error_date");
        } else if (body.validFrom != null && !day.isAfter(body.validFrom)) {
            errors.put("on", "bodies_merge_error_date_before_start");
        }
        if (!errors.isEmpty()) {
            return invalid(merge(body, form, errors));
        }
        BodyMerger.Result result = merger.merge(body, next, day, currentUser.getName());
        return Flash.seeOther("/admin/bodies/" + body.code, "bodies_merge_flash_done", result.moved(), result.combined());
    }

    private static ResponsibleBody find(String code) {
        return ResponsibleBody.findByCode(code).orElseThrow(NotFoundException::new);
    }

    private static TemplateInstance merge(ResponsibleBody body, MergeForm form, FieldErrors errors) {
        List<ResponsibleBody> successors = ResponsibleBody.listByName().stream()
                .filter(b -> !b.id.equals(body.id) && b.successorCode == null).toList();
        ResponsibleBody recorded = body.successorCode == null ? null : ResponsibleBody.findByCode(body.successorCode).orElse(null);
        return Templates.merge(body, form, errors, successors, Assignment.countOpenOf(body), recorded,
                recorded == null ? null : BodyMerger.preview(body, recorded));
    }

    private static Response invalid(TemplateInstance page) {
        return Forms.again(400, page);
    }
}
