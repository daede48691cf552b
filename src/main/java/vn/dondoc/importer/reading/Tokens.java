package vn.dondoc.importer.reading;

import java.util.Arrays;

/**
 * The words of a text with their offsets, in lower case (tone marks placed the one way: "uỷ" as "ủy", "hoá" as
 * "hóa") and folded. Letters, digits and {@code &} make words,
 * so that abbreviations such as "TN&MT" stay one word.
 */
final class Tokens {

    final String text;
    int size;
    int[] start = new int[64];
    int[] end = new int[64];
    String[] low = new String[64];
    String[] fold = new String[64];
    boolean[] cap = new boolean[64];
    /**
     * Steps of work the stages have done over these words (a gap or a phrase looked at): a test doubles a text and
     * checks that this at most doubles, which no timing could show as surely.
     */
    long steps;
    /** The {@link System#nanoTime()} past which reading stops; none while the words are only being cut. */
    long deadline;
    boolean timed;

    Tokens(String text) {
        this.text = text;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isWordChar(c)) {
                int j = i + 1;
                while (j < n && isWordChar(text.charAt(j))) {
                    j++;
                }
                add(i, j);
                i = j;
            } else {
                i++;
            }
        }
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '&' || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private void add(int s, int e) {
        if (size == start.length) {
            int cap2 = size * 2;
            start = Arrays.copyOf(start, cap2);
            end = Arrays.copyOf(end, cap2);
            low = Arrays.copyOf(low, cap2);
            fold = Arrays.copyOf(fold, cap2);
            cap = Arrays.copyOf(cap, cap2);
        }
        String w = text.substring(s, e);
        start[size] = s;
        end[size] = e;
        low[size] = AreaInference.normalizeTone(w.toLowerCase(java.util.Locale.ROOT));
        fold[size] = Fold.fold(w);
        cap[size] = Character.isUpperCase(w.charAt(0));
        size++;
    }

    /** The characters between token i-1 and token i (or from the text's start). */
    String gapBefore(int i) {
        step();
        int s = i == 0 ? 0 : end[i - 1];
        int e = i >= size ? text.length() : start[i];
        return text.substring(s, Math.max(s, e));
    }

    /** Counts one step, and now and then stops a reading that has run past its time ({@link TooLong}). */
    void step() {
        if ((++steps & 0xFFF) == 0 && timed && System.nanoTime() - deadline > 0) {
            throw new TooLong();
        }
    }

    /** A reading stopped at its time limit: a text the rules did not foresee, which the clerk gets back unread. */
    static final class TooLong extends RuntimeException {
        TooLong() {
            super("reading ran past its time limit", null, false, false);
        }
    }

    /** First token whose start is at or after the offset. */
    int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    boolean isNumber(int i) {
        String w = low[i];
        for (int k = 0; k < w.length(); k++) {
            if (!Character.isDigit(w.charAt(k))) {
                return false;
            }
        }
        return !w.isEmpty();
    }

    /** Whether the lower-case words from token i on are the given words. */
    boolean lowAt(int i, String[] words, int limit) {
        if (i + words.length > limit) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            if (!low[i + k].equals(words[k])) {
                return false;
            }
        }
        return true;
    }
}
