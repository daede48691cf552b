package vn.dondoc.importer.reading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A list of phrases from one vocabulary file, matched word by word at a token of a text: in lower case with marks
 * (where folding would make words collide: "bộ" and "bổ"), or folded (names of bodies, written both "Ủy" and "Uỷ").
 */
final class Phrases {

    /** How the words of the text are compared with the phrases. */
    enum Form { LOWER, FOLDED }

    private final String file;
    private final Form form;
    private final List<String[]> all = new ArrayList<>();
    private final Set<String> joined = new LinkedHashSet<>();
    private final Map<String, List<String[]>> byFirst = new HashMap<>();

    private Phrases(String file, Form form, List<String> lines) {
        this.file = file;
        this.form = form;
        for (String line : lines) {
            String[] w = words(line, form);
            if (w.length == 0) {
                continue;
            }
            all.add(w);
            joined.add(String.join(" ", w));
            byFirst.computeIfAbsent(w[0], k -> new ArrayList<>()).add(w);
        }
        for (List<String[]> l : byFirst.values()) {
            l.sort(Comparator.comparingInt((String[] a) -> a.length).reversed());
        }
    }

    /** The phrases of {@code reader/<file>}, and of the further files after it (one language's list and the other's). */
    static Phrases load(Form form, String file, String... more) {
        List<String> lines = new ArrayList<>(Words.lines(file));
        StringBuilder name = new StringBuilder(file);
        for (String f : more) {
            lines.addAll(Words.lines(f));
            name.append(" + ").append(f);
        }
        return new Phrases(name.toString(), form, lines);
    }

    static Phrases load(String file, Form form) {
        return load(form, file);
    }

    /** The {@code ;}-separated phrases of one cell of a vocabulary table (none for an empty cell). */
    static Phrases of(String cell, Form form) {
        return new Phrases("(cell)", form, Words.items(cell));
    }

    /** The words of a phrase as they are compared: lower case (with or without marks), punctuation dropped. */
    static String[] words(String phrase, Form form) {
        Tokens t = new Tokens(phrase);
        String[] out = new String[t.size];
        for (int i = 0; i < t.size; i++) {
            out[i] = form == Form.FOLDED ? t.fold[i] : t.low[i];
        }
        return out;
    }

    String file() {
        return file;
    }

    /** The phrases, each as its words joined by single spaces, in the order of the file. */
    Set<String> phrases() {
        return joined;
    }

    /** Whether the phrase (written in any case, with or without punctuation) is in the list. */
    boolean has(String phrase) {
        if (oneWord(phrase)) {
            // the common case, a single word of a text: compared without cutting it into words again
            String low = AreaInference.normalizeTone(phrase.toLowerCase(java.util.Locale.ROOT));
            return joined.contains(form == Form.FOLDED ? Fold.fold(low) : low);
        }
        return joined.contains(String.join(" ", words(phrase, form)));
    }

    private static boolean oneWord(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Tokens.isWordChar(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The number of words of the longest phrase that starts at token i and ends before {@code limit}, or 0. */
    int at(Tokens t, int i, int limit) {
        t.step();
        if (i >= limit || i >= t.size) {
            return 0;
        }
        String[] words = form == Form.FOLDED ? t.fold : t.low;
        List<String[]> cands = byFirst.get(words[i]);
        if (cands == null) {
            return 0;
        }
        for (String[] c : cands) {
            if (i + c.length <= Math.min(limit, t.size)) {
                boolean ok = true;
                for (int k = 1; k < c.length && ok; k++) {
                    ok = words[i + k].equals(c[k]);
                }
                if (ok) {
                    return c.length;
                }
            }
        }
        return 0;
    }

    /** Whether any phrase occurs as whole words in the folded (or lower-case) text, which is padded with spaces. */
    boolean occursIn(String paddedWords) {
        for (String p : joined) {
            if (paddedWords.contains(" " + p + " ")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a phrase occurs as whole words among the first words of the padded text, after at most {@code skip}
     * words ("III. CÁC NHIỆM VỤ": "nhiệm vụ" after two).
     */
    boolean opensWithin(String paddedWords, int skip) {
        for (String p : joined) {
            int at = paddedWords.indexOf(" " + p + " ");
            // each word before the phrase has one space before it
            if (at >= 0 && paddedWords.substring(0, at).chars().filter(c -> c == ' ').count() <= skip) {
                return true;
            }
        }
        return false;
    }

    /** The text's words as {@link #occursIn} wants them: in this list's form, single spaces, padded. */
    String pad(String text) {
        return " " + String.join(" ", words(text, form)) + " ";
    }
}
