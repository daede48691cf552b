package vn.dondoc.report;

import java.text.Collator;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.dondoc.body.ResponsibleBody;
import vn.dondoc.task.ProgressCounts;
import vn.dondoc.task.Status;

/**
 * The progress report (báo cáo tiến độ) on one day: per responsible body, the assignments done on time,
 * done late (confirmed by the clerk), reported done and awaiting confirmation, in progress within the deadline
 * and overdue (these five add up to the total), and the not started ones, which overlap the last two as Vietnamese reports count them; the overdue share, its change
 * since an earlier day, and the overdue tasks of each body.
 */
public record ProgressReport(LocalDate asOf, LocalDate compareDate, boolean merged, List<Line> lines, ProgressCounts total,
        Double compareOverdueShare, List<OverdueGroup> overdue) {

    /** Asks {@link #build} for every overdue task of each body (the spreadsheet), not the first few. */
    static final int ALL_OVERDUE = Integer.MAX_VALUE;

    /** One body's row. Bodies merged into it are named in {@code mergedNames}. */
    public record Line(String name, String code, List<String> mergedNames, ProgressCounts counts) {

        public String mergedText() {
            return String.join(", ", mergedNames);
        }

        Line plus(ProgressCounts c) {
            return new Line(name, code, mergedNames, counts.plus(c));
        }
    }

    /** The overdue tasks of one body; {@code count} may exceed the tasks listed. */
    public record OverdueGroup(String bodyName, String bodyCode, long count, List<OverdueTask> tasks) {

        public long more() {
            return count - tasks.size();
        }
    }

    public record OverdueTask(long taskId, String text, String directiveTitle, LocalDate deadline, long daysLate,
            Status status) {

        /** The deadline as the report writes it. */
        public String day() {
            return ReportText.day(deadline);
        }
    }

    /** The overdue share on the compare day minus today's, in percentage points; null without a compare day. */
    public Double overdueChange() {
        return compareOverdueShare == null ? null : total.overdueShare() - compareOverdueShare;
    }

    /** "up", "down" or "same" (within a twentieth of a point), or null without a compare day. */
    public String overdueTrend() {
        Double change = overdueChange();
        if (change == null) {
            return null;
        }
        return change > 0.05 ? "up" : change < -0.05 ? "down" : "same";
    }

    public boolean empty() {
        return total.total() == 0;
    }

    /**
     * The report on {@code asOf}; each body's overdue list holds its first {@code overduePerBody} tasks (longest
     * overdue first; {@link #ALL_OVERDUE} for all, 0 for none), its group the whole count.
     */
    static ProgressReport build(ReportScope scope, LocalDate asOf, LocalDate compareDate, boolean merge,
            int overduePerBody, Locale locale) {
        Map<Long, ResponsibleBody> bodies = new HashMap<>();
        Map<String, ResponsibleBody> byCode = new HashMap<>();
        for (ResponsibleBody body : ResponsibleBody.<ResponsibleBody>listAll()) {
            bodies.put(body.id, body);
            byCode.put(body.code, body);
        }
        boolean english = "en".equals(locale.getLanguage());
        Grouping grouping = new Grouping(bodies, byCode, merge, english);

        Map<Long, Line> lines = new LinkedHashMap<>();
        Map<Long, Long> overdueCounts = new HashMap<>();
        ProgressFigures.Day day = new ProgressFigures.Day(scope, asOf);
        day.counts().forEach((bodyId, c) -> {
            overdueCounts.put(bodyId, c.overdue());
            ResponsibleBody shown = grouping.shown(bodyId);
            lines.put(shown.id, lines.computeIfAbsent(shown.id, id -> grouping.emptyLine(shown)).plus(c));
        });
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
        List<Line> sorted = new ArrayList<>(lines.values());
        sorted.sort(Comparator.comparing(Line::name, collator));
        ProgressCounts total = ProgressCounts.NONE;
        for (Line line : sorted) {
            total = total.plus(line.counts());
        }

        Double compareShare = null;
        if (compareDate != null) {
            ProgressCounts then = ProgressCounts.NONE;
            for (ProgressCounts c : ProgressFigures.countsByBody(scope, compareDate).values()) {
                then = then.plus(c);
            }
            compareShare = then.overdueShare();
        }

        Map<Long, List<OverdueTask>> tasks = new LinkedHashMap<>();
        Map<Long, Long> counts = new HashMap<>();
        Map<Long, Long> seenBodies = new HashMap<>();
        List<ProgressFigures.OverdueRow> overdueRows = overduePerBody == 0 ? List.of() : day.overdue(overduePerBody, overdueCounts);
        for (ProgressFigures.OverdueRow row : overdueRows) {
            long shown = grouping.shown(row.bodyId()).id;
            tasks.computeIfAbsent(shown, k -> new ArrayList<>()).add(new OverdueTask(row.taskId(), row.text(),
                    row.directiveTitle(), row.deadline(), ChronoUnit.DAYS.between(row.deadline(), asOf), row.status()));
            if (seenBodies.put(row.bodyId(), shown) == null) {
                counts.merge(shown, row.bodyOverdueCount(), Long::sum);
            }
        }
        List<OverdueGroup> groups = new ArrayList<>();
        for (Line line : sorted) {
            Long id = byCode.get(line.code()).id;
            List<OverdueTask> list = tasks.get(id);
            if (list != null) {
                list.sort(Comparator.comparing(OverdueTask::deadline).thenComparing(OverdueTask::taskId));
                List<OverdueTask> shown = list.size() > overduePerBody ? List.copyOf(list.subList(0, overduePerBody)) : list;
                groups.add(new OverdueGroup(line.name(), line.code(), counts.get(id), shown));
            }
        }
        return new ProgressReport(asOf, compareDate, merge, sorted, total, compareShare, groups);
    }

    /** Which body a row is shown under: itself, or with the merge option its last successor. */
    private record Grouping(Map<Long, ResponsibleBody> bodies, Map<String, ResponsibleBody> byCode, boolean merge,
            boolean english) {

        ResponsibleBody shown(long bodyId) {
            ResponsibleBody body = bodies.get(bodyId);
            if (!merge) {
                return body;
            }
            for (int step = 0; step < bodies.size() && body.validUntil != null && body.successorCode != null; step++) {
                ResponsibleBody next = byCode.get(body.successorCode);
                if (next == null) {
                    break;
                }
                body = next;
            }
            return body;
        }

        Line emptyLine(ResponsibleBody shown) {
            List<String> merged = new ArrayList<>();
            if (merge) {
                for (ResponsibleBody body : bodies.values()) {
                    if (body != shown && shown(body.id) == shown) {
                        merged.add(name(body));
                    }
                }
                merged.sort(Collator.getInstance(Locale.forLanguageTag("vi")));
            }
            return new Line(name(shown), shown.code, merged, ProgressCounts.NONE);
        }

        private String name(ResponsibleBody body) {
            return english && body.nameEn != null ? body.nameEn : body.name;
        }
    }
}
