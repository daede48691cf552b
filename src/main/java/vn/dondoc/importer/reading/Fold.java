package vn.dondoc.importer.reading;

import java.text.Normalizer;

/**
 * Folds Vietnamese text for comparison: lower case, no tone or vowel marks, đ as d. One character in, one
 * character out, so that offsets found in the folded text are offsets in the original.
 */
final class Fold {

    private static final int TABLE_SIZE = 0x1F00;
    private static final char[] TABLE = new char[TABLE_SIZE];

    static {
        for (int c = 0; c < TABLE_SIZE; c++) {
            TABLE[c] = compute((char) c);
        }
    }

    private Fold() {
    }

    static char fold(char c) {
        if (c < TABLE_SIZE) {
            return TABLE[c];
        }
        return Character.toLowerCase(c);
    }

    static String fold(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(s.charAt(i));
        }
        return new String(out);
    }

    private static char compute(char c) {
        if (c == 'đ' || c == 'Đ') {
            return 'd';
        }
        if (Character.isSurrogate(c)) {
            return c;
        }
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = d.isEmpty() ? c : d.charAt(0);
        return Character.toLowerCase(base);
    }
}
