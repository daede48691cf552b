package vn.dondoc.report;

import java.util.ArrayList;
import java.util.List;
import vn.dondoc.task.ProgressCounts;

/**
 * The geometry of the report's chart, drawn on the server as SVG: one stacked bar per body, 100% wide, split
 * into done on time, done late, within the deadline and overdue. Each group has a fill pattern as well as a
 * colour, so that the chart still reads when printed in grey.
 */
public record ProgressChart(int width, int height, List<Bar> bars, List<Group> legend) {

    static final int WIDTH = 720;
    private static final int ROW = 46;
    /** The legend's two rows of two groups: the names are too long for one row of four in print. */
    private static final int LEGEND_ROW = 24;
    private static final int LEGEND = 3 * LEGEND_ROW + 12;

    /** One of the four groups: its CSS class, its fill (colour or pattern), its name and its place in the legend. */
    public record Group(String kind, String fill, String name, int legendX, int legendY) {

        public int textX() {
            return legendX + 22;
        }

        public int textY() {
            return legendY + 13;
        }
    }

    public record Bar(String label, String figure, int labelY, int barY, List<Segment> segments) {

        public int figureY() {
            return barY + 14;
        }
    }

    /** Room on the right of the bars for the overdue share. */
    public int viewWidth() {
        return width + 130;
    }

    public int figureX() {
        return width + 8;
    }

    public record Segment(String kind, String fill, double x, double width, String title) {
    }

    static ProgressChart of(List<ProgressReport.Line> lines, ReportText text) {
        List<Group> groups = List.of(
                new Group("on-time", "#00703c", text.msg.report_progress_on_time(), 0, 4),
                new Group("late", "url(#pattern-late)", text.msg.report_progress_late(), WIDTH / 2, 4),
                new Group("within", "url(#pattern-within)", text.msg.report_progress_within(), 0, 4 + LEGEND_ROW),
                new Group("overdue", "url(#pattern-overdue)", text.msg.report_progress_overdue(), WIDTH / 2, 4 + LEGEND_ROW),
                new Group("reported", "url(#pattern-reported)", text.msg.report_progress_reported(), 0, 4 + 2 * LEGEND_ROW));
        List<Bar> bars = new ArrayList<>();
        int y = LEGEND;
        for (ProgressReport.Line row : lines) {
            ProgressCounts line = row.counts();
            long[] counts = {line.onTime(), line.late(), line.within(), line.overdue(), line.reported()};
            List<Segment> segments = new ArrayList<>();
            double x = 0;
            for (int g = 0; g < counts.length; g++) {
                if (counts[g] == 0 || line.total() == 0) {
                    continue;
                }
                double w = WIDTH * (double) counts[g] / line.total();
                Group group = groups.get(g);
                segments.add(new Segment(group.kind(), group.fill(), round(x), round(w),
                        row.name() + " — " + group.name() + ": " + counts[g] + " (" + text.percent(line.share(counts[g])) + ")"));
                x += w;
            }
            bars.add(new Bar(row.name() + " (" + line.total() + ")",
                    text.msg.report_progress_chart_overdue(text.percent(line.overdueShare())), y + 14, y + 20, segments));
            y += ROW;
        }
        return new ProgressChart(WIDTH, y, bars, groups);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
