package vn.dondoc.report;

import io.quarkus.hibernate.orm.panache.Panache;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dondoc.body.ResponsibleBody;
import vn.dondoc.task.ProgressCounts;
import vn.dondoc.web.OfficeClock;
import vn.dondoc.web.TypedDate;
import vn.dondoc.web.FieldErrors;

/**
 * The evaluation at the end of a period (đánh giá kết quả thực hiện): per body, its assignments whose deadline falls
 * in the period — the assignment's own deadline, as adjusted on request — and how many of them were done on time,
 * done late, and are not done, as they stand today, with the clerk's remark.
 */
final class Evaluation {

    private Evaluation() {
    }

    /** A period: a quarter or any two days; {@code errors} names the fields that could not be read. */
    record Period(LocalDate from, LocalDate to, String fromTyped, String toTyped, FieldErrors errors) {

        public boolean valid() {
            return errors.isEmpty();
        }

        /** The quarter (1 to 4) the period starts in. */
        public int quarter() {
            return (from.getMonthValue() - 1) / 3 + 1;
        }

        /** The period as link parameters. */
        public String query() {
            return "?from=" + from + "&to=" + to;
        }

        /** The quarter of a day: 1 January–31 March, and so on. */
        static Period quarterOf(LocalDate day) {
            LocalDate first = day.withMonth((day.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
            return new Period(first, first.plusMonths(3).minusDays(1), null, null, new FieldErrors());
        }

        /** Reads the period from typed days; without both, the quarter that holds {@code today}. */
        static Period parse(String from, String to, LocalDate today) {
            if ((from == null || from.isBlank()) && (to == null || to.isBlank())) {
                return quarterOf(today);
            }
            FieldErrors errors = new FieldErrors();
            LocalDate first = day(from, "from", errors);
            LocalDate last = day(to, "to", errors);
            if (first != null && last != null && last.isBefore(first)) {
                errors.put("to", "evaluation_error_range");
            }
            Period fallback = quarterOf(today);
            return new Period(first == null ? fallback.from() : first, last == null ? fallback.to() : last,
                    from == null ? "" : TypedDate.shown(from), to == null ? "" : TypedDate.shown(to), errors);
        }

        private static LocalDate day(String typed, String field, FieldErrors errors) {
            if (typed == null || typed.isBlank()) {
                errors.put(field, "evaluation_error_date");
                return null;
            }
            return TypedDate.read(typed, field, "evaluation_error_date", errors);
        }

        public String fromShown() {
            return fromTyped != null ? fromTyped : vn.dondoc.web.DateFormats.dmy(from);
        }

        public String toShown() {
            return toTyped != null ? toTyped : vn.dondoc.web.DateFormats.dmy(to);
        }
    }

    /**
     * One body's figures in the period: its assignments by progress as they stand today (done on time, done late,
     * and not done: {@link ProgressCounts#open}, reported ones included), and how many had their deadline extended.
     */
    record Line(ResponsibleBody body, ProgressCounts counts, long extended, PeriodEvaluation remark) {

        Line plus(Line other) {
            return new Line(null, counts.plus(other.counts), extended + other.extended, null);
        }
    }

    /** The bodies with assignments due in the period, by name, and the sum of all of them. */
    record Figures(List<Line> lines, Line total) {
    }

    static final Line NONE = new Line(null, ProgressCounts.NONE, 0, null);

    static Figures of(Period period) {
        List<?> rows = Panache.getEntityManager().createNativeQuery("select sum(case when a.original_deadline is not null then 1 else 0 end),"
                + " a.body_id, " + ProgressFigures.SUMS + " from assignment a"
                + " where a.withdrawn = false and a.deadline >= :from and a.deadline <= :to group by a.body_id")
                .setParameter("from", period.from()).setParameter("to", period.to()).setParameter("day", OfficeClock.today())
                .getResultList();
        Map<Long, ProgressCounts> counts = ProgressFigures.counts(rows, 1);
        Map<Long, Long> extended = new HashMap<>();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            extended.put(n(c[1]), n(c[0]));
        }
        Map<Long, PeriodEvaluation> remarks = PeriodEvaluation.ofPeriod(period.from(), period.to());
        List<Line> lines = new ArrayList<>();
        Line total = NONE;
        for (ResponsibleBody body : ResponsibleBody.listByName()) {
            if (!counts.containsKey(body.id) && !remarks.containsKey(body.id)) {
                continue;
            }
            Line line = new Line(body, counts.getOrDefault(body.id, ProgressCounts.NONE), extended.getOrDefault(body.id, 0L),
                    remarks.get(body.id));
            lines.add(line);
            total = total.plus(line);
        }
        return new Figures(lines, total);
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
