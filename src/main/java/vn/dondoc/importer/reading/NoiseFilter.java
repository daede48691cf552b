package vn.dondoc.importer.reading;

import java.util.regex.Pattern;

/** Lines that belong to the page, not to the directive: photo captions, sources, bylines, timestamps. */
final class NoiseFilter {

    private static final Pattern CAPTION = Pattern.compile("^\\(?\\s*(anh|photo|nguon|source|video|clip)\\s*:.*|.*\\((anh|photo)\\s*:[^)]{0,200}\\)\\s*\\.?$");
    private static final Pattern SOURCE = Pattern.compile("^\\(?(theo|nguon|source|according to)\\s+[\\p{L}\\p{N} .&/-]{2,40}\\)?$");
    private static final Pattern TIMESTAMP = Pattern.compile("^[\\d\\s/:.,\\-hgpam|]{2,40}$");
    private static final Pattern PARENTHESISED = Pattern.compile("^\\(.*\\)$", Pattern.DOTALL);

    private NoiseFilter() {
    }

    static boolean isNoise(String paragraph) {
        String p = paragraph.replace("*", "").replace("_", " ").strip();
        if (p.isEmpty()) {
            return true;
        }
        String f = Fold.fold(p);
        boolean captionWord = f.contains("anh") || f.contains("photo") || f.contains("nguon") || f.contains("source")
                || f.contains("video") || f.contains("clip");
        if (p.length() < 400 && captionWord && CAPTION.matcher(f).matches()) {
            return true;
        }
        if (p.length() < 60 && SOURCE.matcher(f).matches()) {
            return true;
        }
        if (p.length() <= 40 && TIMESTAMP.matcher(f).matches()) {
            return true;
        }
        if (p.length() < 1000 && PARENTHESISED.matcher(p).matches() && p.indexOf(')') == p.length() - 1) {
            return true;
        }
        return isByline(p);
    }

    /** A name on its own: a few capitalised words without punctuation, not an all-capitals heading. */
    private static boolean isByline(String p) {
        if (p.length() > 40) {
            return false;
        }
        String[] words = p.split("\\s+");
        if (words.length > 4) {
            return false;
        }
        boolean allCaps = p.equals(p.toUpperCase(java.util.Locale.ROOT));
        if (allCaps) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
            for (int i = 0; i < w.length(); i++) {
                if (!Character.isLetter(w.charAt(i))) {
                    return false;
                }
            }
        }
        return true;
    }
}
