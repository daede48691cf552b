package vn.dondoc.importer.reading;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a title set in capitals into sentence case ("VỀ TĂNG CƯỜNG CÔNG TÁC ..." into "Về tăng cường công tác
 * ..."), keeping the capitals of the names in it as the rest of the same text writes them ("Thủ tướng Chính
 * phủ", "Hà Nội", "IoT"): a word or run of words takes the form the text gives it inside its sentences, where
 * that form has capitals and is more common than the plain one.
 */
final class TitleCase {

    private static final int LONGEST = 4;
    private static final int MAX_TEXT = 200_000;

    /** How often each run of words, in lower case, appears in each written form inside sentences. */
    private final Map<String, Map<String, Integer>> forms = new HashMap<>();

    private TitleCase(String text) {
        Tokens t = new Tokens(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
        int lineEnd = -1;
        boolean capitalLine = false;
        for (int i = 1; i < t.size; i++) {
            if (t.start[i] > lineEnd) {
                int ls = text.lastIndexOf('\n', t.start[i]) + 1;
                int le = text.indexOf('\n', t.start[i]);
                lineEnd = le < 0 ? text.length() : le;
                capitalLine = mostlyCapitals(text.substring(ls, lineEnd));
            }
            if (capitalLine || opensSentence(t, i)) {
                continue;
            }
            StringBuilder low = new StringBuilder();
            for (int n = 1; n <= LONGEST && i + n <= t.size; n++) {
                int k = i + n - 1;
                if (n > 1 && (!t.gapBefore(k).equals(" ") || t.start[k] > lineEnd)) {
                    break;
                }
                low.append(n > 1 ? " " : "").append(t.low[k]);
                String form = t.text.substring(t.start[i], t.end[k]);
                forms.computeIfAbsent(low.toString(), x -> new HashMap<>()).merge(form, 1, Integer::sum);
            }
        }
    }

    /** The title in sentence case, names as {@code text} writes them; a title not in capitals is returned as it is. */
    static String of(String title, String text) {
        if (title == null || title.isBlank() || !mostlyCapitals(title)) {
            return title;
        }
        return new TitleCase(text).apply(title);
    }

    private String apply(String title) {
        String lower = title.toLowerCase(Locale.ROOT);
        Tokens t = new Tokens(lower);
        Tokens original = lower.length() == title.length() ? new Tokens(title) : null;
        StringBuilder out = new StringBuilder(title.length());
        int last = 0;
        int i = 0;
        while (i < t.size) {
            out.append(t.text, last, t.start[i]);
            int used = 1;
            String written = null;
            for (int n = Math.min(LONGEST, t.size - i); n >= 1; n--) {
                String key = joined(t, i, n);
                Map<String, Integer> seen = key == null ? null : forms.get(key);
                if (seen == null) {
                    continue;
                }
                used = n;
                written = preferred(key, seen, n);
                break;
            }
            if (written == null) {
                written = original != null && code(original, i) ? codeForm(t.low[i], title.substring(t.start[i], t.end[i]))
                        : t.text.substring(t.start[i], t.end[i + used - 1]);
            }
            if (i == 0) {
                written = written.substring(0, 1).toUpperCase(Locale.ROOT) + written.substring(1);
            }
            out.append(written);
            last = t.end[i + used - 1];
            i += used;
        }
        out.append(t.text, last, t.text.length());
        return out.toString();
    }

    /**
     * The form the text prefers for these words inside its sentences: a run of words takes its most common form
     * where that has capitals and is more common than the plain one; a single word only where the text nearly
     * always writes it so ("Nam" of "Việt Nam" is not "nam" of "năm"), or writes it as an abbreviation ("IoT").
     */
    private static String preferred(String key, Map<String, Integer> seen, int n) {
        String best = null;
        int bestCount = 0;
        int total = 0;
        for (Map.Entry<String, Integer> e : seen.entrySet()) {
            total += e.getValue();
            if (!e.getKey().equals(key) && e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        int plain = seen.getOrDefault(key, 0);
        if (best == null || bestCount <= plain) {
            return null;
        }
        if (n == 1 && !hasInnerCapital(best) && (bestCount < 3 || bestCount * 10 < total * 9)) {
            return null;
        }
        return best;
    }

    /** The words i..i+n-1 joined by single spaces, or null where something else stands between them. */
    private static String joined(Tokens t, int i, int n) {
        StringBuilder sb = new StringBuilder(t.low[i]);
        for (int k = i + 1; k < i + n; k++) {
            if (!t.gapBefore(k).equals(" ")) {
                return null;
            }
            sb.append(' ').append(t.low[k]);
        }
        return sb.toString();
    }

    /** A word of a document number or code ("TTg" in "13/CT-TTg"): joined, without spaces, to digits or a slash. */
    private static boolean code(Tokens t, int i) {
        int from = i;
        while (from > 0 && joined(t, from)) {
            from--;
        }
        int to = i;
        while (to + 1 < t.size && joined(t, to + 1)) {
            to++;
        }
        for (int k = from; k <= to; k++) {
            if (k > from && t.gapBefore(k).contains("/") || t.low[k].chars().anyMatch(Character::isDigit)) {
                return to > from;
            }
        }
        return false;
    }

    private static boolean joined(Tokens t, int i) {
        String gap = t.gapBefore(i);
        return !gap.isEmpty() && gap.length() <= 2 && gap.chars().noneMatch(Character::isWhitespace);
    }

    /** A code as the text writes it inside its sentences ("TTg"), else as the title does. */
    private String codeForm(String low, String asSet) {
        Map<String, Integer> seen = forms.get(low);
        String best = asSet;
        int bestCount = 0;
        if (seen != null) {
            for (Map.Entry<String, Integer> e : seen.entrySet()) {
                if (!e.getKey().equals(low) && e.getValue() > bestCount) {
                    best = e.getKey();
                    bestCount = e.getValue();
                }
            }
        }
        return best;
    }

    private static boolean hasInnerCapital(String s) {
        for (int i = 1; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean opensSentence(Tokens t, int i) {
        String gap = t.gapBefore(i);
        for (int k = gap.length() - 1; k >= 0; k--) {
            char c = gap.charAt(k);
            if (!Character.isWhitespace(c) && c != '*' && c != '_' && c != '"' && c != '“' && c != '(') {
                return ".!?:;|\n".indexOf(c) >= 0 || "-–•+".indexOf(c) >= 0 && k > 0;
            }
            if (c == '\n') {
                return true;
            }
        }
        return false;
    }

    private static boolean mostlyCapitals(String s) {
        return mostlyCapitals(s, 0, s.length());
    }

    /** Whether at least four in five of the letters between {@code s} and {@code e} are capitals. */
    static boolean mostlyCapitals(String text, int s, int e) {
        int letters = 0;
        int upper = 0;
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters > 0 && upper * 10 >= letters * 8;
    }
}
