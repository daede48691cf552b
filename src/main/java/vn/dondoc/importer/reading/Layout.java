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

    /** Documents wrapped wider than this keep one paragraph a line. */
    private static final int MAX_WRAP = 130;
    /** The mark of an item inside a sentence: "(i)", "(2)", "(a)". */
    private static final java.util.regex.Pattern ENUMERATOR = java.util.regex.Pattern.compile("\\((?:[ivx]{1,4}|\\d{1,2}|[a-z])\\)$");
    /** Lines shorter than this are a list of short items, not a wrapped text. */
    private static final int MIN_WRAP = 50;
    /** More cells than this in a row of a bar table are not a row. */
    private static final int MAX_BAR_CELLS = 40;
    /** A cell of a bar table of more lines than this is running text after the table. */
    private static final int MAX_CELL_LINES = 10;
    /** How much shorter than the wrap width a wrapped line may be (a long word moved to the next line). */
    private static final int WRAP_SLACK = 25;
    /** The most words the head of a body's name has ("Ủy ban nhân dân", "Hội đồng quốc gia"). */
    private static final int MAX_HEAD_WORDS = 4;
    private static final java.util.Set<String> OPEN_WORDS = java.util.Set.copyOf(Words.lines("vi/open-words.txt"));

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
        int wrap = wrapWidth(text, lines);
        boolean spaced = wrap > 0 && blankSeparated(text, lines);
        List<Block> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int[] l = trim(text, lines.get(i)[0], lines.get(i)[1]);
            if (l[0] >= l[1]) {
                i++;
                continue;
            }
            if (l[1] - l[0] == 1 && text.charAt(l[0]) == '|') {
                i = barTable(text, lines, i, out);
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
            int lineStart = l[0];
            i++;
            while (i < lines.size()) {
                int[] next = trim(text, lines.get(i)[0], lines.get(i)[1]);
                if (next[0] >= next[1] || !continues(text, start, lineStart, end, next[0], next[1], wrap, spaced)) {
                    break;
                }
                end = next[1];
                lineStart = next[0];
                i++;
            }
            out.add(new Para(start, end));
        }
        return out;
    }

    /**
     * The width a Word document was wrapped at when it was turned into text, or 0 for a text that keeps one paragraph
     * a line: most of its lines are then about as long as one another and short.
     */
    private static int wrapWidth(String text, List<int[]> lines) {
        List<Integer> lengths = new ArrayList<>();
        for (int[] l : lines) {
            int[] tl = trim(text, l[0], l[1]);
            if (tl[1] > tl[0]) {
                lengths.add(tl[1] - tl[0]);
            }
        }
        if (lengths.size() < 10) {
            return 0;
        }
        lengths.sort(null);
        int p90 = lengths.get(lengths.size() * 9 / 10);
        return p90 >= MIN_WRAP && p90 <= MAX_WRAP ? p90 : 0;
    }

    /**
     * A line that runs on from the paragraph before it: that paragraph ends without a stop, and this line starts in
     * lower case, or the paragraph leaves bold or italics open, ends with a word that cannot end one ("các", "của"),
     * or its last line is as long as the text's wrapped lines. An item mark, a table row or a new part never runs on.
     */
    private static boolean continues(String text, int paraStart, int lineStart, int prevEnd, int nextStart, int nextEnd,
            int wrap, boolean spaced) {
        int last = prevEnd - 1;
        while (last > paraStart && (text.charAt(last) == '*' || text.charAt(last) == '_' || Character.isWhitespace(text.charAt(last)))) {
            last--;
        }
        char first = text.charAt(nextStart);
        if (first == '|' || Marker.startsItem(text, nextStart, nextEnd) || first == '#' || text.charAt(prevEnd - 1) == '|') {
            return false;
        }
        char end = text.charAt(last);
        if (end == ')' && ENUMERATOR.matcher(text.substring(Math.max(lineStart, last - 5), last + 1)).find()) {
            // "... giải quyết 03 vấn đề tồn đọng: (i)\nTích hợp ...": the line ends with the mark of what follows
            return true;
        }
        if (end == ',') {
            // "2. Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ,\nChủ tịch Ủy ban nhân dân ...": a comma ends no paragraph
            return true;
        }
        String afterMark = lineStart == paraStart ? afterMark(text, paraStart, prevEnd) : null;
        if (afterMark != null && afterMark.isEmpty() && openMarkup(text, paraStart, prevEnd)) {
            // "**Điều 1.\nPhạm vi điều chỉnh**": the article's title, in the bold its number opened, is on the next line
            return true;
        }
        if (".;:!?…|".indexOf(end) >= 0) {
            return (end == ';' || end == ':') && Character.isLowerCase(first);
        }
        if (Character.isLowerCase(first)) {
            return true;
        }
        if (openMarkup(text, paraStart, prevEnd)) {
            return true;
        }
        if (afterMark != null && !afterMark.isEmpty() && afterMark.chars().allMatch(Character::isLetter)) {
            // "**Điều 2. **Giao\nSở Giáo dục và Đào tạo chủ trì ...": the article's words are on the lines after it
            return true;
        }
        int wordStart = last;
        while (wordStart > lineStart && Tokens.isWordChar(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        if (OPEN_WORDS.contains(text.substring(wordStart, last + 1).toLowerCase(java.util.Locale.ROOT))) {
            return true;
        }
        if (TitleCase.mostlyCapitals(text, lineStart, prevEnd) && !TitleCase.mostlyCapitals(text, nextStart, nextEnd)) {
            return false;
        }
        if (Character.isUpperCase(first) && endsWithHead(text, lineStart, last + 1)) {
            // "- Tham mưu Ủy ban nhân dân\nThành phố đánh giá ...": the head of a body's name wants the rest of it
            return true;
        }
        // Where blank lines part the paragraphs of a wrapped text, every other line break is a wrap.
        return spaced || wrap > 0 && prevEnd - lineStart >= wrap - WRAP_SLACK;
    }

    /** Whether most paragraphs of the text are parted by blank lines. */
    private static boolean blankSeparated(String text, List<int[]> lines) {
        int nonBlank = 0;
        int beforeBlank = 0;
        for (int k = 0; k < lines.size(); k++) {
            int[] l = trim(text, lines.get(k)[0], lines.get(k)[1]);
            if (l[1] <= l[0] || text.charAt(l[0]) == '|') {
                continue;
            }
            nonBlank++;
            if (k + 1 < lines.size()) {
                int[] n = trim(text, lines.get(k + 1)[0], lines.get(k + 1)[1]);
                if (n[1] <= n[0]) {
                    beforeBlank++;
                }
            }
        }
        return nonBlank > 0 && beforeBlank * 100 >= nonBlank * 15;
    }

    /** Whether the line [s, e) ends with the capitalised head of a body's name that needs more words after it. */
    private static boolean endsWithHead(String text, int s, int e) {
        int start = e;
        for (int words = 1; words <= MAX_HEAD_WORDS; words++) {
            int w = start;
            while (w > s && Character.isWhitespace(text.charAt(w - 1))) {
                w--;
            }
            int ws = w;
            while (ws > s && Tokens.isWordChar(text.charAt(ws - 1))) {
                ws--;
            }
            if (ws == w) {
                return false;
            }
            start = ws;
            String tail = text.substring(start, e);
            if (Character.isUpperCase(tail.charAt(0)) && Lexicon.HEADS.has(tail) && !Lexicon.HEADS_ALONE.has(tail)) {
                return true;
            }
        }
        return false;
    }

    /** The words after an item's mark on a line, without bold and italics ("Giao" of "**Điều 2. **Giao"); null for none. */
    private static String afterMark(String text, int s, int e) {
        Marker m = Marker.of(text, s, e);
        return m.level() == Marker.NONE ? null : text.substring(m.contentStart(), e).replace("*", "").replace("_", "").strip();
    }

    /** Whether bold or italics opened in the paragraph are still open at its end ("**II. VỀ CUNG CẤP DỊCH VỤ"). */
    private static boolean openMarkup(String text, int s, int e) {
        if (s + 1 < e && text.charAt(s) == '*' && text.charAt(s + 1) == ' ') {
            s += 2;
        }
        int runs = 0;
        for (int i = s; i < e; i++) {
            if (text.charAt(i) == '*' && (i == s || text.charAt(i - 1) != '*')) {
                runs++;
            }
        }
        return runs % 2 == 1;
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

    /**
     * A table converted from Word with a bar on a line of its own between cells, each cell on the lines between
     * two bars, and two bars in a row (an empty cell) between rows. Returns the index of the first line after it.
     */
    private static int barTable(String text, List<int[]> lines, int i, List<Block> out) {
        List<int[]> cells = new ArrayList<>();
        int cellStart = -1;
        int cellEnd = -1;
        int k = i + 1;
        boolean empty = true;
        int lineCount = 0;
        int cellLine = k;
        while (k < lines.size()) {
            int[] l = trim(text, lines.get(k)[0], lines.get(k)[1]);
            boolean bar = l[1] - l[0] == 1 && text.charAt(l[0]) == '|';
            if (bar) {
                if (empty) {
                    // an empty cell ends the row
                    if (!cells.isEmpty()) {
                        out.add(rowOf(cells));
                        cells = new ArrayList<>();
                    }
                } else {
                    cells.add(trimCell(text, cellStart, cellEnd));
                }
                empty = true;
                k++;
                continue;
            }
            boolean blank = l[0] >= l[1];
            if (blank && empty || !blank && text.charAt(l[0]) == '|') {
                // a blank line after a bar, or a row written with bars: the table has ended
                break;
            }
            if (lineCount >= MAX_CELL_LINES) {
                // a long run of lines is the running text after the table: give it back
                k = cellLine;
                empty = true;
                break;
            }
            if (blank) {
                k++;
                continue;
            }
            lineCount++;
            if (empty) {
                cellStart = l[0];
                empty = false;
                lineCount = 1;
                cellLine = k;
            }
            cellEnd = l[1];
            k++;
            if (cells.size() > MAX_BAR_CELLS) {
                break;
            }
        }
        if (!empty) {
            cells.add(trimCell(text, cellStart, cellEnd));
        }
        if (!cells.isEmpty()) {
            out.add(rowOf(cells));
        }
        return Math.max(k, i + 1);
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
