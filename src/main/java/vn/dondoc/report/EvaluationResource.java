package vn.dondoc.report;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.resteasy.reactive.RestForm;
import vn.dondoc.audit.AuditEntry;
import vn.dondoc.body.ResponsibleBody;
import vn.dondoc.task.ProgressCounts;
import vn.dondoc.web.CurrentUser;
import vn.dondoc.web.Flash;
import vn.dondoc.web.Forms;
import vn.dondoc.web.OfficeClock;
import vn.dondoc.web.PageLanguage;

/**
 * The evaluation at the end of a period, per body: on screen with the clerk's remarks, printable on A4 and as the
 * XLSX appendix table of a quarterly report. Everybody logged in reads it; clerks and administrators write remarks,
 * which are refused when somebody else saved the same remark after the page was opened.
 */
@Path("/reports/evaluation")
@Authenticated
public class EvaluationResource {

    @Inject
    ReportHeading heading;

    @Inject
    CurrentUser user;

    @Context
    HttpHeaders headers;

    /** Everything the pages show; after a refused remark, the body it was about, the typed words and why. */
    public record Page(Evaluation.Period period, Evaluation.Figures figures, ReportText text, boolean mayWrite, List<Evaluation.Period> quarters,
            String failedBody, String typed, String error, PeriodEvaluation current, List<String> issuer, String placeAndDate) {

        public boolean failed(ResponsibleBody body) {
            return body.code.equals(failedBody);
        }

        public String percent(Evaluation.Line line, long count) {
            return text.percent(line.counts().share(count));
        }

        /** The remark shown in a body's field: what the user typed after a refusal, else the saved one. */
        public String remarkOf(Evaluation.Line line) {
            if (failed(line.body())) {
                return typed;
            }
            return line.remark() == null ? "" : line.remark().remark;
        }

        /** The version the form carries: of the remark as it is now, so that saving again after a refusal is possible. */
        public String versionOf(Evaluation.Line line) {
            if (failed(line.body())) {
                return current == null ? "" : String.valueOf(current.version);
            }
            return line.remark() == null ? "" : String.valueOf(line.remark().version);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance evaluation(Page page);

        static native TemplateInstance evaluationPrint(Page page);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@QueryParam("from") String from, @QueryParam("to") String to) {
        Page page = build(from, to, null, null, null, null);
        return Response.status(page.period().valid() ? 200 : 400).entity(Templates.evaluation(page)).build();
    }

    @GET
    @Path("print")
    @Produces(MediaType.TEXT_HTML)
    public Response print(@QueryParam("from") String from, @QueryParam("to") String to) {
        Page page = build(from, to, null, null, null, null);
        if (!page.period().valid()) {
            return Response.status(400).entity(Templates.evaluation(page)).build();
        }
        return Response.ok(Templates.evaluationPrint(page)).build();
    }

    @GET
    @Path("appendix.xlsx")
    @Produces({ReportResource.XLSX, MediaType.TEXT_HTML})
    public Response xlsx(@QueryParam("from") String from, @QueryParam("to") String to) {
        Page page = build(from, to, null, null, null, null);
        if (!page.period().valid()) {
            return Forms.again(400, Templates.evaluation(page));
        }
        String name = "phu-luc-danh-gia-" + page.period().from() + "-" + page.period().to() + ".xlsx";
        return Response.ok(workbook(page), ReportResource.XLSX).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    @POST
    @Path("remarks")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public Response remark(@RestForm String from, @RestForm String to, @RestForm String body, @RestForm String remark,
            @RestForm String version) {
        if (!user.isClerk()) {
            throw new ForbiddenException();
        }
        Evaluation.Period period = Evaluation.Period.parse(from, to, OfficeClock.today());
        ResponsibleBody owner = body == null ? null : ResponsibleBody.findByCode(body.trim()).orElse(null);
        String words = remark == null ? "" : remark.strip();
        if (!period.valid() || owner == null) {
            return refused(400, from, to, body, words, "evaluation_error_body", null);
        }
        if (words.length() > PeriodEvaluation.MAX_REMARK) {
            return refused(400, from, to, body, words, "evaluation_error_long", null);
        }
        // Two first remarks on the same body and period at once: the second waits here and then sees the first.
        ResponsibleBody.findById(owner.id, LockModeType.PESSIMISTIC_WRITE);
        PeriodEvaluation saved = PeriodEvaluation.of(owner, period.from(), period.to()).orElse(null);
        String seen = version == null ? "" : version.trim();
        if (saved == null ? !seen.isEmpty() : !seen.equals(String.valueOf(saved.version))) {
            return refused(409, from, to, body, words, "evaluation_error_stale", saved);
        }
        String before = saved == null ? null : saved.auditText();
        if (saved == null) {
            saved = new PeriodEvaluation();
            saved.body = owner;
            saved.periodFrom = period.from();
            saved.periodTo = period.to();
        }
        saved.remark = words;
        saved.updatedAt = Instant.now();
        saved.updatedBy = user.getName();
        saved.persist();
        PeriodEvaluation.flush();
        AuditEntry.record(user.getName(), PeriodEvaluation.AUDIT_TYPE, saved.id, before == null ? "create" : "update", before, saved.auditText());
        return Flash.seeOther("/reports/evaluation" + period.query() + "#body-" + owner.code, "evaluation_flash_saved");
    }

    private Response refused(int status, String from, String to, String body, String typed, String error, PeriodEvaluation current) {
        Page page = build(from, to, body, typed, error, current);
        return Forms.again(status, Templates.evaluation(page));
    }

    private Page build(String from, String to, String failedBody, String typed, String error, PeriodEvaluation current) {
        LocalDate today = OfficeClock.today();
        ReportText text = ReportText.of(headers);
        Evaluation.Period period = Evaluation.Period.parse(from, to, today);
        Evaluation.Figures figures = period.valid() ? Evaluation.of(period) : new Evaluation.Figures(List.of(), Evaluation.NONE);
        Evaluation.Period thisQuarter = Evaluation.Period.quarterOf(today);
        List<Evaluation.Period> quarters = List.of(Evaluation.Period.quarterOf(thisQuarter.from().minusMonths(9)),
                Evaluation.Period.quarterOf(thisQuarter.from().minusMonths(6)), Evaluation.Period.quarterOf(thisQuarter.from().minusMonths(3)),
                thisQuarter);
        return new Page(period, figures, text, user.isClerk(), quarters, failedBody, typed, error, current, heading.issuerLines(),
                heading.placeAndDate(text, today));
    }

    /** The appendix table: one row per body, counts and shares, the remark, and the sum of all bodies. */
    private byte[] workbook(Page page) {
        ReportMessages w = words(page.text().locale);
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheets.Styles styles = new Sheets.Styles(book);
            Sheet sheet = book.createSheet(w.evaluation_sheet());
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(w.evaluation_appendix_title(page.period().fromShown(), page.period().toShown()));
            title.getCell(0).setCellStyle(styles.bold());
            Sheets.header(sheet.createRow(2), List.of(w.evaluation_col_no(), w.evaluation_col_body(), w.evaluation_col_total(),
                    w.evaluation_col_on_time(), w.evaluation_col_on_time_share(), w.evaluation_col_late(), w.evaluation_col_late_share(),
                    w.evaluation_col_not_done(), w.evaluation_col_not_done_share(), w.evaluation_col_extended(), w.evaluation_col_remark()),
                    styles.header());
            int r = 3;
            for (Evaluation.Line line : page.figures().lines()) {
                row(sheet.createRow(r), String.valueOf(r - 2), line.body().name, line, line.remark() == null ? "" : line.remark().remark, styles);
                r++;
            }
            row(sheet.createRow(r), "", w.evaluation_total(), page.figures().total(), "", styles);
            for (int c = 0; c < 11; c++) {
                sheet.setColumnWidth(c, c == 1 || c == 10 ? 40 * 256 : 12 * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(Row row, String no, String name, Evaluation.Line line, String remark, Sheets.Styles styles) {
        row.createCell(0).setCellValue(no);
        SpreadsheetCell.text(row.createCell(1), name, styles.quoted());
        ProgressCounts figures = line.counts();
        row.createCell(2).setCellValue(figures.total());
        long[] counts = {figures.onTime(), figures.late(), figures.open()};
        for (int i = 0; i < counts.length; i++) {
            row.createCell(3 + 2 * i).setCellValue(counts[i]);
            row.createCell(4 + 2 * i).setCellValue(figures.share(counts[i]) / 100);
            row.getCell(4 + 2 * i).setCellStyle(styles.percent());
        }
        row.createCell(9).setCellValue(line.extended());
        SpreadsheetCell.text(row.createCell(10), remark, styles.quoted());
    }

    private static ReportMessages words(Locale locale) {
        return PageLanguage.bundle(ReportMessages.class, PageLanguage.of(locale));
    }

}
