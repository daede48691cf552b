package vn.dondoc.importer.reading;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The province or city a local document is about ("tỉnh Sơn La", "thành phố Hà Nội"): the place it names most often
 * by its kind and name, where its issuer or title is local. Where a task names nobody, the body inferred for it is
 * that place's own: "Sở Khoa học và Công nghệ thành phố Hà Nội" rather than the ministry.
 *
 * @param name the place as the text writes it, kind first ("tỉnh Sơn La")
 */
record LocalPlace(String name) {

    private static final List<String[]> KINDS = Words.rows("vi/local-authorities.tsv", 2);
    private static final List<String[]> COUNTERPARTS = Words.rows("vi/local-counterparts.tsv", 2);
    private static final int MIN_MENTIONS = 2;

    /** The place of a local document, or null for a text of the centre. */
    static LocalPlace of(Tokens t, DocumentFacts facts) {
        String issuer = Fold.fold(facts.issuer() == null ? "" : facts.issuer());
        LocalPlace own = issuersPlace(t, issuer);
        if (own != null) {
            // "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH": the issuer's own place, however often the text names others
            return own;
        }
        String head = issuer + " " + Fold.fold(facts.ownTitle() + " " + facts.title());
        Map<String, Integer> seen = new HashMap<>();
        String best = null;
        for (String[] kind : KINDS) {
            String[] words = Phrases.words(kind[0], Phrases.Form.LOWER);
            for (int i = 0; i < t.size; i++) {
                String place = placeAt(t, i, words);
                if (place != null) {
                    String name = kind[0] + " " + place;
                    int n = seen.merge(name, 1, Integer::sum);
                    if (best == null || n > seen.get(best)) {
                        best = name;
                    }
                }
            }
        }
        if (best == null || !local(head, best)) {
            return null;
        }
        if (seen.get(best) < MIN_MENTIONS && !issuer.contains(Fold.fold(best))) {
            // once in the text is enough for the place its issuer names ("ỦY BAN NHÂN DÂN TỈNH BẮC NINH")
            return null;
        }
        return new LocalPlace(best);
    }

    /** The place the issuer's name ends with, as the text writes it with its kind ("thành phố Hồ Chí Minh"); else null. */
    private static LocalPlace issuersPlace(Tokens t, String issuer) {
        for (String[] kind : KINDS) {
            String k = Fold.fold(kind[0]);
            int at = (" " + issuer + " ").indexOf(" " + k + " ");
            if (at < 0) {
                continue;
            }
            String[] rest = issuer.substring(Math.min(issuer.length(), at + k.length())).strip().split(" ");
            String[] words = k.split(" ");
            if (rest.length == 0 || rest[0].isEmpty()) {
                continue;
            }
            String shouted = null;
            for (int i = 0; i + words.length + rest.length <= t.size; i++) {
                if (matches(t, i, words) && matches(t, i + words.length, rest) && t.cap[i + words.length]) {
                    String name = t.text.substring(t.start[i + words.length], t.end[i + words.length + rest.length - 1]);
                    if (!name.equals(name.toUpperCase(Locale.ROOT))) {
                        return new LocalPlace(kind[0] + " " + name);
                    }
                    shouted = shouted != null ? shouted : name;
                }
            }
            if (shouted != null) {
                // named in capitals only ("THÀNH PHỐ HỒ CHÍ MINH"): each word with its capital
                StringBuilder sb = new StringBuilder(kind[0]);
                for (String w : shouted.toLowerCase(Locale.ROOT).split("\\s+")) {
                    sb.append(' ').append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
                }
                return new LocalPlace(sb.toString());
            }
        }
        return null;
    }

    private static boolean matches(Tokens t, int i, String[] folded) {
        for (int j = 0; j < folded.length; j++) {
            if (!t.fold[i + j].equals(folded[j])) {
                return false;
            }
        }
        return true;
    }

    private static boolean local(String foldedHead, String place) {
        if (foldedHead.contains(Fold.fold(place))) {
            return true;
        }
        for (String[] kind : KINDS) {
            if (foldedHead.contains(Fold.fold(kind[1]))) {
                return true;
            }
        }
        return foldedHead.contains("tinh uy") || foldedHead.contains("thanh uy");
    }

    /** The name after the words of a kind of place at token i ("tỉnh" Sơn La), or null. */
    static String placeAt(Tokens t, int i, String[] kind) {
        if (t.cap[i] || !t.lowAt(i, kind, t.size)) {
            return null;
        }
        int k = i + kind.length;
        int e = k;
        while (e < t.size && e - k < 4 && t.cap[e] && (e == k || t.gapBefore(e).equals(" "))) {
            String w = t.text.substring(t.start[e], t.end[e]);
            if (w.length() > 1 && w.equals(w.toUpperCase(java.util.Locale.ROOT))) {
                break;
            }
            e++;
        }
        return e > k && t.gapBefore(k).equals(" ") ? t.text.substring(t.start[k], t.end[e - 1]) : null;
    }

    /** The place's own counterpart of a body of the centre ("Bộ Y tế" → "Sở Y tế tỉnh Sơn La"), or null if it has none. */
    String counterpart(KnownBody b) {
        for (String[] c : COUNTERPARTS) {
            if (b.name().startsWith(c[0] + " ")) {
                return c[1] + b.name().substring(c[0].length()) + " " + name;
            }
        }
        return null;
    }
}
