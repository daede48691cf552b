package vn.dondoc.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.dondoc.web.DateFormats;

/**
 * What the report pages show: the form as typed, the report (null when the form has errors), the chart,
 * the choice of directives and the header block of the printed report.
 */
public record ProgressPage(ProgressParams params, ProgressReport report, ProgressChart chart, ReportText text,
        Map<Long, String> directives, String directiveTitle, List<String> issuer, String placeAndDate) {

    public String scopeFrom() {
        return params.deadlineFrom == null ? null : text.date(params.deadlineFrom);
    }

    public String scopeTo() {
        return params.deadlineTo == null ? null : text.date(params.deadlineTo);
    }

    public String asOf() {
        return text.date(params.asOfDate);
    }

    public String compareDate() {
        return text.date(params.compareDate);
    }

    /** "Hà Nội, ngày 05 tháng 02 năm 2025": days below 10 and the months 1 and 2 take a leading zero. */
    static String placeAndDate(ReportText text, String place, LocalDate day) {
        return text.msg.report_print_place_date(place, DateFormats.dateLineDay(day), DateFormats.dateLineMonth(day),
                String.valueOf(day.getYear()));
    }
}
