package vn.dondoc.importer.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A kind of document (loại văn bản): Chỉ thị, Công điện, Kế hoạch... read from its kind line ("CHỈ THỊ") or
 * from the letters of its number ("13/CT-TTg"). The list is {@code reader/document-kinds.tsv}.
 *
 * @param code    a stable ASCII key ("chi-thi"), for messages and filters
 * @param words   the words of the kind line, folded
 * @param letters the letters of the number, folded and in upper case
 * @param hands   what a document of the kind hands down: tasks, a plan's work, or rules (a decree, a circular, a
 *                law) that are not tasks
 */
record DocumentKind(String code, List<String> words, List<String> letters, Hands hands) {

    /** What a kind of document hands down, as the last column of the list says. */
    enum Hands {
        /** Tasks, wherever its instructions stand. */
        TASKS,
        /** Tasks, and its numbered parts that open with a verb are work ("1. Hoàn thiện cơ chế ..."). */
        PLAN,
        /** Rules that hold for everyone: its articles are no tasks. */
        RULES
    }

    static final List<DocumentKind> ALL = load();

    private static List<DocumentKind> load() {
        List<DocumentKind> out = new ArrayList<>();
        for (String[] row : Words.rows("document-kinds.tsv", 4)) {
            out.add(new DocumentKind(row[0], Words.items(row[1]).stream().map(Fold::fold).toList(),
                    Words.items(row[2]).stream().map(l -> Fold.fold(l).toUpperCase(Locale.ROOT)).toList(),
                    Hands.valueOf(row[3].toUpperCase(Locale.ROOT))));
        }
        return List.copyOf(out);
    }

    /** Whether the kind lays down rules rather than hands down tasks. */
    boolean rules() {
        return hands == Hands.RULES;
    }

    /** The kind whose words the folded phrase is, exactly; null if none. */
    static DocumentKind named(String foldedPhrase) {
        String p = foldedPhrase.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        for (DocumentKind k : ALL) {
            if (k.words.contains(p)) {
                return k;
            }
        }
        return null;
    }

    /** The kind whose words open the folded phrase ("cong dien cua thu tuong ..."); the longest wins; null if none. */
    static DocumentKind opening(String foldedPhrase) {
        String p = foldedPhrase.replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
        DocumentKind best = null;
        int length = 0;
        for (DocumentKind k : ALL) {
            for (String w : k.words) {
                if (p.startsWith(w + " ") && w.length() > length) {
                    best = k;
                    length = w.length();
                }
            }
        }
        return best;
    }

    /** The kind a document number's letters name ("CT" in "13/CT-TTg", "KL" in "155-KL/TW"); null if none. */
    static DocumentKind ofNumber(String number) {
        if (number == null) {
            return null;
        }
        String[] parts = number.split("[/-]");
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].chars().allMatch(Character::isDigit)) {
                continue;
            }
            String letters = Fold.fold(parts[i]).toUpperCase(Locale.ROOT);
            for (DocumentKind k : ALL) {
                if (k.letters.contains(letters)) {
                    return k;
                }
            }
            return null;
        }
        return null;
    }
}
