package vn.dondoc.report;

import io.quarkus.hibernate.orm.panache.Panache;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dondoc.body.ResponsibleBody;
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

    /** One body's figures in the period. */
    record Line(ResponsibleBody body, long total, long onTime, long late, long notDone, long extended, PeriodEvaluation remark) {

        Line plus(Line other) {
            return new Line(null, total + other.total, onTime + other.onTime, late + other.late, notDone + other.notDone,
                    extended + other.extended, null);
        }

        /** The share of {@code count} in the body's assignments, in percent. */
        public double share(long count) {
            return total == 0 ? 0 : 100.0 * count / total;
        }
    }

    /** The bodies with assignments due in the period, by name, and the sum of all of them. */
    record Figures(List<Line> lines, Line total) {
    }

    static Figures of(Period period) {
        List<?> rows = Panache.getEntityManager().createNativeQuery("select body_id, count(*),"
                + " sum(case when status = 'DONE' and (done_on is null or done_on <= deadline) then 1 else 0 end),"
                + " sum(case when status = 'DONE' and done_on > deadline then 1 else 0 end),"
                + " sum(case when status <> 'DONE' then 1 else 0 end),"
                + " sum(case when original_deadline is not null then 1 else 0 end)"
                + " from assignment where withdrawn = false and deadline >= :from and deadline <= :to group by body_id")
                .setParameter("from", period.from()).setParameter("to", period.to()).getResultList();
        Map<Long, long[]> counts = new HashMap<>();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            counts.put(((Number) c[0]).longValue(), new long[] {n(c[1]), n(c[2]), n(c[3]), n(c[4]), n(c[5])});
        }
        Map<Long, PeriodEvaluation> remarks = PeriodEvaluation.ofPeriod(period.from(), period.to());
        List<Line> lines = new ArrayList<>();
        Line total = new Line(null, 0, 0, 0, 0, 0, null);
        for (ResponsibleBody body : ResponsibleBody.listByName()) {
            long[] c = counts.get(body.id);
            if (c == null && !remarks.containsKey(body.id)) {
                continue;
            }
            Line line = c == null ? new Line(body, 0, 0, 0, 0, 0, remarks.get(body.id))
                    : new Line(body, c[0], c[1], c[2], c[3], c[4], remarks.get(body.id));
            lines.add(line);
            total = total.plus(line);
        }
        return new Figures(lines, total);
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
