package vn.dondoc.report;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dondoc.task.Progress;
import vn.dondoc.task.Status;

/**
 * The report's figures, counted by the database: one GROUP BY over the assignments in scope, never the
 * tasks loaded into memory. A day before today is read from the status history (trạng thái tại ngày): an
 * assignment's status on day D is the target of its last change made by the end of D, or "not started" if
 * its task existed by then; a DONE status counts from the day of that change. Today and later come from the
 * assignments' current status and the done date the body reported.
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
    }

    /** An overdue assignment with the facts the list shows. */
    record OverdueRow(long bodyId, long taskId, String text, String directiveTitle, LocalDate deadline,
            Status status, long bodyOverdueCount) {
    }

    static List<Counts> countsByBody(ReportScope scope, LocalDate asOf) {
        String sql = "select r.body_id, count(*),"
                + " sum(case when r.st = 'DONE' and (r.deadline is null or r.done_on is null or r.done_on <= r.deadline) then 1 else 0 end),"
                + " sum(case when r.st = 'DONE' and r.deadline is not null and r.done_on > r.deadline then 1 else 0 end),"
                + " sum(case when r.st <> 'DONE' and r.deadline is not null and r.deadline < :asOf then 1 else 0 end),"
                + " sum(case when r.st = 'NOT_STARTED' then 1 else 0 end)"
                + " from (" + rows(scope, asOf) + ") r group by r.body_id";
        Query query = bind(Panache.getEntityManager().createNativeQuery(sql), scope, asOf);
        List<Counts> counts = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] c = (Object[]) row;
            counts.add(new Counts(number(c[0]), number(c[1]), number(c[2]), number(c[3]), number(c[4]), number(c[5])));
        }
        return counts;
    }

    /** The overdue assignments of each body, most days late first, at most {@code perBody} per body. */
    static List<OverdueRow> overdue(ReportScope scope, LocalDate asOf, int perBody) {
        String sql = "select o.body_id, o.task_id, t.text, d.title, t.deadline, o.st, o.n from ("
                + " select r.body_id, r.task_id, r.st,"
                + " row_number() over (partition by r.body_id order by r.deadline, r.task_id) as rn,"
                + " count(*) over (partition by r.body_id) as n"
                + " from (" + rows(scope, asOf) + ") r"
                + " where r.st <> 'DONE' and r.deadline is not null and r.deadline < :asOf) o"
                + " join task t on t.id = o.task_id join directive d on d.id = t.directive_id"
                + " where o.rn <= :perBody order by o.body_id, t.deadline, t.id";
        Query query = bind(Panache.getEntityManager().createNativeQuery(sql), scope, asOf).setParameter("perBody", perBody);
        List<OverdueRow> list = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] c = (Object[]) row;
            list.add(new OverdueRow(number(c[0]), number(c[1]), (String) c[2], (String) c[3], date(c[4]),
                    Status.valueOf((String) c[5]), number(c[6])));
        }
        return list;
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

    /**
     * One row per assignment in scope: body, task, deadline, status and done date on the day. Today's rows
     * come straight from the assignment; earlier days take the last change up to the day's end, found
     * through the (assignment, changed_at) index one assignment at a time. Changes are written as they
     * happen and never edited, so the last one written before the end of the day is the newest by then.
     */
    private static String rows(ReportScope scope, LocalDate asOf) {
        StringBuilder where = new StringBuilder(" where t.created_at < :end");
        if (scope.directiveId() != null) {
            where.append(" and t.directive_id = :directive");
        }
        if (scope.deadlineFrom() != null) {
            where.append(" and t.deadline >= :from");
        }
        if (scope.deadlineTo() != null) {
            where.append(" and t.deadline <= :to");
        }
        if (!fromHistory(asOf)) {
            return "select a.body_id, a.task_id, t.deadline, a.status as st, a.done_on from assignment a"
                    + " join task t on t.id = a.task_id" + where;
        }
        return "select h.body_id, h.task_id, h.deadline, coalesce(c.to_status, 'NOT_STARTED') as st,"
                + " case when c.to_status = 'DONE' then cast(c.changed_at as date) end as done_on from ("
                + " select a.body_id, a.task_id, t.deadline,"
                + " (select max(s.id) from status_change s where s.assignment_id = a.id and s.changed_at < :end) as change_id"
                + " from assignment a join task t on t.id = a.task_id" + where + ") h"
                + " left join status_change c on c.id = h.change_id";
    }

    private static boolean fromHistory(LocalDate asOf) {
        return asOf.isBefore(today());
    }

    private static Query bind(Query query, ReportScope scope, LocalDate asOf) {
        Instant end = asOf.plusDays(1).atStartOfDay(ZONE).toInstant();
        query.setParameter("end", end).setParameter("asOf", asOf);
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
