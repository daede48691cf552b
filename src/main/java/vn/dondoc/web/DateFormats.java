package vn.dondoc.web;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as Vietnamese offices write them, in templates: {@code {task.deadline.dmy}}, {@code {change.at.dmyHm}}. */
@TemplateExtension
public final class DateFormats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(OfficeClock.ZONE);

    private DateFormats() {
    }

    public static String dmy(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    /** The day in Vietnam of a moment. */
    public static String dmy(Instant at) {
        return at == null ? "" : DAY.format(at.atZone(OfficeClock.ZONE));
    }

    public static String dmyHm(Instant at) {
        return at == null ? "" : DAY_TIME.format(at);
    }

    /** The day of a document's date line ("ngày 05 tháng 02 năm 2025"): days below 10 take a leading zero. */
    public static String dateLineDay(LocalDate day) {
        return day.getDayOfMonth() < 10 ? "0" + day.getDayOfMonth() : String.valueOf(day.getDayOfMonth());
    }

    /** The month of a document's date line: the months 1 and 2 take a leading zero, the others none. */
    public static String dateLineMonth(LocalDate day) {
        return day.getMonthValue() <= 2 ? "0" + day.getMonthValue() : String.valueOf(day.getMonthValue());
    }
}
