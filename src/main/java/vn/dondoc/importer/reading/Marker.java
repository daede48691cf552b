package vn.dondoc.importer.reading;

/**
 * The mark that opens an item ("1.", "1.2.", "a)", "(1)", "-", "Thứ nhất,", "II.") and its depth: parts (roman)
 * 0, numbered items 1 and deeper, lettered sub-items 5, numbers in brackets 6, dashes 7. The style tells kinds of
 * marks apart ("1." and "1.1.", "-" and "+"), so that a reading can rank them in the order a text nests them.
 */
record Marker(int level, int contentStart, boolean roman, String style) {

    static final int NONE = 99;
    /** Items are numbered with at most this many digits a level; more make a year. */
    private static final int MAX_NUMBER_DIGITS = 3;

    private static final String[] ORDINALS = {"thứ nhất", "thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy",
        "thứ tám", "thứ chín", "thứ mười", "first", "second", "third", "fourth", "fifth", "finally", "cuối cùng"};

    static Marker of(String text, int s, int e) {
        int i = skipDecoration(text, s, e);
        if (i >= e) {
            return new Marker(NONE, s, false, "");
        }
        char c = text.charAt(i);
        if (c == '(' && i + 2 < e && Character.isDigit(text.charAt(i + 1))) {
            // "(1) Bộ Tài chính giải quyết ...": numbered in brackets, under a lettered item
            int j = i + 1;
            while (j < e && Character.isDigit(text.charAt(j)) && j - i < 3) {
                j++;
            }
            if (j < e && text.charAt(j) == ')' && j + 1 < e && isSpaceOrStar(text.charAt(j + 1))) {
                return new Marker(6, after(text, j + 1, e), false, "(1)");
            }
        }
        if (Character.isDigit(c)) {
            int j = i;
            int dots = 0;
            while (j < e && (Character.isDigit(text.charAt(j)) || text.charAt(j) == '.') && j - i < 12) {
                if (text.charAt(j) == '.') {
                    dots++;
                }
                j++;
            }
            if (j - i > MAX_NUMBER_DIGITS + dots) {
                // "2030)." or "2025." at the start of a line is a year, not the number of an item
                return new Marker(NONE, s, false, "");
            }
            if (j < e && text.charAt(j) == ')' && dots == 0) {
                return new Marker(1, after(text, j + 1, e), false, "1)");
            }
            if (dots >= 1 && text.charAt(j - 1) == '.' && (j >= e || isSpaceOrStar(text.charAt(j))) && j - i <= 9) {
                // "**1." alone on its line counts too: its words are on the lines after it
                return new Marker(dots, after(text, j, e), false, "1" + ".1".repeat(dots - 1) + ".");
            }
            return new Marker(NONE, s, false, "");
        }
        if (c == 'I' || c == 'V' || c == 'X') {
            int j = i;
            while (j < e && "IVX".indexOf(text.charAt(j)) >= 0 && j - i < 6) {
                j++;
            }
            if (j < e && (text.charAt(j) == '.' || text.charAt(j) == ')') && j + 1 < e && isSpaceOrStar(text.charAt(j + 1))) {
                return new Marker(0, after(text, j + 1, e), true, "I.");
            }
        }
        if (Character.isLowerCase(c) && i + 1 < e && (text.charAt(i + 1) == ')' || text.charAt(i + 1) == '.')
                && i + 2 < e && isSpaceOrStar(text.charAt(i + 2))) {
            return new Marker(5, after(text, i + 2, e), false, "a" + text.charAt(i + 1));
        }
        if ((c == '-' || c == '–' || c == '—' || c == '•' || c == '+' || c == '*') && i + 1 < e && isSpace(text.charAt(i + 1))) {
            return new Marker(7, after(text, i + 1, e), false, String.valueOf(c));
        }
        String head = text.substring(i, Math.min(e, i + 12)).toLowerCase(java.util.Locale.ROOT);
        if (head.startsWith("điều ") || head.startsWith("article ")) {
            int j = i + (head.startsWith("điều ") ? 5 : 8);
            int d = j;
            while (d < e && Character.isDigit(text.charAt(d)) && d - j < 3) {
                d++;
            }
            if (d > j && d < e && (text.charAt(d) == '.' || text.charAt(d) == ':')) {
                return new Marker(1, after(text, d + 1, e), false, "Điều");
            }
        }
        for (String o : ORDINALS) {
            if (head.startsWith(o) && i + o.length() < e && (text.charAt(i + o.length()) == ',' || text.charAt(i + o.length()) == ':')) {
                return new Marker(1, after(text, i + o.length() + 1, e), false, "thứ");
            }
        }
        return new Marker(NONE, i, false, "");
    }

    /** The same mark at the depth its place in the text's own order of marks gives it. */
    Marker at(int depth) {
        return new Marker(depth, contentStart, roman, style);
    }

    /** The same mark for words that start at {@code contentStart} (a mark alone on the line before them). */
    Marker from(int contentStart) {
        return new Marker(level, contentStart, roman, style);
    }

    static boolean startsItem(String text, int s, int e) {
        return of(text, s, e).level() != NONE;
    }

    private static int skipDecoration(String text, int s, int e) {
        int i = s;
        // "**1.", "*a) *": bold or italics opened before the marker; "* " alone is a bullet
        while (i < e && (Character.isWhitespace(text.charAt(i))
                || text.charAt(i) == '*' && i + 1 < e && !Character.isWhitespace(text.charAt(i + 1)) || text.charAt(i) == '_')) {
            i += text.charAt(i) == '*' && i + 1 < e && text.charAt(i + 1) == '*' ? 2 : 1;
        }
        return Math.min(i, e);
    }

    private static int after(String text, int i, int e) {
        while (i < e && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '*' || text.charAt(i) == '_')) {
            i++;
        }
        return i;
    }

    private static boolean isSpaceOrStar(char c) {
        return isSpace(c) || c == '*';
    }

    /** A space after a mark; a line break too, where Word wrapped the line right after it ("**1.\nNhiệm vụ ..."). */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00a0' || c == '\n' || c == '\r';
    }
}
