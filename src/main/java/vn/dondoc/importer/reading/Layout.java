package vn.dondoc.importer.reading;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text into paragraphs and table rows. Lines broken inside a sentence (Word conversions) are joined
 * back into one paragraph; a table given one cell per line is turned back into rows.
 */
final class Layout {

    /** A block of the text: a paragraph or a table row. */
    sealed interface Block permits Para, Row {
        int start();

        int end();
    }

    /** A paragraph, {@code [start, end)} without surrounding blank space. */
    record Para(int start, int end) implements Block {
    }

    /** A table row with the ranges of its cells, each trimmed. */
    record Row(int start, int end, int[] cellStart, int[] cellEnd) implements Block {
        int cells() {
            return cellStart.length;
        }
    }

    private Layout() {
    }

    static List<Block> of(String text) {
        List<int[]> lines = new ArrayList<>();
        int n = text.length();
        int s = 0;
        while (s <= n) {
            int e = text.indexOf('\n', s);
            if (e < 0) {
                e = n;
            }
            lines.add(new int[] {s, e});
            s = e + 1;
        }
        List<Block> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int[] l = trim(text, lines.get(i)[0], lines.get(i)[1]);
            if (l[0] >= l[1]) {
                i++;
                continue;
            }
            if (text.charAt(l[0]) == '|') {
                out.add(row(text, l[0], l[1]));
                i++;
                continue;
            }
            int used = cellPerLineTable(text, lines, i, out);
            if (used > 0) {
                i += used;
                continue;
            }
            int start = l[0];
            int end = l[1];
            i++;
            while (i < lines.size()) {
                int[] next = trim(text, lines.get(i)[0], lines.get(i)[1]);
                if (next[0] >= next[1] || !continues(text, end, next[0])) {
                    break;
                }
                end = next[1];
                i++;
            }
            out.add(new Para(start, end));
        }
        return out;
    }

    /** A line that runs on: the previous one ends without a stop and this one starts in lower case. */
    private static boolean continues(String text, int prevEnd, int nextStart) {
        char last = text.charAt(prevEnd - 1);
        if (".;:!?…|".indexOf(last) >= 0) {
            return false;
        }
        char first = text.charAt(nextStart);
        return Character.isLowerCase(first) && !Marker.startsItem(text, nextStart, text.indexOf('\n', nextStart) < 0
                ? text.length() : text.indexOf('\n', nextStart));
    }

    private static Row row(String text, int s, int e) {
        List<int[]> cells = new ArrayList<>();
        int i = s;
        if (text.charAt(i) == '|') {
            i++;
        }
        int cs = i;
        for (; i <= e; i++) {
            if (i == e || text.charAt(i) == '|') {
                if (i < e || cs < e) {
                    int[] c = trimCell(text, cs, i);
                    cells.add(c);
                }
                cs = i + 1;
            }
        }
        if (!cells.isEmpty() && text.charAt(e - 1) == '|') {
            // the closing bar leaves no empty cell behind
        }
        int[] st = new int[cells.size()];
        int[] en = new int[cells.size()];
        for (int k = 0; k < cells.size(); k++) {
            st[k] = cells.get(k)[0];
            en[k] = cells.get(k)[1];
        }
        return new Row(s, e, st, en);
    }

    /** A table converted from Word one cell per line: a run of column names, then the rows. */
    private static int cellPerLineTable(String text, List<int[]> lines, int i, List<Block> out) {
        List<int[]> header = new ArrayList<>();
        int k = i;
        while (k < lines.size() && header.size() < 10) {
            int[] l = trim(text, lines.get(k)[0], lines.get(k)[1]);
            if (l[0] >= l[1]) {
                k++;
                continue;
            }
            if (l[1] - l[0] > 50 || !Lexicon.TABLE_HEADER_CELLS.has(columnKey(text, l[0], l[1]))) {
                break;
            }
            header.add(l);
            k++;
        }
        if (header.size() < 3) {
            return 0;
        }
        int cols = header.size();
        out.add(rowOf(header));
        boolean numbered = columnKey(text, header.get(0)[0], header.get(0)[1]).endsWith("tt");
        List<int[]> cur = new ArrayList<>();
        int consumed = k;
        while (k < lines.size()) {
            int[] l = trim(text, lines.get(k)[0], lines.get(k)[1]);
            if (l[0] >= l[1]) {
                k++;
                continue;
            }
            boolean rowStart = numbered && isRowNumber(text, l[0], l[1]);
            if (rowStart && !cur.isEmpty()) {
                out.add(rowOf(pad(cur, cols)));
                cur = new ArrayList<>();
                consumed = k;
            } else if (cur.isEmpty() && numbered && !rowStart) {
                break;
            }
            if (cur.size() >= cols) {
                break;
            }
            cur.add(l);
            k++;
            if (!numbered && cur.size() == cols) {
                out.add(rowOf(cur));
                cur = new ArrayList<>();
                consumed = k;
            }
        }
        if (!cur.isEmpty() && numbered) {
            out.add(rowOf(pad(cur, cols)));
            consumed = k;
        }
        return consumed - i;
    }

    private static List<int[]> pad(List<int[]> cells, int cols) {
        List<int[]> out = new ArrayList<>(cells);
        int at = out.isEmpty() ? 0 : out.get(out.size() - 1)[1];
        while (out.size() < cols) {
            out.add(new int[] {at, at});
        }
        return out;
    }

    private static Row rowOf(List<int[]> cells) {
        int[] st = new int[cells.size()];
        int[] en = new int[cells.size()];
        for (int k = 0; k < cells.size(); k++) {
            st[k] = cells.get(k)[0];
            en[k] = cells.get(k)[1];
        }
        return new Row(st[0], en[en.length - 1], st, en);
    }

    private static boolean isRowNumber(String text, int s, int e) {
        String v = text.substring(s, e).replace("*", "").strip();
        return v.matches("\\d{1,3}\\.?|[IVX]{1,5}\\.?");
    }

    static String columnKey(String text, int s, int e) {
        return Fold.fold(text.substring(s, e)).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    static int[] trim(String text, int s, int e) {
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new int[] {s, e};
    }

    private static int[] trimCell(String text, int s, int e) {
        while (s < e && (Character.isWhitespace(text.charAt(s)) || text.charAt(s) == '*' || text.charAt(s) == '_')) {
            s++;
        }
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == '*' || text.charAt(e - 1) == '_')) {
            e--;
        }
        return new int[] {s, e};
    }
}
