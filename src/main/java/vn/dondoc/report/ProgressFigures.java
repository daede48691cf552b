package vn.dondoc.report;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import vn.dondoc.directive.Directive;
import vn.dondoc.task.AssignmentTally;
import vn.dondoc.task.Progress;
import vn.dondoc.task.ProgressCounts;
import vn.dondoc.task.Status;
import vn.dondoc.task.TallySnapshots;
import vn.dondoc.web.OfficeClock;

/**
 * The report's figures, counted by the database without loading the tasks. The work grows with what the
 * report shows and with at most one month of changes, not with the number of tasks or the length of history:
 * <ul>
 * <li>Today's counts add up the tally ({@link AssignmentTally}) for whole months of deadlines, and count the
 * assignments only for the days the tally cannot answer: the current month, where some deadlines have passed
 * and some have not, and months that the chosen period cuts.</li>
 * <li>A day D before today (trạng thái tại ngày) counts each assignment with its status then: before its first
 * change after D, else its current one; its done day is the day it last became done by D, or reported done when
 * it was confirmed later (a confirmed result keeps the day it was reported). Over all directives, the counts
 * start from the tally as it stood at the start of the month after D ({@link TallySnapshots}) and take back the
 * changes between D and then; one directive's few assignments are counted one by one.</li>
 * <li>Reported results waiting for confirmation are a group of their own ({@link Progress#REPORTED}), neither
 * done nor overdue.</li>
 * <li>The overdue lists are read in one statement, body by body along the (body, deadline) index, each body's
 * part stopping once it has its rows.</li>
 * </ul>
 *
 * <p>The report has no entity of its own, so its queries live here rather than on one of the entities.
 */
final class ProgressFigures {

    private ProgressFigures() {
    }

    /** An overdue assignment with the facts the list shows. */
    record OverdueRow(long bodyId, long taskId, String text, String directiveTitle, LocalDate deadline,
            Status status, long bodyOverdueCount) {
    }

    /** Each body's assignments (by body id) by group at the end of {@code asOf}. */
    static Map<Long, ProgressCounts> countsByBody(ReportScope scope, LocalDate asOf) {
        return new Day(scope, asOf).counts();
    }

    /**
     * The overdue assignments of each body at the end of {@code asOf}, longest overdue first, at most
     * {@code perBody} per body; {@code overdueCounts} gives each body's whole count.
     */
    static List<OverdueRow> overdue(ReportScope scope, LocalDate asOf, int perBody, Map<Long, Long> overdueCounts) {
        return new Day(scope, asOf).overdue(perBody, overdueCounts);
    }

    /** The figures of one scope at the end of one day. */
    static final class Day {

        private final ReportScope scope;
        private final LocalDate day;
        private final boolean past;
        private final Instant end;

        Day(ReportScope scope, LocalDate day) {
            this.scope = scope;
            this.day = day;
            this.past = day.isBefore(OfficeClock.today());
            this.end = endOf(day);
        }

        Map<Long, ProgressCounts> counts() {
            return past ? pastCounts(scope, day, end) : currentCounts(scope, day);
        }

        /**
         * Each body's list: the assignments open on the day, read along an index until the list is full (for a past
         * day, each with its status then: before its first change since). One statement for every body: a branch per
         * body, each stopping once it has its rows, with the tasks' words and directives joined on. Today, over all
         * directives, a body has a branch per open status, along the (body, status, deadline) index, so that a body
         * with few overdue tasks among many past deadlines reads those few rather than every past deadline; its
         * branches' rows are merged here.
         */
        List<OverdueRow> overdue(int perBody, Map<Long, Long> overdueCounts) {
            List<Long> bodies = new TreeMap<>(overdueCounts).entrySet().stream().filter(e -> e.getValue() != 0)
                    .map(Map.Entry::getKey).toList();
            if (bodies.isEmpty()) {
                return List.of();
            }
            String status = past ? TallySnapshots.statusAt("end") : "a.status";
            Progress.Columns columns = Progress.Columns.sql("a", ":day").withStatus(status);
            String overdue = Progress.OVERDUE.condition(columns);
            boolean byStatus = !past && scope.directiveId() == null;
            String order = scope.directiveId() != null ? " order by a.directive_id, a.body_id, a.deadline"
                    : byStatus ? " order by a.body_id, a.status, a.deadline" : " order by a.body_id, a.deadline";
            String head = "(select a.body_id, a.task_id, a.deadline, " + status + " as status from assignment a" + where(scope, "a")
                    + " and a.body_id = ";
            String tail = " and " + overdue + (past ? " and " + TallySnapshots.createdBefore("end") + OPEN_THEN : "") + order
                    + (perBody == ProgressReport.ALL_OVERDUE ? ")" : " fetch first " + perBody + " rows only)");
            List<String> ofStatus = byStatus ? Arrays.stream(Status.values()).filter(Status::open)
                    .map(s -> " and a.status = " + columns.literal(s)).toList() : List.of("");
            StringBuilder union = new StringBuilder();
            for (long body : bodies) {
                for (String condition : ofStatus) {
                    union.append(union.isEmpty() ? "" : " union all ").append(head).append(body).append(condition).append(tail);
                }
            }
            Query query = Panache.getEntityManager().createNativeQuery("select x.body_id, x.task_id, x.deadline, x.status,"
                    + " t.text, d.title from (" + union + ") x join task t on t.id = x.task_id"
                    + " join directive d on d.id = t.directive_id").setParameter("day", day);
            if (past) {
                query.setParameter("end", end);
            }
            Map<Long, List<Object[]>> byBody = new HashMap<>();
            for (Object row : bindScope(query, scope).getResultList()) {
                Object[] c = (Object[]) row;
                byBody.computeIfAbsent(number(c[0]), b -> new ArrayList<>()).add(c);
            }
            List<OverdueRow> list = new ArrayList<>();
            for (long body : bodies) {
                List<Object[]> rows = byBody.getOrDefault(body, new ArrayList<>());
                rows.sort(Comparator.comparing((Object[] r) -> date(r[2])).thenComparing(r -> number(r[1])));
                for (Object[] c : perBody == ProgressReport.ALL_OVERDUE ? rows : rows.subList(0, Math.min(perBody, rows.size()))) {
                    list.add(new OverdueRow(body, number(c[1]), (String) c[4], (String) c[5], date(c[2]),
                            Status.valueOf((String) c[3]), overdueCounts.get(body)));
                }
            }
            return list;
        }
    }

    /**
     * A condition, on the assignment's own columns, that every assignment open at the end of {@code :day} meets, so
     * that the overdue list of a past day reads the history only of these: work open then and closed now was closed
     * later, and its done day moved with it ({@link vn.dondoc.task.Assignment#changeStatus}).
     */
    private static final String OPEN_THEN = " and (a.status not in " + Progress.sqlStatuses(s -> !s.open())
            + " or a.done_on is null or a.done_on > :day)";

    /** The counts of every assignment in scope with its current status, judged on {@code day}. */
    private static Map<Long, ProgressCounts> currentCounts(ReportScope scope, LocalDate day) {
        DeadlineSplit split = DeadlineSplit.of(scope.deadlineFrom(), scope.deadlineTo(), day);
        Map<Long, ProgressCounts> byBody = new HashMap<>();
        long directive = scope.directiveId() == null ? AssignmentTally.ALL_DIRECTIVES : scope.directiveId();
        addRows(byBody, AssignmentTally.rows(directive, null), split, day);
        for (LocalDate[] range : split.fromAssignments()) {
            ReportScope part = new ReportScope(scope.directiveId(), range[0], range[1]);
            Query query = Panache.getEntityManager().createNativeQuery("select a.body_id, " + SUMS + " from assignment a"
                    + where(part, "a") + " group by a.body_id").setParameter("day", day);
            counts(bindScope(query, part).getResultList(), 0).forEach((body, c) -> byBody.merge(body, c, ProgressCounts::plus));
        }
        return byBody;
    }

    /**
     * The counts of a day before today. One directive's are its assignments, each with its status then. Over
     * all directives: the tally of the start of the next month ({@link TallySnapshots}; the current tally when
     * that month has not begun) for the whole months of deadlines it answers, and its deadlines of the day's own
     * month day by day (the assignments as they are now when that month is the current one), less what changed
     * between the day and that moment; and, for the months the period cuts, the assignments with their status then.
     */
    private static Map<Long, ProgressCounts> pastCounts(ReportScope scope, LocalDate day, Instant end) {
        Map<Long, ProgressCounts> byBody = new HashMap<>();
        if (scope.directiveId() != null) {
            addThen(byBody, scope, day, end);
            return byBody;
        }
        DeadlineSplit split = DeadlineSplit.of(scope.deadlineFrom(), scope.deadlineTo(), day);
        YearMonth next = YearMonth.from(day).plusMonths(1);
        boolean fromTally = TallySnapshots.start(next).isAfter(Instant.now());
        TallySnapshots.Snapshot rows = fromTally
                ? new TallySnapshots.Snapshot(AssignmentTally.rows(AssignmentTally.ALL_DIRECTIVES, null), AssignmentTally.days(YearMonth.from(day)))
                : TallySnapshots.at(next);
        addRows(byBody, rows.months(), split, day);
        // The day's own month, day by day: its deadlines in the period.
        LocalDate[] ofDay = split.fromAssignments().stream().filter(range -> YearMonth.from(range[0]).equals(YearMonth.from(day)))
                .findFirst().orElse(null);
        Predicate<LocalDate> inDays = deadline -> ofDay != null && !deadline.isBefore(ofDay[0]) && !deadline.isAfter(ofDay[1]);
        for (AssignmentTally.DayRow row : rows.days()) {
            if (inDays.test(row.deadline())) {
                byBody.merge(row.bodyId(), row.counts(day), ProgressCounts::plus);
            }
        }
        int dayMonth = AssignmentTally.month(day);
        Predicate<LocalDate> fromRows = deadline -> deadline == null ? split.withoutDeadline()
                : inRows(split, AssignmentTally.month(deadline), dayMonth) || inDays.test(deadline);
        String base = fromTally ? null : "base";
        // Assignments of tasks created after the day: the rows count them, the day does not.
        Query created = Panache.getEntityManager().createNativeQuery("select " + TallySnapshots.thenColumns(base)
                + " from assignment a" + where(scope, "a") + " and " + TallySnapshots.createdSince("end", !fromTally))
                .setParameter("end", end);
        for (Object row : bindBase(bindScope(created, scope), fromTally, next).getResultList()) {
            TallySnapshots.Then then = TallySnapshots.then((Object[]) row);
            if (fromRows.test(then.deadline())) {
                byBody.merge(then.bodyId(), ProgressCounts.NONE.minus(counts(then, day)), ProgressCounts::plus);
            }
        }
        // Assignments changed since the day: as they were on the day instead of as the rows count them.
        for (TallySnapshots.Changed changed : TallySnapshots.changedWithin(where(scope, "a"), scopeParams(scope), end,
                fromTally ? null : TallySnapshots.start(next))) {
            if (fromRows.test(changed.before().deadline())) {
                byBody.merge(changed.before().bodyId(), counts(changed.before(), day).minus(counts(changed.after(), day)),
                        ProgressCounts::plus);
            }
        }
        for (LocalDate[] range : split.fromAssignments()) {
            if (range != ofDay) {
                addThen(byBody, new ReportScope(null, range[0], range[1]), day, end);
            }
        }
        return byBody;
    }

    /** Adds the tally's rows that the split answers, judged on {@code day}. */
    private static void addRows(Map<Long, ProgressCounts> byBody, List<AssignmentTally.Row> rows, DeadlineSplit split, LocalDate day) {
        int dayMonth = AssignmentTally.month(day);
        for (AssignmentTally.Row row : rows) {
            boolean inScope = row.month() == 0 ? split.withoutDeadline() : inRows(split, row.month(), dayMonth);
            if (!inScope) {
                continue;
            }
            byBody.merge(row.bodyId(), row.counts(dayMonth), ProgressCounts::plus);
        }
    }

    /** Whether the tally's rows answer for deadlines in {@code month} (yyyymm, not 0) on a day of {@code dayMonth}. */
    private static boolean inRows(DeadlineSplit split, int month, int dayMonth) {
        return month >= split.low() && month <= split.high() && month != dayMonth;
    }

    /** Adds the assignments in scope of tasks created by the day, each with its status at the day's end. */
    private static void addThen(Map<Long, ProgressCounts> byBody, ReportScope scope, LocalDate day, Instant end) {
        Query query = Panache.getEntityManager().createNativeQuery("select " + TallySnapshots.thenColumns("end")
                + " from assignment a" + where(scope, "a") + " and " + TallySnapshots.createdBefore("end")).setParameter("end", end);
        for (Object row : bindScope(query, scope).getResultList()) {
            TallySnapshots.Then then = TallySnapshots.then((Object[]) row);
            byBody.merge(then.bodyId(), counts(then, day), ProgressCounts::plus);
        }
    }

    private static ProgressCounts counts(TallySnapshots.Then then, LocalDate day) {
        return ProgressCounts.of(then.status(), then.doneOn(), then.deadline(), day);
    }

    private static Query bindBase(Query query, boolean fromTally, YearMonth next) {
        return fromTally ? query : query.setParameter("base", TallySnapshots.start(next));
    }

    /**
     * The select list that counts assignments {@code a} by their current status, judged on {@code :day}, in the order
     * of {@link ProgressCounts}'s figures, which {@link #counts(List, int)} reads.
     */
    static final String SUMS = sums(Progress.Columns.sql("a", ":day"));

    private static String sums(Progress.Columns a) {
        StringBuilder sums = new StringBuilder("count(*)");
        for (String condition : List.of(Progress.DONE_ON_TIME.condition(a), Progress.DONE_LATE.condition(a),
                Progress.REPORTED.condition(a), Progress.OVERDUE.condition(a), a.status() + " = " + a.literal(Status.NOT_STARTED),
                a.status() + " = " + a.literal(Status.IN_PROGRESS))) {
            sums.append(", sum(case when ").append(condition).append(" then 1 else 0 end)");
        }
        return sums.toString();
    }

    /**
     * The report's choice of directives in force, by id with their number and title, without their texts: the
     * {@code count} newest, and the chosen one (when in force) after them, so that the form grows with no number of
     * directives and still shows what the report is of.
     */
    static Map<Long, String> directiveTitles(int count, Long chosen) {
        Map<Long, String> titles = new LinkedHashMap<>();
        for (Directive d : Directive.choices(count, chosen)) {
            titles.put(d.id, d.number == null ? d.title : d.number + " — " + d.title);
        }
        return titles;
    }

    /** The scope as conditions on the assignment table under the given alias. */
    private static String where(ReportScope scope, String alias) {
        StringBuilder where = new StringBuilder(" where " + alias + ".withdrawn = false");
        if (scope.directiveId() != null) {
            where.append(" and ").append(alias).append(".directive_id = :directive");
        }
        if (scope.deadlineFrom() != null) {
            where.append(" and ").append(alias).append(".deadline >= :from");
        }
        if (scope.deadlineTo() != null) {
            where.append(" and ").append(alias).append(".deadline <= :to");
        }
        return where.toString();
    }

    private static Query bindScope(Query query, ReportScope scope) {
        scopeParams(scope).forEach(query::setParameter);
        return query;
    }

    /** The parameters of {@link #where}. */
    private static Map<String, Object> scopeParams(ReportScope scope) {
        Map<String, Object> params = new HashMap<>();
        if (scope.directiveId() != null) {
            params.put("directive", scope.directiveId());
        }
        if (scope.deadlineFrom() != null) {
            params.put("from", scope.deadlineFrom());
        }
        if (scope.deadlineTo() != null) {
            params.put("to", scope.deadlineTo());
        }
        return params;
    }

    /** Rows of a body id and the {@link #SUMS} after it, from column {@code offset} on, by body id. */
    static Map<Long, ProgressCounts> counts(List<?> rows, int offset) {
        Map<Long, ProgressCounts> counts = new HashMap<>();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            int i = offset;
            counts.put(number(c[i]), new ProgressCounts(number(c[i + 1]), number(c[i + 2]), number(c[i + 3]), number(c[i + 4]),
                    number(c[i + 5]), number(c[i + 6]), number(c[i + 7])));
        }
        return counts;
    }

    private static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(OfficeClock.ZONE).toInstant();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static LocalDate date(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        return value == null ? null : ((Date) value).toLocalDate();
    }
}
