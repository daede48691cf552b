package vn.dondoc.task;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dondoc.body.ResponsibleBody;
import vn.dondoc.web.Folding;

/**
 * Which tasks to show: by responsible body, status or deadline group, deadline range, directive and words.
 * The same filter serves the task list, its exports and the API; {@link #parse} reads it from request
 * parameters and {@link #query()} writes it back into a bookmarkable URL.
 *
 * <p>With a body, status and progress are those of that body's assignment; without one, those of the task as
 * a whole (done when every owner is done, not started while no owner has started).
 *
 * @param bodyCode    code of a responsible body, or null
 * @param status      chưa thực hiện / đang thực hiện / đã hoàn thành, or null
 * @param progress    trong hạn / quá hạn / hoàn thành đúng hạn / hoàn thành quá hạn, or null
 * @param from        first deadline day, or null
 * @param to          last deadline day, or null
 * @param directiveId the directive the tasks come from, or null
 * @param q           words to find in the task, its directive's title and notes (diacritics optional), or null
 */
public record TaskFilter(String bodyCode, Status status, Progress progress, LocalDate from, LocalDate to,
        Long directiveId, String q) {

    public static final TaskFilter ALL = new TaskFilter(null, null, null, null, null, null, null);

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    public static TaskFilter ofBody(String bodyCode) {
        return ALL.withBody(bodyCode);
    }

    public TaskFilter withBody(String code) {
        return new TaskFilter(code, status, progress, from, to, directiveId, q);
    }

    /** The filter and, for each parameter that could not be read, its name and the message key of the error. */
    public record Parsed(TaskFilter filter, Map<String, String> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /**
     * Reads the filter from request parameters. A value that cannot be read is left out of the filter and
     * reported, so that the page still shows the list with an error next to the field.
     */
    public static Parsed parse(String body, String state, String from, String to, String directive, String q) {
        Map<String, String> errors = new LinkedHashMap<>();
        String bodyCode = blank(body) ? null : body.trim();
        if (bodyCode != null && ResponsibleBody.findByCode(bodyCode).isEmpty()) {
            errors.put("body", "task_filter_error_body");
            bodyCode = null;
        }
        Status status = null;
        Progress progress = null;
        if (!blank(state)) {
            String name = state.trim().toUpperCase(java.util.Locale.ROOT);
            status = enumValue(Status.class, name);
            progress = enumValue(Progress.class, name);
            if (status == null && progress == null) {
                errors.put("status", "task_filter_error_status");
            }
        }
        LocalDate fromDay = date(from, "from", errors);
        LocalDate toDay = date(to, "to", errors);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            errors.put("to", "task_filter_error_range");
            toDay = null;
        }
        Long directiveId = null;
        if (!blank(directive)) {
            try {
                directiveId = Long.valueOf(directive.trim());
            } catch (NumberFormatException e) {
                errors.put("directive", "task_filter_error_directive");
            }
        }
        String words = blank(q) ? null : q.trim();
        if (words != null && words.length() > 200) {
            errors.put("q", "task_filter_error_q");
            words = null;
        }
        return new Parsed(new TaskFilter(bodyCode, status, progress, fromDay, toDay, directiveId, words), errors);
    }

    /** The value of the combined status select: a status or a deadline group. */
    public String state() {
        return status != null ? status.name() : progress != null ? progress.name() : null;
    }

    public boolean empty() {
        return equals(ALL);
    }

    /** The filter as URL query parameters (without {@code ?}), empty for no filter. */
    public String query() {
        List<String> parts = new ArrayList<>();
        add(parts, "body", bodyCode);
        add(parts, "status", state());
        add(parts, "from", from == null ? null : from.toString());
        add(parts, "to", to == null ? null : to.toString());
        add(parts, "directive", directiveId == null ? null : directiveId.toString());
        add(parts, "q", q);
        return String.join("&", parts);
    }

    /** The query string (with {@code ?}) of the given page of this filter's results. */
    public String pageQuery(int page) {
        String query = query();
        return "?" + query + (query.isEmpty() ? "" : "&") + "page=" + page;
    }

    /** The JPQL condition on task {@code t}, adding its parameters: removed tasks and withdrawn directives never match. */
    String where(Map<String, Object> params, LocalDate today) {
        List<String> conditions = new ArrayList<>(List.of("t.removedAt is null", "t.directive.withdrawnAt is null"));
        Owners owners = new Owners(bodyCode);
        if (bodyCode != null) {
            conditions.add(owners.any(""));
            params.put("body", bodyCode);
        }
        if (directiveId != null) {
            conditions.add("t.directive.id = :directive");
            params.put("directive", directiveId);
        }
        if (from != null) {
            conditions.add("t.deadline >= :from");
            params.put("from", from);
        }
        if (to != null) {
            conditions.add("t.deadline <= :to");
            params.put("to", to);
        }
        if (q != null && !Folding.fold(q).isEmpty()) {
            conditions.add("t.searchText like :q");
            params.put("q", "%" + Folding.fold(q) + "%");
        }
        if (status == Status.NOT_STARTED || status == Status.IN_PROGRESS) {
            params.put("notStarted", Status.NOT_STARTED);
        }
        if (status == Status.DONE || status == Status.IN_PROGRESS || progress != null) {
            params.put("done", Status.DONE);
        }
        String allDone = "(" + owners.any("") + " and not " + owners.any("and %s.status <> :done") + ")";
        String notAllDone = "not " + allDone;
        if (status == Status.DONE) {
            conditions.add(allDone);
        } else if (status == Status.NOT_STARTED) {
            conditions.add("not " + owners.any("and %s.status <> :notStarted"));
        } else if (status == Status.IN_PROGRESS) {
            conditions.add(owners.any("and %s.status <> :notStarted") + " and " + owners.any("and %s.status <> :done"));
        }
        if (progress == Progress.OVERDUE || progress == Progress.WITHIN_DEADLINE) {
            params.put("today", today);
        }
        if (progress == Progress.OVERDUE) {
            conditions.add(notAllDone + " and t.deadline < :today");
        } else if (progress == Progress.WITHIN_DEADLINE) {
            conditions.add(notAllDone + " and (t.deadline is null or t.deadline >= :today)");
        } else if (progress == Progress.DONE_ON_TIME) {
            conditions.add(allDone + " and (t.deadline is null or not " + owners.any("and %s.doneOn > t.deadline") + ")");
        } else if (progress == Progress.DONE_LATE) {
            conditions.add(allDone + " and t.deadline is not null and " + owners.any("and %s.doneOn > t.deadline"));
        }
        return String.join(" and ", conditions);
    }

    /** Subqueries over the task's assignments (only the filtered body's, when there is one), each with its own alias. */
    private static final class Owners {
        private final boolean ofBody;
        private int next;

        Owners(String bodyCode) {
            this.ofBody = bodyCode != null;
        }

        /** "exists an owner ... " with {@code %s} in the extra condition standing for the owner's alias. */
        String any(String extra) {
            String a = "a" + next++;
            return "exists (select " + a + ".id from Assignment " + a + " where " + a + ".task = t"
                    + (ofBody ? " and " + a + ".body.code = :body " : " ") + extra.replace("%s", a) + ")";
        }
    }

    private static LocalDate date(String value, String field, Map<String, String> errors) {
        if (blank(value)) {
            return null;
        }
        String v = value.trim();
        try {
            return v.contains("/") ? LocalDate.parse(v, DMY) : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            errors.put(field, "task_filter_error_date");
            return null;
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String name) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        return null;
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null) {
            parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
