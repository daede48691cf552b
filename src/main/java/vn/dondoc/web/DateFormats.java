package vn.dondoc.web;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates as Vietnamese offices write them, in templates: {@code {task.deadline.dmy}}, {@code {change.at.dmyHm}}. */
@TemplateExtension
public final class DateFormats {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(VIETNAM);

    private DateFormats() {
    }

    public static String dmy(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    /** The day in Vietnam of a moment. */
    public static String dmy(Instant at) {
        return at == null ? "" : DAY.format(at.atZone(VIETNAM));
    }

    public static String dmyHm(Instant at) {
        return at == null ? "" : DAY_TIME.format(at);
    }
}
