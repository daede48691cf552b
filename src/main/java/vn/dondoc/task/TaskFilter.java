package vn.dondoc.task;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.dondoc.body.ResponsibleBody;
import vn.dondoc.web.TypedDate;
import vn.dondoc.web.FieldErrors;

/**
 * Which tasks to show and in which order: by responsible body and its part (lead or support), work status,
 * deadline status, deadline range, directive and words. The same filter serves the task list, its exports and the
 * API; {@link #parse} reads it from request parameters and {@link #query()} writes it back into a bookmarkable URL.
 *
 * <p>With a body, the statuses and the part are those of that body's assignment; without one, the statuses are those
 * of the task as a whole (done when every owner is done, not started while no owner has started). Work status and
 * deadline status combine: "in progress" and "overdue" are the tasks in progress past their deadline.
 *
 * <p>Deadlines are the assignments' own, which an approved adjustment may have moved away from the task's: with a
 * body, the deadline range and the deadline status read that body's assignment; without one, the range matches a
 * task when any owner's deadline falls in it, a task is overdue when any unfinished owner is past its own deadline
 * and done late when any owner was done after its own. The list is still sorted by the task's deadline.
 *
 * @param bodyCode    code of a responsible body, or null
 * @param role        the body's part, chủ trì or phối hợp, or null (only with a body)
 * @param status      chưa thực hiện / đang thực hiện / đã hoàn thành, or null
 * @param progress    trong hạn / quá hạn / hoàn thành đúng hạn / hoàn thành quá hạn, or null
 * @param from        first deadline day, or null
 * @param to          last deadline day, or null
 * @param directiveId the directive the tasks come from, or null
 * @param q           words to find in the task, its directive's number and title and notes (diacritics optional), or null
 * @param sort        the order of the list
 */
public record TaskFilter(String bodyCode, Role role, Status status, Progress progress, LocalDate from, LocalDate to,
        Long directiveId, String q, Sort sort) {

    /** The orders the list offers: by deadline (the default), by directive, by work status. */
    public enum Sort {
        DEADLINE, DIRECTIVE, STATUS
    }

    public static final TaskFilter ALL = new TaskFilter(null, null, null, null, null, null, null);

    public TaskFilter {
        sort = sort == null ? Sort.DEADLINE : sort;
    }

    /** A filter of one body's tasks in the usual order, without a part. */
    public TaskFilter(String bodyCode, Status status, Progress progress, LocalDate from, LocalDate to, Long directiveId, String q) {
        this(bodyCode, null, status, progress, from, to, directiveId, q, Sort.DEADLINE);
    }

    public static TaskFilter ofBody(String bodyCode) {
        return ALL.withBody(bodyCode);
    }

    public TaskFilter withBody(String code) {
        return new TaskFilter(code, role, status, progress, from, to, directiveId, q, sort);
    }

    /** The filter and, for each parameter that could not be read, its name and the message key of the error. */
    public record Parsed(TaskFilter filter, FieldErrors errors) {
        public boolean valid() {
            return errors.isEmpty();
        }

        /** A date field's value as the user typed it, or as dd/mm/yyyy when it came as yyyy-mm-dd in a link. */
        public String shownDate(String typed) {
            return typed == null ? "" : TypedDate.shown(typed);
        }
    }

    /**
     * Reads the filter from request parameters. A value that cannot be read is reported, so that the page shows an
     * error next to the field; {@code status} may also carry a deadline status, as links made before the two were
     * apart do.
     */
    public static Parsed parse(String body, String role, String status, String progress, String from, String to, String directive,
            String q, String sort) {
        FieldErrors errors = new FieldErrors();
        String bodyCode = blank(body) ? null : body.trim();
        if (bodyCode != null && ResponsibleBody.findByCode(bodyCode).isEmpty()) {
            errors.put("body", "task_filter_error_body");
            bodyCode = null;
        }
        Role part = blank(role) ? null : enumValue(Role.class, role.trim().toUpperCase(Locale.ROOT));
        if (!blank(role) && part == null) {
            errors.put("role", "task_filter_error_role");
        } else if (part != null && bodyCode == null && !errors.has("body")) {
            errors.put("role", "task_filter_error_role_body");
        }
        Status workStatus = null;
        Progress deadlineStatus = null;
        if (!blank(status)) {
            String name = status.trim().toUpperCase(Locale.ROOT);
            workStatus = enumValue(Status.class, name);
            deadlineStatus = enumValue(Progress.class, name);
            if (workStatus == null && deadlineStatus == null) {
                errors.put("status", "task_filter_error_status");
            }
        }
        if (!blank(progress)) {
            Progress named = enumValue(Progress.class, progress.trim().toUpperCase(Locale.ROOT));
            if (named == null) {
                errors.put("progress", "task_filter_error_status");
            } else {
                deadlineStatus = named;
            }
        }
        LocalDate fromDay = date(from, "from", errors);
        LocalDate toDay = date(to, "to", errors);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            errors.put("to", "task_filter_error_range");
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
        Sort order = blank(sort) ? Sort.DEADLINE : enumValue(Sort.class, sort.trim().toUpperCase(Locale.ROOT));
        if (order == null) {
            errors.put("sort", "task_filter_error_sort");
        }
        return new Parsed(new TaskFilter(bodyCode, part, workStatus, deadlineStatus, fromDay, toDay, directiveId, words, order), errors);
    }

    public boolean empty() {
        return equals(ALL);
    }

    /** The filter as URL query parameters (without {@code ?}), empty for no filter. */
    public String query() {
        List<String> parts = new ArrayList<>();
        add(parts, "body", bodyCode);
        add(parts, "role", role == null ? null : role.name());
        add(parts, "status", status == null ? null : status.name());
        add(parts, "progress", progress == null ? null : progress.name());
        add(parts, "from", from == null ? null : from.toString());
        add(parts, "to", to == null ? null : to.toString());
        add(parts, "directive", directiveId == null ? null : directiveId.toString());
        add(parts, "q", q);
        add(parts, "sort", sort == Sort.DEADLINE ? null : sort.name());
        return String.join("&", parts);
    }

    /** The query string (with {@code ?}) of the given page of this filter's results, with the page size unless it is the usual one. */
    public String pageQuery(int page, int size, int usualSize) {
        String query = query();
        return "?" + query + (query.isEmpty() ? "" : "&") + (size == usualSize ? "" : "size=" + size + "&") + "page=" + page;
    }

    /** The order of the list in JPQL over task {@code t} and its directive {@code d}, adding its parameters. */
    String orderBy(Map<String, Object> params) {
        // The columns of ix_task_list and ix_task_directive_list, so that a page reads only its own rows.
        String byDeadline = "t.deadlineSort";
        return switch (sort) {
            case DEADLINE -> " order by " + byDeadline + ", t.directive.id, t.position, t.id";
            case DIRECTIVE -> " order by t.directive.id desc, t.position, t.id";
            case STATUS -> {
                Owners owners = new Owners(bodyCode, role);
                params.put("done", Status.DONE);
                params.put("notStarted", Status.NOT_STARTED);
                if (bodyCode != null) {
                    params.put("body", bodyCode);
                }
                // Not started first, then in progress, then done: what is still to do comes first.
                yield " order by case when " + owners.any("and %s.status <> :done") + " then (case when "
                        + owners.any("and %s.status <> :notStarted") + " then 1 else 0 end) else 2 end, " + byDeadline
                        + ", t.directive.id, t.position, t.id";
            }
        };
    }

    /** The words to find, folded, as the user typed them (none without {@code q}). */
    List<String> words() {
        return q == null ? List.of() : TaskWords.ofQuery(q);
    }

    /** The JPQL condition on task {@code t}, adding its parameters: removed tasks and withdrawn directives never match. */
    String where(Map<String, Object> params, LocalDate today) {
        return where(params, today, TaskWords.Lookup.unranked(words()), true);
    }

    /**
     * The condition with the words looked up in the given order; with {@code drive}, the tasks holding the first word
     * are read from the index and the rest checked (see {@link TaskWords#condition}).
     */
    String where(Map<String, Object> params, LocalDate today, TaskWords.Lookup words, boolean drive) {
        // The few withdrawn directives as a subquery rather than a join, which would let the database read the
        // directives first and then every task, instead of the tasks along the list's index.
        List<String> conditions = new ArrayList<>(List.of("t.removedAt is null",
                "t.directive.id not in (select wd.id from Directive wd where wd.withdrawnAt >= :withdrawnSince)"));
        // A range rather than "is not null", which H2 answers by reading every directive's entry of the index.
        params.put("withdrawnSince", Instant.EPOCH);
        Owners owners = new Owners(bodyCode, role);
        if (bodyCode != null) {
            conditions.add(owners.any(""));
            params.put("body", bodyCode);
        }
        if (bodyCode != null && role != null) {
            params.put("role", role);
        }
        if (directiveId != null) {
            conditions.add("t.directive.id = :directive");
            params.put("directive", directiveId);
        }
        if (from != null || to != null) {
            // A task nobody owns is judged by its own deadline, as its row is.
            String range = (from != null ? " and %s.deadline >= :from" : "") + (to != null ? " and %s.deadline <= :to" : "");
            conditions.add("(" + owners.any(range) + " or (not " + owners.any("") + range.replace("%s", "t") + "))");
        }
        if (from != null) {
            params.put("from", from);
        }
        if (to != null) {
            params.put("to", to);
        }
        if (!words.words().isEmpty()) {
            conditions.add(TaskWords.condition(words.words(), drive, params));
        }
        if (status == Status.NOT_STARTED || status == Status.IN_PROGRESS) {
            params.put("notStarted", Status.NOT_STARTED);
        }
        if (status == Status.DONE || status == Status.IN_PROGRESS || progress != null && progress != Progress.REPORTED) {
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
        if (status == Status.REPORTED || progress == Progress.REPORTED) {
            params.put("reported", Status.REPORTED);
            conditions.add(owners.any("and %s.status = :reported"));
        }
        if (progress == Progress.OVERDUE || progress == Progress.WITHIN_DEADLINE) {
            params.put("today", today);
        }
        // As for the range, a task nobody owns is judged by its own deadline; each owner by its own, which an approved
        // adjustment may have moved. Work reported done waits for the clerk: it is neither overdue nor within the deadline.
        Progress.Columns owner = Progress.Columns.jpql("%s", ":today");
        String overdueOwner = "(" + owners.any("and " + Progress.OVERDUE.condition(owner)) + " or (not " + owners.any("")
                + " and " + Progress.pastDeadline("t.deadline", ":today") + "))";
        String someOpen = "(not " + owners.any("") + " or " + owners.any("and " + owner.open()) + ")";
        if (progress == Progress.OVERDUE) {
            conditions.add(notAllDone + " and " + overdueOwner);
        } else if (progress == Progress.WITHIN_DEADLINE) {
            conditions.add(notAllDone + " and " + someOpen + " and not " + overdueOwner);
        } else if (progress == Progress.DONE_ON_TIME) {
            conditions.add(allDone + " and not " + owners.any("and " + Progress.DONE_LATE.condition(owner)));
        } else if (progress == Progress.DONE_LATE) {
            conditions.add(allDone + " and " + owners.any("and " + Progress.DONE_LATE.condition(owner)));
        }
        return String.join(" and ", conditions);
    }

    /**
     * Subqueries over the task's assignments (only the filtered body's, in the filtered part, when there is one), each
     * with its own alias.
     */
    private static final class Owners {
        private final boolean ofBody;
        private final boolean ofRole;
        private int next;

        Owners(String bodyCode, Role role) {
            this.ofBody = bodyCode != null;
            this.ofRole = bodyCode != null && role != null;
        }

        /** "exists an owner ... " with {@code %s} in the extra condition standing for the owner's alias. */
        String any(String extra) {
            String a = "a" + next++;
            return "exists (select " + a + ".id from Assignment " + a + " where " + a + ".task = t"
                    + (ofBody ? " and " + a + ".body.code = :body" : "") + (ofRole ? " and " + a + ".role = :role" : "")
                    + " " + extra.replace("%s", a) + ")";
        }
    }

    private static LocalDate date(String value, String field, FieldErrors errors) {
        return TypedDate.read(value, field, "task_filter_error_date", errors);
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
