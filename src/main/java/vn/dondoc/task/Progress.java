package vn.dondoc.task;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * How Vietnamese offices count an assignment's progress against its deadline: done on time
 * (hoàn thành đúng hạn), done late (hoàn thành quá hạn), in progress within the deadline (đang thực
 * hiện trong hạn), overdue (quá hạn chưa hoàn thành). Work without a deadline is never late. Work the body has
 * reported done is counted apart until the clerk confirms it ({@link #REPORTED}, chờ xác nhận), whatever its
 * deadline: it is no longer the body's to do, and not yet done.
 *
 * <p>This is the one home of the rule. {@link #of} is its Java form; {@link #condition} writes the same rule as a
 * condition of a native SQL or JPQL query over the columns or paths named by a {@link Columns}, so that a count in
 * the database and a row on a page never disagree (ProgressTest evaluates both on the same rows).
 */
public enum Progress {
    DONE_ON_TIME, DONE_LATE, REPORTED, WITHIN_DEADLINE, OVERDUE;

    public static Progress of(Status status, LocalDate doneOn, LocalDate deadline, LocalDate today) {
        if (status == Status.DONE) {
            return past(doneOn, deadline) ? DONE_LATE : DONE_ON_TIME;
        }
        if (status == Status.REPORTED) {
            return REPORTED;
        }
        return past(today, deadline) ? OVERDUE : WITHIN_DEADLINE;
    }

    /** The one comparison of the rule: a day is past a deadline when both are known and the day comes after it. */
    static boolean past(LocalDate day, LocalDate deadline) {
        return deadline != null && day != null && day.isAfter(deadline);
    }

    /**
     * The rule as a query condition: true exactly for the assignments {@link #of} puts in this group. Never
     * unknown (null), so that it may be negated.
     */
    public String condition(Columns c) {
        return switch (this) {
            case DONE_ON_TIME -> "(" + c.is(Status.DONE) + " and not " + c.past(c.doneOn, true) + ")";
            case DONE_LATE -> "(" + c.is(Status.DONE) + " and " + c.past(c.doneOn, true) + ")";
            case REPORTED -> c.is(Status.REPORTED);
            case OVERDUE -> "(" + c.open() + " and " + c.past(c.today, false) + ")";
            case WITHIN_DEADLINE -> "(" + c.open() + " and not " + c.past(c.today, false) + ")";
        };
    }

    /**
     * Where one assignment's facts are in a query: its status, done day and deadline (columns, paths or
     * expressions), the day it is judged on (a parameter or expression that is never null; null where only done
     * work is judged), and how a status is written there ({@link #sql} or {@link #jpql}).
     */
    public record Columns(String status, String doneOn, String deadline, String today, boolean jpql) {

        /** The columns of table {@code assignment} under {@code alias} (none: null) in native SQL. */
        public static Columns sql(String alias, String today) {
            String p = alias == null ? "" : alias + ".";
            return new Columns(p + "status", p + "done_on", p + "deadline", today, false);
        }

        /** The paths of entity {@link Assignment} under {@code alias} in JPQL. */
        public static Columns jpql(String alias, String today) {
            return new Columns(alias + ".status", alias + ".doneOn", alias + ".deadline", today, true);
        }

        /** The same facts with another status expression (such as the status at an earlier moment). */
        public Columns withStatus(String expression) {
            return new Columns(expression, doneOn, deadline, today, jpql);
        }

        /** A status as a literal of the query's language. */
        public String literal(Status status) {
            return jpql ? Status.class.getName() + "." + status.name() : "'" + status.name() + "'";
        }

        String is(Status status) {
            return status() + " = " + literal(status);
        }

        /** The status is open ({@link Status#open}): not started or in progress. */
        public String open() {
            return status() + " in " + statuses(Status::open, this::literal);
        }

        /** {@code day} is past the deadline ({@link Progress#past}); the day's null test only where it may be null. */
        String past(String day, boolean dayMayBeNull) {
            return "(" + deadline + " is not null" + (dayMayBeNull ? " and " + day + " is not null" : "") + " and "
                    + deadline + " < " + day + ")";
        }
    }

    /** The statuses that pass {@code which}, as a native SQL list ({@code ('NOT_STARTED', 'IN_PROGRESS')}). */
    public static String sqlStatuses(Predicate<Status> which) {
        return statuses(which, s -> "'" + s.name() + "'");
    }

    private static String statuses(Predicate<Status> which, java.util.function.Function<Status, String> literal) {
        return Arrays.stream(Status.values()).filter(which).map(literal).collect(Collectors.joining(", ", "(", ")"));
    }

    /** A deadline (of a task without owners, say) is past on the day bound to {@code today} in a query. */
    public static String pastDeadline(String deadline, String today) {
        return new Columns(null, null, deadline, today, false).past(today, false);
    }

    public boolean done() {
        return this == DONE_ON_TIME || this == DONE_LATE;
    }

    /** Reported done and waiting for confirmation: a status tag says it already, so none is shown beside it. */
    public boolean reported() {
        return this == REPORTED;
    }

    public boolean late() {
        return this == DONE_LATE || this == OVERDUE;
    }

    /** The name as the stylesheet's tag modifier ({@code tag--in_progress}). */
    public String cssName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
