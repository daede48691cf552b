package vn.dondoc.reminder;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestForm;
import vn.dondoc.body.ResponsibleBody;
import vn.dondoc.task.Progress;
import vn.dondoc.web.CurrentUser;
import vn.dondoc.report.ReportResource;
import vn.dondoc.web.OfficeClock;
import vn.dondoc.web.Forms;

/**
 * Reminder letters (văn bản đôn đốc), for clerks and administrators: the bodies with overdue or soon-due work, and
 * a letter to one of them or to all, as DOCX or PDF. The POST that makes a letter records it and answers with the
 * file itself, so that nothing has to be kept between requests; each press of the button is a letter recorded.
 */
@Path("/letters")
@Authenticated
public class ReminderLetterResource {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** The issuing body for the header block; {@code ;} separates its lines. */
    @ConfigProperty(name = "dondoc.letters.issuer", defaultValue = "BAN CHẤP HÀNH TRUNG ƯƠNG;VĂN PHÒNG TRUNG ƯƠNG ĐẢNG")
    String issuer;
    /** The issuing body as the letter's sentences name it. */
    @ConfigProperty(name = "dondoc.letters.issuer-name", defaultValue = "Văn phòng Trung ương Đảng")
    String issuerName;
    @ConfigProperty(name = "dondoc.letters.place", defaultValue = "Hà Nội")
    String place;
    /** The number line, with dots where the clerk writes the number once the letter is registered. */
    @ConfigProperty(name = "dondoc.letters.number", defaultValue = "Số: ........-CV/VPTW")
    String number;
    /** The signature block; {@code ;} separates its lines, the last one in italics. */
    @ConfigProperty(name = "dondoc.letters.signature", defaultValue = "TL. CHÁNH VĂN PHÒNG;PHÓ CHÁNH VĂN PHÒNG;(ký, ghi rõ họ tên)")
    String signature;

    @Inject
    CurrentUser user;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<ReminderLetters.Due> due, int days, String error);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list() {
        mayWrite();
        return Templates.list(ReminderLetters.bodiesDue(OfficeClock.today()), ReminderLetters.DAYS_AHEAD, null);
    }

    /** Makes the letter to {@code body} (its code), or to every body when it is empty, as {@code format} docx or pdf. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({DOCX, "application/pdf", MediaType.TEXT_HTML})
    @Transactional
    public Response make(@RestForm String body, @RestForm String format) {
        mayWrite();
        LocalDate today = OfficeClock.today();
        boolean pdf = "pdf".equals(format);
        if (!pdf && !"docx".equals(format)) {
            return refused(today, "letter_error_nothing");
        }
        ResponsibleBody only = null;
        if (body != null && !body.isBlank()) {
            only = ResponsibleBody.findByCode(body.trim()).orElse(null);
            if (only == null) {
                return refused(today, "letter_error_body");
            }
        }
        List<ReminderLetters.Letter> letters = ReminderLetters.make(only, today, user.getName());
        if (letters.isEmpty()) {
            return refused(today, "letter_error_nothing");
        }
        ReminderLetters.Form form = new ReminderLetters.Form(ReportResource.lines(issuer), issuerName, place, number, ReportResource.lines(signature));
        String name = "don-doc-" + (only == null ? "tat-ca" : only.code) + "-" + today + (pdf ? ".pdf" : ".docx");
        byte[] file = pdf ? LetterPdf.write(letters, form) : LetterDocx.write(letters, form);
        return Response.ok(file, pdf ? "application/pdf" : DOCX).header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }

    private Response refused(LocalDate today, String error) {
        return Forms.again(400, Templates.list(ReminderLetters.bodiesDue(today), ReminderLetters.DAYS_AHEAD, error));
    }

    private void mayWrite() {
        if (!user.isClerk()) {
            throw new ForbiddenException();
        }
    }
}
