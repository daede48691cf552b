package vn.dondoc.report;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import vn.dondoc.task.Progress;
import vn.dondoc.task.TaskFilter;
import vn.dondoc.web.DateFormats;
import vn.dondoc.web.TypedDate;
import vn.dondoc.web.FieldErrors;

/**
 * The report's filter form as typed (for showing it again) and as understood. Dates are typed the Vietnamese
 * way (dd/mm/yyyy); links may carry them as yyyy-mm-dd.
 */
public final class ProgressParams {

    public final String directive;
    public final String from;
    public final String to;
    public final String asof;
    public final String compare;
    public final boolean merge;

    /** Field name → message key of what is wrong with it, in the order of the form. */
    public final FieldErrors errors = new FieldErrors();

    Long directiveId;
    LocalDate deadlineFrom;
    LocalDate deadlineTo;
    LocalDate asOfDate;
    LocalDate compareDate;
    private boolean current;

    private ProgressParams(String directive, String from, String to, String asof, String compare, boolean merge) {
        this.directive = trim(directive);
        this.from = trim(from);
        this.to = trim(to);
        this.asof = trim(asof);
        this.compare = trim(compare);
        this.merge = merge;
    }

    static ProgressParams parse(String directive, String from, String to, String asof, String compare, boolean merge,
            LocalDate today) {
        ProgressParams p = new ProgressParams(directive, from, to, asof, compare, merge);
        if (!p.directive.isEmpty()) {
            try {
                p.directiveId = Long.valueOf(p.directive);
            } catch (NumberFormatException e) {
                p.errors.put("directive", "report_progress_error_directive");
            }
        }
        p.deadlineFrom = p.date("from", p.from);
        p.deadlineTo = p.date("to", p.to);
        if (p.deadlineFrom != null && p.deadlineTo != null && p.deadlineTo.isBefore(p.deadlineFrom)) {
            p.errors.put("to", "report_progress_error_period");
        }
        p.asOfDate = p.date("asof", p.asof);
        if (p.asOfDate == null) {
            p.asOfDate = today;
        }
        p.current = p.asOfDate.equals(today);
        if (p.asOfDate.isAfter(today)) {
            p.errors.put("asof", "report_progress_error_future");
        }
        p.compareDate = p.date("compare", p.compare);
        if (p.compareDate != null && !p.compareDate.isBefore(p.asOfDate)) {
            p.errors.put("compare", "report_progress_error_compare");
        }
        return p;
    }

    void unknownDirective() {
        errors.put("directive", "report_progress_error_directive");
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    private boolean hasError(String field) {
        return errors.has(field);
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean isDirective(Long id) {
        return id != null && id.equals(directiveId);
    }

    ReportScope scope() {
        return new ReportScope(directiveId, deadlineFrom, deadlineTo);
    }

    /** The form as a query string, for the print, PDF and spreadsheet links. */
    public String query() {
        StringBuilder q = new StringBuilder();
        add(q, "directive", directive);
        add(q, "from", from);
        add(q, "to", to);
        add(q, "asof", asof);
        add(q, "compare", compare);
        if (merge) {
            add(q, "merge", "true");
        }
        return q.isEmpty() ? "" : "?" + q;
    }

    /** Whether the report is as of today, so that the task list (which shows today's state) can continue it. */
    public boolean current() {
        return current;
    }

    /** The task list's query for one body's overdue tasks within this report's scope. */
    public String overdueTasksQuery(String bodyCode) {
        return "?" + new TaskFilter(bodyCode, null, Progress.OVERDUE, deadlineFrom, deadlineTo, directiveId, null).query();
    }

    /** The value for a date field: dd/mm/yyyy when it was understood, else as typed. */
    public String inputValue(String field) {
        LocalDate value = switch (field) {
            case "from" -> deadlineFrom;
            case "to" -> deadlineTo;
            case "asof" -> asof.isEmpty() ? null : asOfDate;
            default -> compareDate;
        };
        if (value != null && !hasError(field)) {
            return DateFormats.dmy(value);
        }
        return switch (field) {
            case "from" -> from;
            case "to" -> to;
            case "asof" -> asof;
            default -> compare;
        };
    }

    private LocalDate date(String field, String value) {
        return TypedDate.read(value, field, "report_progress_error_date", errors);
    }

    private static void add(StringBuilder q, String name, String value) {
        if (!value.isEmpty()) {
            q.append(q.isEmpty() ? "" : "&").append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }
}
