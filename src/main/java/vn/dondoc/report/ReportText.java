package vn.dondoc.report;

import jakarta.ws.rs.core.HttpHeaders;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import vn.dondoc.task.Status;
import vn.dondoc.task.TaskMessages;
import vn.dondoc.task.ValueWords;
import vn.dondoc.web.Messages;
import vn.dondoc.web.PageLanguage;

/**
 * Words, dates and figures as the report prints them in the reader's language: dates dd/MM/yyyy,
 * percentages with one decimal and the language's decimal mark (12,5% in Vietnamese).
 */
public final class ReportText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    final Locale locale;
    final ReportMessages msg;
    /** The words for a task's values and the task table's headings. */
    final TaskMessages task;
    /** The application's name. */
    final Messages shell;
    /** Made once per report (a report is written by one thread): a page formats hundreds of percentages. */
    private final DecimalFormat decimal;

    ReportText(Locale locale) {
        this.locale = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
        this.msg = bundle(ReportMessages.class);
        this.task = bundle(TaskMessages.class);
        this.shell = bundle(Messages.class);
        this.decimal = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(this.locale));
    }

    private <T> T bundle(Class<T> type) {
        return PageLanguage.bundle(type, PageLanguage.of(locale));
    }

    /** The reader's language, from the request: Vietnamese unless the browser asks for another. */
    static ReportText of(HttpHeaders headers) {
        List<Locale> languages = headers.getAcceptableLanguages();
        return new ReportText(languages.isEmpty() ? Locale.forLanguageTag("vi") : languages.get(0));
    }

    /** The report table's figure columns, in their order: total, on time, late, reported, within, overdue, not started. */
    public List<String> columns() {
        return List.of(msg.report_progress_total(), msg.report_progress_on_time(), msg.report_progress_late(),
                msg.report_progress_reported(), msg.report_progress_within(), msg.report_progress_overdue(),
                msg.report_progress_not_started());
    }

    public String date(LocalDate day) {
        return day(day);
    }

    /** A day as the report writes it (dd/MM/yyyy), or nothing. */
    static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    /** A date in a CSV file: dd/MM/yyyy, as Vietnamese spreadsheets read it. */
    static String csvDate(LocalDate day) {
        return DAY.format(day);
    }

    public String percent(double value) {
        return decimal.format(value) + "%";
    }

    /** A change in percentage points, without its sign (the words say up or down). */
    public String points(double value) {
        return decimal.format(Math.abs(value));
    }

    /** The word for an assignment's status, as the task pages write it. */
    public String status(Status status) {
        return ValueWords.word(status, locale);
    }

    /** The words that every row of the overdue lists writes, read once for the report. */
    public OverdueWords overdueWords() {
        return new OverdueWords(msg.report_progress_task(), msg.report_progress_deadline(), msg.report_progress_days_late(),
                msg.report_progress_status(), msg.report_progress_overdue());
    }

    /**
     * The headings of an overdue list and its overdue tag. A row of the list finds them on its own
     * {@link OverdueLine}: a name that the element of a loop does not hold is looked for through every section
     * around it, on every row.
     */
    public record OverdueWords(String task, String deadline, String daysLate, String status, String overdue) {

        public List<OverdueLine> lines(List<ProgressReport.OverdueTask> tasks) {
            return tasks.stream().map(t -> new OverdueLine(t, this)).toList();
        }
    }

    /** A row of a body's overdue list, with the words its cells carry. */
    public record OverdueLine(ProgressReport.OverdueTask task, OverdueWords words) {
    }

    /** The report table's rows, each with this text and the figure columns' names (its cells' labels). */
    public List<TableLine> tableLines(List<ProgressReport.Line> lines) {
        List<String> labels = columns();
        return lines.stream().map(l -> new TableLine(l, this, labels)).toList();
    }

    /** A body's row of the report table, with what its cells need. */
    public record TableLine(ProgressReport.Line row, ReportText text, List<String> labels) {
    }
}
