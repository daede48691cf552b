package vn.dondoc.importer.reading;

import java.util.List;
import java.util.regex.Pattern;
import vn.dondoc.importer.reading.DeadlineParser.Deadline;
import vn.dondoc.importer.reading.Layout.Row;

/**
 * The rows of a plan's table of tasks: a header row names the columns (task, lead, support, time, number, from
 * {@code reader/table-columns.tsv}); each row under it is a task with its owners and time limit, and a row that
 * holds only a roman or letter number and a title is the heading of the rows after it. A table whose columns count
 * the steps of a procedure is no table of tasks.
 */
final class TaskTable {

    private static final int NONE = 999;
    /** "Bước 1": the number of a procedure's step. */
    private static final Pattern STEP = Pattern.compile("(?i)(bước|step)\\s*\\d+\\.?");
    /** A column's words longer than this are not the name of one body. */
    private static final int MAX_CELL_NAME = 120;

    /** The columns {task, lead, support, time, number} of a task table. */
    record Columns(int task, int lead, int support, int time, int number) {
    }

    /** What one row under the header is: a task, or the title of the part of the table that follows. */
    record Cells(TaskDraft task, String heading) {
    }

    private final Passage p;

    TaskTable(Passage p) {
        this.p = p;
    }

    /** The columns of a task table's header row, or null if the row is not one. */
    Columns header(Row r) {
        int task = -1;
        int lead = -1;
        int support = -1;
        int time = -1;
        int number = -1;
        for (int c = 0; c < r.cells(); c++) {
            String k = Layout.columnKey(p.text, r.cellStart()[c], r.cellEnd()[c]);
            if (k.length() > 60) {
                return null;
            }
            String role = role(k);
            if (role == null) {
                continue;
            }
            switch (role) {
                case "number" -> number = c;
                case "lead" -> lead = c;
                case "lead?" -> lead = lead < 0 ? c : lead;
                case "support" -> support = c;
                case "time" -> time = c;
                case "task" -> task = task < 0 ? c : task;
                case "step" -> {
                    return null;
                }
                default -> {
                }
            }
        }
        if (task < 0 || lead < 0 && time < 0) {
            return null;
        }
        return new Columns(task, lead < 0 ? NONE : lead, support < 0 ? NONE : support, time < 0 ? NONE : time,
                number < 0 ? NONE : number);
    }

    /** What a column or label of this name holds: number, task, lead, lead?, support, time; null for none. */
    static String role(String key) {
        for (String[] c : Lexicon.TABLE_COLUMNS) {
            String name = c[0].substring(1);
            if (c[0].startsWith("=") ? key.equals(name) : key.contains(name)) {
                return c[1];
            }
        }
        return null;
    }

    /** A row under the header: its task, or the heading it sets; null for an empty row. */
    Cells row(Row r, Columns cols, String section) {
        String all = Fold.fold(p.text.substring(r.start(), r.end()));
        if (all.replaceAll("[|\\s:-]", "").isEmpty() || cols.task() >= r.cells()) {
            return null;
        }
        int s = r.cellStart()[cols.task()];
        int e = r.cellEnd()[cols.task()];
        if (s >= e) {
            return null;
        }
        List<FoundOwner> lead = owners(r, cols.lead());
        List<FoundOwner> support = owners(r, cols.support());
        boolean empty = lead.isEmpty() && support.isEmpty() && text(r, cols.time()).isEmpty();
        String number = text(r, cols.number());
        if (STEP.matcher(number.strip()).matches()) {
            // "Bước 1 | Công chức tại Trung tâm Phục vụ hành chính công | Kiểm tra, tiếp nhận hồ sơ | 02 giờ": a step
            // of a procedure, under a header that calls its column "TT"
            return null;
        }
        if (empty && number.matches("[IVXivx]{1,5}\\.?|[A-Za-z]\\.?")) {
            return new Cells(null, p.text.substring(s, e));
        }
        Deadline d = p.deadline(text(r, cols.time()), true);
        int a = p.t.firstAtOrAfter(s);
        int b = p.t.firstAtOrAfter(e);
        if (a >= b) {
            return null;
        }
        TaskDraft draft = new TaskDraft();
        draft.from = a;
        draft.to = b;
        draft.lead = lead;
        draft.support = support;
        draft.own = d;
        draft.section = section;
        draft.table = true;
        return new Cells(draft, null);
    }

    /** How many words of tokens [a, b) no name of a body covers. */
    private int unread(int a, int b) {
        int left = 0;
        int k = a;
        while (k < b) {
            OwnerParser.Parsed s = p.parser.parseList(p.t, k, b);
            if (s == null || s.end() <= k) {
                left++;
                k++;
            } else {
                k = s.end();
            }
        }
        return left;
    }

    private String text(Row r, int c) {
        return c < r.cells() ? p.text.substring(r.cellStart()[c], r.cellEnd()[c]) : "";
    }

    /**
     * The owners a column names. The column holds nothing else, so where no name of a body is read in it, its words
     * are the name of one ("Doanh nghiệp, nhà cung cấp dịch vụ IoT, nhà đầu tư").
     */
    private List<FoundOwner> owners(Row r, int c) {
        if (c >= r.cells()) {
            return List.of();
        }
        int a = p.t.firstAtOrAfter(r.cellStart()[c]);
        int b = p.t.firstAtOrAfter(r.cellEnd()[c]);
        List<FoundOwner> named = p.ownersIn(a, b);
        String cell = p.text.substring(r.cellStart()[c], r.cellEnd()[c]).replaceAll("\\s+", " ").strip();
        if (unread(a, b) > 1 && cell.indexOf(';') < 0 && b > a && cell.length() <= MAX_CELL_NAME && Character.isUpperCase(cell.charAt(0))) {
            return List.of(new FoundOwner(null, cell.replaceAll("[.;,]+$", ""), Role.LEAD, false, false, cell));
        }
        return named;
    }
}
