package vn.dondoc.report;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import vn.dondoc.web.Messages;

/**
 * Words, dates and figures as the report prints them in the reader's language: dates dd/MM/yyyy,
 * percentages with one decimal and the language's decimal mark (12,5% in Vietnamese).
 */
public final class ReportText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    final Locale locale;
    final Messages msg;
    /** Made once per report (a report is written by one thread): a page formats hundreds of percentages. */
    private final DecimalFormat decimal;

    ReportText(Locale locale) {
        this.locale = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
        this.msg = "en".equals(this.locale.getLanguage())
                ? MessageBundles.get(Messages.class, Localized.Literal.of("en"))
                : MessageBundles.get(Messages.class);
        this.decimal = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(this.locale));
    }

    /** The report table's figure columns, in their order: total, on time, late, reported, within, overdue, not started. */
    public List<String> columns() {
        return List.of(msg.report_progress_total(), msg.report_progress_on_time(), msg.report_progress_late(),
                msg.report_progress_reported(), msg.report_progress_within(), msg.report_progress_overdue(),
                msg.report_progress_not_started());
    }

    public String date(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    /** A date in a CSV file: dd/MM/yyyy, as Vietnamese spreadsheets read it. */
    static String csvDate(LocalDate day) {
        return DAY.format(day);
    }

    public String percent(double value) {
        return decimal().format(value) + "%";
    }

    /** A change in percentage points, without its sign (the words say up or down). */
    public String points(double value) {
        return decimal().format(Math.abs(value));
    }

    private DecimalFormat decimal() {
        return decimal;
    }
}
