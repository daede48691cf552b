package vn.dondoc.task;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import vn.dondoc.audit.AuditEntry;
import vn.dondoc.directive.Directive;
import vn.dondoc.directive.DirectiveKinds;
import vn.dondoc.web.AppRole;
import vn.dondoc.web.CurrentUser;
import vn.dondoc.web.DateFormats;
import vn.dondoc.web.Flash;
import vn.dondoc.web.Forms;
import vn.dondoc.web.TypedDate;
import vn.dondoc.web.FieldErrors;

/**
 * Clerks correct a directive's details (number, kind, title, date, issuer), withdraw it with a reason, or put a
 * withdrawn one back. A form from an out-of-date page comes back (409) with the clerk's values kept.
 */
@Path("/directives/{id}")
@RolesAllowed({AppRole.ADMIN_ROLE, AppRole.CLERK_ROLE})
@Produces(MediaType.TEXT_HTML)
public class DirectiveEditResource {

    @Inject
    CurrentUser user;

    @Inject
    DirectiveCorrections corrections;

    /** The details form as typed. */
    public record DetailsForm(String version, String number, String kind, String title, String documentDate, String issuer) {

        static DetailsForm of(Directive d) {
            return new DetailsForm(String.valueOf(d.version), d.number, d.kind, d.title, DateFormats.dmy(d.documentDate), d.issuer);
        }

        DetailsForm withVersion(long current) {
            return new DetailsForm(String.valueOf(current), number, kind, title, documentDate, issuer);
        }
    }

    /** A kind of document in the form's choice, with the message key of its name. */
    public record KindChoice(String code, String key) {
    }

    public record EditPage(Directive directive, DetailsForm form, FieldErrors errors, AuditEntry changedMeanwhile) {

        public List<KindChoice> kinds() {
            return DirectiveKinds.CODES.stream().map(k -> new KindChoice(k, Directive.kindKey(k))).toList();
        }
    }

    public record WithdrawPage(Directive directive, String version, String reason, FieldErrors errors,
            AuditEntry changedMeanwhile, long tasks) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(EditPage page);

        static native TemplateInstance withdraw(WithdrawPage page);
    }

    @GET
    @Path("edit")
    public TemplateInstance edit(@RestPath long id) {
        Directive directive = find(id);
        return Templates.edit(new EditPage(directive, DetailsForm.of(directive), new FieldErrors(), null));
    }

    @POST
    @Path("edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestPath long id, @RestForm String version, @RestForm String number, @RestForm String kind,
            @RestForm String title, @RestForm String documentDate, @RestForm String issuer) {
        DetailsForm form = new DetailsForm(version, number, kind, title, documentDate, issuer);
        FieldErrors typed = new FieldErrors();
        LocalDate day = TypedDate.read(documentDate, "documentDate", "directive_edit_error_date", typed);
        DirectiveCorrections.Details details = new DirectiveCorrections.Details(number, kind, title, day, typed.has("documentDate"), issuer);
        Correction result = Correction.attempt(() -> corrections.correct(id, Forms.version(version), details, user.getName()));
        if (result.saved()) {
            return Flash.seeOther("/directives/" + id, "directive_edit_flash_saved");
        }
        Directive directive = find(id);
        return Forms.again(result.status(), Templates.edit(new EditPage(directive,
                result.stale() ? form.withVersion(directive.version) : form, result.errors(), result.changedMeanwhile(Directive.AUDIT_TYPE, directive.id))));
    }

    @GET
    @Path("withdraw")
    public TemplateInstance withdrawForm(@RestPath long id) {
        Directive directive = find(id);
        if (directive.isWithdrawn()) {
            throw new NotFoundException();
        }
        return Templates.withdraw(new WithdrawPage(directive, String.valueOf(directive.version), "", new FieldErrors(), null, taskCount(directive)));
    }

    @POST
    @Path("withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@RestPath long id, @RestForm String version, @RestForm String reason) {
        long seen = Forms.version(version);
        Correction result = Correction.attempt(() -> corrections.withdraw(id, seen, reason, user.getName()));
        if (result.saved()) {
            return Flash.seeOther("/directives/" + id, "directive_withdraw_flash_done");
        }
        Directive directive = find(id);
        if (directive.isWithdrawn()) {
            return Flash.seeOther("/directives/" + id, "directive_withdraw_flash_before");
        }
        return Forms.again(result.status(), Templates.withdraw(new WithdrawPage(directive, String.valueOf(directive.version),
                reason == null ? "" : reason, result.errors(), result.changedMeanwhile(Directive.AUDIT_TYPE, directive.id), taskCount(directive))));
    }

    @POST
    @Path("restore")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response restore(@RestPath long id, @RestForm String version) {
        long seen = Forms.version(version);
        Correction result = Correction.attempt(() -> corrections.restore(id, seen, user.getName()));
        String key = result.saved() ? "directive_restore_flash_done"
                : result.stale() ? "directive_restore_flash_stale" : "directive_restore_error_copy";
        return Flash.seeOther("/directives/" + id, key);
    }

    private static Directive find(long id) {
        return DirectiveCorrections.find(id);
    }

    private static long taskCount(Directive directive) {
        return vn.dondoc.task.Task.countsByDirective(List.of(directive)).getOrDefault(directive.id, 0L);
    }
}
