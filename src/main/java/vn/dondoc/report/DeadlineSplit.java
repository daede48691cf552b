package vn.dondoc.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.dondoc.task.AssignmentTally;

/**
 * How today's report reads a deadline period: the whole months from {@code low} to {@code high} (yyyymm),
 * except the current one, from the tally; the days it cannot answer from the assignments. These are the
 * current month, in which some deadlines have passed and some have not, and the months that the period
 * starts or ends inside. Tasks without a deadline belong to the report only when no period is chosen.
 */
record DeadlineSplit(int low, int high, boolean withoutDeadline, List<LocalDate[]> fromAssignments) {

    static DeadlineSplit of(LocalDate from, LocalDate to, LocalDate today) {
        YearMonth firstWhole = from == null ? null : from.getDayOfMonth() == 1 ? YearMonth.from(from) : YearMonth.from(from).plusMonths(1);
        YearMonth lastWhole = to == null ? null : to.equals(YearMonth.from(to).atEndOfMonth()) ? YearMonth.from(to) : YearMonth.from(to).minusMonths(1);
        int low = firstWhole == null ? 1 : AssignmentTally.month(firstWhole.atDay(1));
        int high = lastWhole == null ? Integer.MAX_VALUE : AssignmentTally.month(lastWhole.atDay(1));

        Set<YearMonth> partial = new LinkedHashSet<>();
        if (from != null) {
            partial.add(YearMonth.from(from));
        }
        if (to != null) {
            partial.add(YearMonth.from(to));
        }
        partial.add(YearMonth.from(today));
        List<LocalDate[]> ranges = new ArrayList<>();
        for (YearMonth month : partial) {
            LocalDate start = from != null && from.isAfter(month.atDay(1)) ? from : month.atDay(1);
            LocalDate end = to != null && to.isBefore(month.atEndOfMonth()) ? to : month.atEndOfMonth();
            boolean answeredByTally = AssignmentTally.month(start) >= low && AssignmentTally.month(end) <= high
                    && !month.equals(YearMonth.from(today));
            if (!start.isAfter(end) && !answeredByTally) {
                ranges.add(new LocalDate[] {start, end});
            }
        }
        return new DeadlineSplit(low, high, from == null && to == null, List.copyOf(ranges));
    }
}
