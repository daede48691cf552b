package vn.dondoc.report;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.ws.rs.core.HttpHeaders;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import vn.dondoc.task.TaskMessages;
import vn.dondoc.web.Messages;

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

    ReportText(Locale locale) {
        this.locale = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
        this.msg = bundle(ReportMessages.class);
        this.task = bundle(TaskMessages.class);
        this.shell = bundle(Messages.class);
    }

    private <T> T bundle(Class<T> type) {
        return "en".equals(locale.getLanguage()) ? MessageBundles.get(type, Localized.Literal.of("en")) : MessageBundles.get(type);
    }

    /** The reader's language, from the request: Vietnamese unless the browser asks for another. */
    static ReportText of(HttpHeaders headers) {
        List<Locale> languages = headers.getAcceptableLanguages();
        return new ReportText(languages.isEmpty() ? Locale.forLanguageTag("vi") : languages.get(0));
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
        return new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(locale));
    }
}
