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
 * done by D.</li>
 * <li>The overdue lists are read body by body along the (body, deadline) index, each stopping once it has its
 * rows.</li>
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
    record Counts(long bodyId, long total, long onTime, long late, long overdue, long notStarted) {

        long within() {
            return total - onTime - late - overdue;
        }

        Counts plus(Counts c) {
            return new Counts(bodyId, total + c.total, onTime + c.onTime, late + c.late, overdue + c.overdue,
                    notStarted + c.notStarted);
        }

        Counts minus(Counts c) {
            return new Counts(bodyId, total - c.total, onTime - c.onTime, late - c.late, overdue - c.overdue,
                    notStarted - c.notStarted);
        }

        /** The group one assignment falls in on {@code day}: its status then, the day it was done and its deadline. */
        static Counts of(long bodyId, Status status, LocalDate doneOn, LocalDate deadline, LocalDate day) {
            boolean done = status == Status.DONE;
            boolean late = done && deadline != null && doneOn != null && doneOn.isAfter(deadline);
            boolean overdue = !done && deadline != null && deadline.isBefore(day);
            return new Counts(bodyId, 1, done && !late ? 1 : 0, late ? 1 : 0, overdue ? 1 : 0,
                    status == Status.NOT_STARTED ? 1 : 0);
        }
    }

    /** An overdue assignment with the facts the list shows. */
    record OverdueRow(long bodyId, long taskId, String text, String directiveTitle, LocalDate deadline,
            Status status, long bodyOverdueCount) {
    }

    /** Each body's assignments by group at the end of {@code asOf}. */
    static List<Counts> countsByBody(ReportScope scope, LocalDate asOf) {
        Map<Long, Counts> byBody = new HashMap<>();
        for (Counts c : currentCounts(scope, asOf)) {
            byBody.merge(c.bodyId(), c, Counts::plus);
        }
        if (asOf.isBefore(today())) {
            Instant end = endOf(asOf);
            for (Counts c : givenSince(scope, asOf, end)) {
                byBody.merge(c.bodyId(), new Counts(c.bodyId(), 0, 0, 0, 0, 0).minus(c), Counts::plus);
            }
            for (Changed c : changedSince(scope, end)) {
                Counts then = Counts.of(c.bodyId, c.statusThen, c.doneOnThen, c.deadline, asOf);
                Counts now = Counts.of(c.bodyId, c.status, c.doneOn, c.deadline, asOf);
                byBody.merge(c.bodyId, then.minus(now), Counts::plus);
            }
        }
        return new ArrayList<>(byBody.values());
    }

    /** The counts of every assignment in scope with its current status, judged on {@code day}. */
    private static List<Counts> currentCounts(ReportScope scope, LocalDate day) {
        DeadlineSplit split = DeadlineSplit.of(scope.deadlineFrom(), scope.deadlineTo(), day);
        int dayMonth = AssignmentTally.month(day);
        Map<Long, Counts> byBody = new HashMap<>();
        List<?> tally = Panache.getEntityManager()
                .createNativeQuery("select body_id, deadline_month, state, n from progress_tally where directive_id = :directive")
                .setParameter("directive", scope.directiveId() == null ? AssignmentTally.ALL_DIRECTIVES : scope.directiveId())
                .getResultList();
        for (Object row : tally) {
            Object[] c = (Object[]) row;
            int month = ((Number) c[1]).intValue();
            boolean inScope = month == 0 ? split.withoutDeadline()
                    : month >= split.low() && month <= split.high() && month != dayMonth;
            if (!inScope) {
                continue;
            }
            AssignmentTally.State state = AssignmentTally.State.valueOf((String) c[2]);
            long n = number(c[3]);
            Counts counts = new Counts(number(c[0]), n, state == AssignmentTally.State.DONE_ON_TIME ? n : 0,
                    state == AssignmentTally.State.DONE_LATE ? n : 0, state.open() && month > 0 && month < dayMonth ? n : 0,
                    state == AssignmentTally.State.NOT_STARTED ? n : 0);
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
            + " sum(case when a.status <> 'DONE' and a.deadline is not null and a.deadline < :day then 1 else 0 end),"
            + " sum(case when a.status = 'NOT_STARTED' then 1 else 0 end)";

    /** The counts, with their current status judged on {@code day}, of the assignments of tasks created after it. */
    private static List<Counts> givenSince(ReportScope scope, LocalDate day, Instant end) {
        Query query = Panache.getEntityManager().createNativeQuery("select a.body_id, " + SUMS
                + " from task t join assignment a on a.task_id = t.id" + where(scope, "a") + " and t.created_at >= :end"
                + " group by a.body_id").setParameter("day", day).setParameter("end", end);
        return counts(bindScope(query, scope));
    }

    /** An assignment of a task created by a day and changed since: its status now and then. */
    private record Changed(long bodyId, LocalDate deadline, Status status, LocalDate doneOn, Status statusThen,
            LocalDate doneOnThen) {
    }

    /**
     * The assignments of tasks created before {@code end} that changed at or after it, each with its status
     * before its first change since and the last day it became done before then.
     */
    private static List<Changed> changedSince(ReportScope scope, Instant end) {
        Query query = Panache.getEntityManager().createNativeQuery("select a.body_id, a.deadline, a.status, a.done_on,"
                + " (select f.from_status from status_change f where f.assignment_id = a.id and f.changed_at >= :end"
                + " order by f.changed_at, f.id fetch first 1 row only),"
                + " (select max(d.changed_at) from status_change d where d.assignment_id = a.id and d.changed_at < :end"
                + " and d.to_status = 'DONE' and d.from_status <> 'DONE')"
                + " from (select distinct s.assignment_id from status_change s where s.changed_at >= :end) x"
                + " join assignment a on a.id = x.assignment_id join task t on t.id = a.task_id"
                + where(scope, "a") + " and t.created_at < :end").setParameter("end", end);
        List<Changed> changed = new ArrayList<>();
        for (Object row : bindScope(query, scope).getResultList()) {
            Object[] c = (Object[]) row;
            Status then = c[4] == null ? Status.valueOf((String) c[2]) : Status.valueOf((String) c[4]);
            changed.add(new Changed(number(c[0]), date(c[1]), Status.valueOf((String) c[2]), date(c[3]), then,
                    then == Status.DONE ? day(c[5]) : null));
        }
        return changed;
    }

    /**
     * The overdue assignments of each body at the end of {@code asOf}, longest overdue first, at most
     * {@code perBody} per body; {@code overdueCounts} gives each body's whole count.
     */
    static List<OverdueRow> overdue(ReportScope scope, LocalDate asOf, int perBody, Map<Long, Long> overdueCounts) {
        boolean past = asOf.isBefore(today());
        String sql = "select a.task_id, a.deadline, a.status"
                + (past ? ", (select f.from_status from status_change f where f.assignment_id = a.id and f.changed_at >= :end"
                        + " order by f.changed_at, f.id fetch first 1 row only),"
                        + " (select t.created_at from task t where t.id = a.task_id)" : "")
                + " from assignment a" + where(scope, "a") + " and a.body_id = :body and a.deadline < :day"
                + (past ? "" : " and a.status <> 'DONE'")
                + (scope.directiveId() == null ? " order by a.body_id, a.deadline" : " order by a.directive_id, a.body_id, a.deadline");
        Instant end = endOf(asOf);
        int page = past ? perBody * 4 : perBody;
        List<Object[]> found = new ArrayList<>();
        List<Long> bodies = new ArrayList<>();
        for (Map.Entry<Long, Long> count : new TreeMap<>(overdueCounts).entrySet()) {
            long body = count.getKey();
            int listed = 0;
            for (int first = 0; count.getValue() > 0 && listed < perBody; first += page) {
                Query query = Panache.getEntityManager().createNativeQuery(sql).setParameter("body", body)
                        .setParameter("day", asOf).setFirstResult(first).setMaxResults(page);
                if (past) {
                    query.setParameter("end", end);
                }
                List<?> rows = bindScope(query, scope).getResultList();
                for (Object row : rows) {
                    Object[] c = (Object[]) row;
                    if (past) {
                        Status then = c[3] == null ? Status.valueOf((String) c[2]) : Status.valueOf((String) c[3]);
                        if (then == Status.DONE || !instant(c[4]).isBefore(end)) {
                            continue;
                        }
                        c[2] = then.name();
                    }
                    if (listed < perBody) {
                        found.add(c);
                        bodies.add(body);
                        listed++;
                    }
                }
                if (rows.size() < page) {
                    break;
                }
            }
        }
        Map<Long, String[]> texts = taskTexts(found.stream().map(r -> number(r[0])).distinct().toList());
        List<OverdueRow> list = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Object[] c = found.get(i);
            long body = bodies.get(i);
            String[] text = texts.get(number(c[0]));
            list.add(new OverdueRow(body, number(c[0]), text[0], text[1], date(c[1]), Status.valueOf((String) c[2]),
                    overdueCounts.get(body)));
        }
        return list;
    }

    /** Task texts and directive titles by task id. */
    private static Map<Long, String[]> taskTexts(List<Long> taskIds) {
        Map<Long, String[]> texts = new HashMap<>();
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

    /** Directive ids and titles for the report's choice, newest first, without their texts. */
    static Map<Long, String> directiveTitles() {
        Map<Long, String> titles = new LinkedHashMap<>();
        List<?> rows = Panache.getEntityManager()
                .createQuery("select d.id, d.title from Directive d order by d.importedAt desc, d.id desc").getResultList();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            titles.put((Long) c[0], (String) c[1]);
        }
        return titles;
    }

    /** The scope as conditions on the assignment table under the given alias. */
    private static String where(ReportScope scope, String alias) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
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
            counts.add(new Counts(number(c[0]), number(c[1]), number(c[2]), number(c[3]), number(c[4]), number(c[5])));
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
