package vn.dondoc.report;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.dondoc.task.AssignmentTally;
import vn.dondoc.task.Progress;
import vn.dondoc.task.Status;

/**
 * The report's figures, counted by the database without loading the tasks. The work grows with what the
 * report shows and with what changed since its day, not with the number of tasks:
 * <ul>
 * <li>Today's counts add up the tally ({@link AssignmentTally}) for whole months of deadlines, and count the
 * assignments only for the days the tally cannot answer: the current month, where some deadlines have passed
 * and some have not, and months that the chosen period cuts.</li>
 * <li>A day D before today (trạng thái tại ngày) starts from the same counts with the current statuses, judged
 * on D, and takes back what happened after D: assignments given later leave the count, and an assignment
 * changed since counts with its status before its first later change. Its done day is the day it last became
 * done by D, or reported done when it was confirmed later: a confirmed result keeps the day it was reported.</li>
 * <li>Reported results waiting for confirmation are a group of their own ({@link Progress#REPORTED}), neither
 * done nor overdue.</li>
 * <li>The overdue lists are read in one statement, body by body along the (body, deadline) index, each body's
 * part stopping once it has its rows.</li>
 * </ul>
 *
 * <p>The report has no entity of its own, so its queries live here rather than on one of the entities.
 */
final class ProgressFigures {

    static final ZoneId ZONE = Progress.ZONE;

    private ProgressFigures() {
    }

    static LocalDate today() {
        return Progress.today();
    }

    /** One body's assignments by group on a day. */
    record Counts(long bodyId, long total, long onTime, long late, long overdue, long notStarted, long reported) {

        long within() {
            return total - onTime - late - overdue - reported;
        }

        Counts plus(Counts c) {
            return new Counts(bodyId, total + c.total, onTime + c.onTime, late + c.late, overdue + c.overdue,
                    notStarted + c.notStarted, reported + c.reported);
        }

        Counts minus(Counts c) {
            return new Counts(bodyId, total - c.total, onTime - c.onTime, late - c.late, overdue - c.overdue,
                    notStarted - c.notStarted, reported - c.reported);
        }

        /** The group one assignment falls in on {@code day}: its status then, the day it was done and its deadline. */
        static Counts of(long bodyId, Status status, LocalDate doneOn, LocalDate deadline, LocalDate day) {
            Progress progress = Progress.of(status, doneOn, deadline, day);
            return new Counts(bodyId, 1, progress == Progress.DONE_ON_TIME ? 1 : 0, progress == Progress.DONE_LATE ? 1 : 0,
                    progress == Progress.OVERDUE ? 1 : 0, status == Status.NOT_STARTED ? 1 : 0, progress == Progress.REPORTED ? 1 : 0);
        }
    }

    /** An overdue assignment with the facts the list shows. */
    record OverdueRow(long bodyId, long taskId, String text, String directiveTitle, LocalDate deadline,
            Status status, long bodyOverdueCount) {
    }

    /** Each body's assignments by group at the end of {@code asOf}. */
    static List<Counts> countsByBody(ReportScope scope, LocalDate asOf) {
        return new Day(scope, asOf).counts();
    }

    /**
     * The overdue assignments of each body at the end of {@code asOf}, longest overdue first, at most
     * {@code perBody} per body; {@code overdueCounts} gives each body's whole count.
     */
    static List<OverdueRow> overdue(ReportScope scope, LocalDate asOf, int perBody, Map<Long, Long> overdueCounts) {
        return new Day(scope, asOf).overdue(perBody, overdueCounts);
    }

    /** The figures of one scope at the end of one day; a past day reads the changes made since once, for both. */
    static final class Day {

        private final ReportScope scope;
        private final LocalDate day;
        private final boolean past;
        private final Instant end;
        private List<Changed> changed;

        Day(ReportScope scope, LocalDate day) {
            this.scope = scope;
            this.day = day;
            this.past = day.isBefore(today());
            this.end = endOf(day);
        }

        List<Counts> counts() {
            Map<Long, Counts> byBody = new HashMap<>();
            for (Counts c : currentCounts(scope, day)) {
                byBody.merge(c.bodyId(), c, Counts::plus);
            }
            if (past) {
                for (Counts c : givenSince(scope, day, end)) {
                    byBody.merge(c.bodyId(), new Counts(c.bodyId(), 0, 0, 0, 0, 0, 0).minus(c), Counts::plus);
                }
                for (Changed c : changed()) {
                    Counts then = Counts.of(c.bodyId, c.statusThen, c.doneOnThen, c.deadline, day);
                    Counts now = Counts.of(c.bodyId, c.status, c.doneOn, c.deadline, day);
                    byBody.merge(c.bodyId, then.minus(now), Counts::plus);
                }
            }
            return new ArrayList<>(byBody.values());
        }

        /**
         * Each body's list: the assignments open on the day and unchanged since, read along the (body,
         * deadline) index until the list is full, merged with those changed since that were open then. One
         * statement for every body: a branch per body, each stopping once it has its rows, with the tasks'
         * words and directives joined on.
         */
        List<OverdueRow> overdue(int perBody, Map<Long, Long> overdueCounts) {
            List<Long> bodies = new TreeMap<>(overdueCounts).entrySet().stream().filter(e -> e.getValue() != 0)
                    .map(Map.Entry::getKey).toList();
            if (bodies.isEmpty()) {
                return List.of();
            }
            String branch = "(select a.body_id, a.task_id, a.deadline, a.status from assignment a" + where(scope, "a")
                    + " and a.body_id = %d and a.deadline < :day and a.status in ('NOT_STARTED', 'IN_PROGRESS')"
                    + (past ? " and not exists (select 1 from status_change f where f.assignment_id = a.id and f.changed_at >= :end)"
                            + " and (select t.created_at from task t where t.id = a.task_id) < :end" : "")
                    + (scope.directiveId() == null ? " order by a.body_id, a.deadline" : " order by a.directive_id, a.body_id, a.deadline")
                    + " fetch first " + perBody + " rows only)";
            StringBuilder union = new StringBuilder();
            for (long body : bodies) {
                union.append(union.isEmpty() ? "" : " union all ").append(String.format(java.util.Locale.ROOT, branch, body));
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
                byBody.computeIfAbsent(number(c[0]), b -> new ArrayList<>()).add(new Object[] {c[1], c[2], c[3], c[4], c[5]});
            }
            if (past) {
                for (Changed c : changed()) {
                    if (c.statusThen.open() && c.deadline != null && c.deadline.isBefore(day)) {
                        byBody.computeIfAbsent(c.bodyId, b -> new ArrayList<>())
                                .add(new Object[] {c.taskId, c.deadline, c.statusThen.name(), null, null});
                    }
                }
            }
            List<OverdueRow> list = new ArrayList<>();
            List<Object[]> shown = new ArrayList<>();
            for (long body : bodies) {
                List<Object[]> rows = byBody.getOrDefault(body, new ArrayList<>());
                rows.sort(Comparator.comparing((Object[] r) -> date(r[1])).thenComparing(r -> number(r[0])));
                for (Object[] row : rows.subList(0, Math.min(perBody, rows.size()))) {
                    shown.add(new Object[] {body, row});
                }
            }
            Map<Long, String[]> texts = taskTexts(shown.stream().map(s -> (Object[]) s[1]).filter(r -> r[3] == null)
                    .map(r -> number(r[0])).distinct().toList());
            for (Object[] s : shown) {
                long body = (Long) s[0];
                Object[] c = (Object[]) s[1];
                String[] text = c[3] == null ? texts.get(number(c[0])) : new String[] {(String) c[3], (String) c[4]};
                list.add(new OverdueRow(body, number(c[0]), text[0], text[1], date(c[1]), Status.valueOf((String) c[2]),
                        overdueCounts.get(body)));
            }
            return list;
        }

        private List<Changed> changed() {
            if (changed == null) {
                changed = changedSince(scope, end);
            }
            return changed;
        }
    }

    /** The counts of every assignment in scope with its current status, judged on {@code day}. */
    private static List<Counts> currentCounts(ReportScope scope, LocalDate day) {
        DeadlineSplit split = DeadlineSplit.of(scope.deadlineFrom(), scope.deadlineTo(), day);
        int dayMonth = AssignmentTally.month(day);
        Map<Long, Counts> byBody = new HashMap<>();
        long directive = scope.directiveId() == null ? AssignmentTally.ALL_DIRECTIVES : scope.directiveId();
        for (AssignmentTally.Row row : AssignmentTally.rows(directive, null)) {
            boolean inScope = row.month() == 0 ? split.withoutDeadline()
                    : row.month() >= split.low() && row.month() <= split.high() && row.month() != dayMonth;
            if (!inScope) {
                continue;
            }
            long n = row.n();
            Counts counts = new Counts(row.bodyId(), n, row.state() == AssignmentTally.State.DONE_ON_TIME ? n : 0,
                    row.state() == AssignmentTally.State.DONE_LATE ? n : 0, row.overdueBefore(dayMonth) ? n : 0,
                    row.state() == AssignmentTally.State.NOT_STARTED ? n : 0, row.state() == AssignmentTally.State.REPORTED ? n : 0);
            byBody.merge(counts.bodyId(), counts, Counts::plus);
        }
        for (LocalDate[] range : split.fromAssignments()) {
            ReportScope part = new ReportScope(scope.directiveId(), range[0], range[1]);
            Query query = Panache.getEntityManager().createNativeQuery("select a.body_id, " + SUMS + " from assignment a"
                    + where(part, "a") + " group by a.body_id").setParameter("day", day);
            for (Counts c : counts(bindScope(query, part))) {
                byBody.merge(c.bodyId(), c, Counts::plus);
            }
        }
        return new ArrayList<>(byBody.values());
    }

    /** The groups of assignments by their current status, judged on {@code :day}. */
    private static final String SUMS = "count(*),"
            + " sum(case when a.status = 'DONE' and (a.deadline is null or a.done_on is null or a.done_on <= a.deadline) then 1 else 0 end),"
            + " sum(case when a.status = 'DONE' and a.deadline is not null and a.done_on > a.deadline then 1 else 0 end),"
            + " sum(case when a.status in ('NOT_STARTED', 'IN_PROGRESS') and a.deadline is not null and a.deadline < :day then 1 else 0 end),"
            + " sum(case when a.status = 'NOT_STARTED' then 1 else 0 end),"
            + " sum(case when a.status = 'REPORTED' then 1 else 0 end)";

    /** The counts, with their current status judged on {@code day}, of the assignments of tasks created after it. */
    private static List<Counts> givenSince(ReportScope scope, LocalDate day, Instant end) {
        Query query = Panache.getEntityManager().createNativeQuery("select a.body_id, " + SUMS
                + " from task t join assignment a on a.task_id = t.id" + where(scope, "a") + " and t.created_at >= :end"
                + " group by a.body_id").setParameter("day", day).setParameter("end", end);
        return counts(bindScope(query, scope));
    }

    /** An assignment of a task created by a day and changed since: its status now and then. */
    private record Changed(long bodyId, long taskId, LocalDate deadline, Status status, LocalDate doneOn,
            Status statusThen, LocalDate doneOnThen) {
    }

    /**
     * The assignments of tasks created before {@code end} that changed at or after it, each with its status
     * before its first change since and, if that was done, the day it last became done before then. Read from
     * the changes since, so that the work follows what happened after the day.
     */
    private static List<Changed> changedSince(ReportScope scope, Instant end) {
        Query query = Panache.getEntityManager().createNativeQuery("select s.assignment_id, s.changed_at, s.id,"
                + " s.from_status, a.body_id, a.task_id, a.deadline, a.status, a.done_on, t.created_at"
                + " from status_change s join assignment a on a.id = s.assignment_id join task t on t.id = a.task_id"
                + where(scope, "a") + " and s.changed_at >= :end").setParameter("end", end);
        Map<Long, Object[]> first = new HashMap<>();
        for (Object row : bindScope(query, scope).getResultList()) {
            Object[] c = (Object[]) row;
            if (!instant(c[9]).isBefore(end)) {
                continue;
            }
            first.merge(number(c[0]), c, (x, y) -> earlier(x, y) ? x : y);
        }
        List<Long> doneThen = first.values().stream().filter(c -> "DONE".equals(c[3])).map(c -> number(c[0])).toList();
        Map<Long, LocalDate> doneDays = new HashMap<>();
        for (int start = 0; start < doneThen.size(); start += 1000) {
            List<?> rows = Panache.getEntityManager().createNativeQuery("select d.assignment_id, max(d.changed_at)"
                    + " from status_change d where d.assignment_id in (:ids) and d.changed_at < :end and d.to_status in ('REPORTED', 'DONE')"
                    + " and d.from_status not in ('REPORTED', 'DONE') group by d.assignment_id")
                    .setParameter("ids", doneThen.subList(start, Math.min(doneThen.size(), start + 1000)))
                    .setParameter("end", end).getResultList();
            for (Object row : rows) {
                Object[] c = (Object[]) row;
                doneDays.put(number(c[0]), day(c[1]));
            }
        }
        List<Changed> changed = new ArrayList<>();
        for (Object[] c : first.values()) {
            Status then = Status.valueOf((String) c[3]);
            changed.add(new Changed(number(c[4]), number(c[5]), date(c[6]), Status.valueOf((String) c[7]), date(c[8]),
                    then, then == Status.DONE ? doneDays.get(number(c[0])) : null));
        }
        return changed;
    }

    /** Whether change row {@code x} came before {@code y}: by time, then by id. */
    private static boolean earlier(Object[] x, Object[] y) {
        int byTime = instant(x[1]).compareTo(instant(y[1]));
        return byTime < 0 || byTime == 0 && number(x[2]) < number(y[2]);
    }

    /** Task texts and directive titles by task id. */
    private static Map<Long, String[]> taskTexts(List<Long> taskIds) {
        Map<Long, String[]> texts = new HashMap<>();
        if (taskIds.isEmpty()) {
            return texts;
        }
        for (int start = 0; start < taskIds.size(); start += 1000) {
            List<?> rows = Panache.getEntityManager().createNativeQuery("select t.id, t.text, d.title from task t"
                    + " join directive d on d.id = t.directive_id where t.id in (:ids)")
                    .setParameter("ids", taskIds.subList(start, Math.min(taskIds.size(), start + 1000))).getResultList();
            for (Object row : rows) {
                Object[] c = (Object[]) row;
                texts.put(number(c[0]), new String[] {(String) c[1], (String) c[2]});
            }
        }
        return texts;
    }

    /** Directives in force by id with their number and title, for the report's choice, newest first, without their texts. */
    static Map<Long, String> directiveTitles() {
        Map<Long, String> titles = new LinkedHashMap<>();
        List<?> rows = Panache.getEntityManager().createQuery("select d.id, d.number, d.title from Directive d"
                + " where d.withdrawnAt is null order by d.importedAt desc, d.id desc").getResultList();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            titles.put((Long) c[0], c[1] == null ? (String) c[2] : c[1] + " — " + c[2]);
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
        if (scope.directiveId() != null) {
            query.setParameter("directive", scope.directiveId());
        }
        if (scope.deadlineFrom() != null) {
            query.setParameter("from", scope.deadlineFrom());
        }
        if (scope.deadlineTo() != null) {
            query.setParameter("to", scope.deadlineTo());
        }
        return query;
    }

    private static List<Counts> counts(Query query) {
        List<Counts> counts = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] c = (Object[]) row;
            counts.add(new Counts(number(c[0]), number(c[1]), number(c[2]), number(c[3]), number(c[4]), number(c[5]), number(c[6])));
        }
        return counts;
    }

    private static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZONE).toInstant();
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

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof LocalDateTime l) {
            return l.atZone(ZoneId.systemDefault()).toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    /** The day in Vietnam of a moment read from the database, or null. */
    private static LocalDate day(Object value) {
        return value == null ? null : instant(value).atZone(ZONE).toLocalDate();
    }
}
