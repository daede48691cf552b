package vn.dondoc.report;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dondoc.web.OfficeClock;
import vn.dondoc.web.Forms;

/**
 * The progress report (báo cáo tiến độ): on screen, as a printable page, as PDF and as spreadsheets, all
 * from the same filter. Any logged-in user may read and print it.
 */
@Path("/reports")
@Authenticated
public class ReportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** The newest directives the form offers; an older one's report is linked from its page. */
    static final int DIRECTIVE_CHOICES = 30;

    @Inject
    ReportHeading heading;
    /**
     * How many overdue tasks each body's list shows on the page, in print and in the PDF, so that they stay the same
     * size however many tasks there are: a line says how many more (on the page, with a link to them in the task
     * list). The spreadsheet lists every one.
     */
    @ConfigProperty(name = "dondoc.report.overdue-per-body", defaultValue = "10")
    int overduePerBody;

    @Context
    HttpHeaders headers;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance progress(ProgressPage page);

        static native TemplateInstance print(ProgressPage page);
    }

    @GET
    @Path("progress")
    @Produces(MediaType.TEXT_HTML)
    public Response progress(@BeanParam ProgressForm form) {
        ProgressPage page = page(form, overduePerBody);
        return Response.status(page.params().valid() ? 200 : 400).entity(Templates.progress(page)).build();
    }

    @GET
    @Path("progress/print")
    @Produces(MediaType.TEXT_HTML)
    public Response print(@BeanParam ProgressForm form) {
        ProgressPage page = page(form, overduePerBody);
        if (!page.params().valid()) {
            return invalid(page);
        }
        return Response.ok(Templates.print(page)).build();
    }

    @GET
    @Path("progress.pdf")
    @Produces({"application/pdf", MediaType.TEXT_HTML})
    public Response pdf(@BeanParam ProgressForm form) {
        ProgressPage page = page(form, overduePerBody);
        if (!page.params().valid()) {
            return invalid(page);
        }
        byte[] pdf = ProgressPdf.write(page);
        return download(pdf, "application/pdf", "pdf", page);
    }

    @GET
    @Path("progress.xlsx")
    @Produces({XLSX, MediaType.TEXT_HTML})
    public Response xlsx(@BeanParam ProgressForm form) {
        ProgressPage page = page(form, ProgressReport.ALL_OVERDUE);
        if (!page.params().valid()) {
            return invalid(page);
        }
        return download(ProgressSheets.xlsx(page), XLSX, "xlsx", page);
    }

    @GET
    @Path("progress.csv")
    @Produces({"text/csv", MediaType.TEXT_HTML})
    public Response csv(@BeanParam ProgressForm form) {
        ProgressPage page = page(form, 0);
        if (!page.params().valid()) {
            return invalid(page);
        }
        return download(ProgressSheets.csv(page), "text/csv; charset=UTF-8", "csv", page);
    }

    private ProgressPage page(ProgressForm form, int overdueListed) {
        LocalDate today = OfficeClock.today();
        ReportText text = ReportText.of(headers);
        ProgressParams params = ProgressParams.parse(form.directive, form.from, form.to, form.asof, form.compare, form.merge, today);
        Map<Long, String> directives = ProgressFigures.directiveTitles(DIRECTIVE_CHOICES, params.directiveId);
        String directiveTitle = null;
        if (params.directiveId != null) {
            directiveTitle = directives.get(params.directiveId);
            if (directiveTitle == null) {
                params.unknownDirective();
            }
        }
        ProgressReport report = null;
        ProgressChart chart = null;
        if (params.valid()) {
            report = ProgressReport.build(params.scope(), params.asOfDate, params.compareDate, params.merge, overdueListed,
                    text.locale);
            chart = ProgressChart.of(report.lines(), text);
        }
        return new ProgressPage(params, report, chart, text, directives, directiveTitle, heading.issuerLines(),
                heading.placeAndDate(text, today));
    }

    private Response invalid(ProgressPage page) {
        return Forms.again(400, Templates.progress(page));
    }

    private static Response download(byte[] body, String type, String extension, ProgressPage page) {
        String name = "bao-cao-tien-do-" + page.params().asOfDate + "." + extension;
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    /** The lines of a header block configured as one value, {@code ;} between them. */
    public static List<String> lines(String configured) {
        return Arrays.stream(configured.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
