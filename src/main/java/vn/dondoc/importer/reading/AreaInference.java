package vn.dondoc.importer.reading;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses owners for a task that names none, from the bodies' areas of work (lĩnh vực): the body whose area
 * words the task uses most, counted in syllables of the longest run of each area phrase found in the task.
 */
final class AreaInference {

    private static final int MAX_TASK_WORDS = 400;
    private static final int MAX_OWNERS = 2;

    /** One area phrase of one body, as syllables; its words are hits {@code firstHit ..} in order. */
    private record Area(int body, String phrase, String[] words, int firstHit) {
    }

    /** A word of an area phrase: which phrase, and where in it. */
    private record Hit(int id, int area, int pos) {
    }

    private static final String[] NHAT_LA = {"nhất", "là"};
    private static final String[] DAC_BIET_LA = {"đặc", "biệt", "là"};
    private static final String[] TRONG_DO = {"trong", "đó"};

    private final List<KnownBody> bodies = new ArrayList<>();
    private final List<Area> areas = new ArrayList<>();
    private final Map<String, List<Hit>> bySyllable = new HashMap<>();
    private int hits;

    AreaInference(BodyIndex index) {
        for (KnownBody b : index.all()) {
            int bi = bodies.size();
            bodies.add(b);
            for (String a : b.areas()) {
                String clean = a.replaceAll("\\([^)]*\\)", " ").strip();
                String[] w = syllables(clean);
                if (w.length == 0) {
                    continue;
                }
                int id = areas.size();
                areas.add(new Area(bi, clean, w, hits));
                for (int k = 0; k < w.length; k++) {
                    bySyllable.computeIfAbsent(w[k], x -> new ArrayList<>()).add(new Hit(hits + k, id, k));
                }
                hits += w.length;
            }
        }
    }

    static String[] syllables(String s) {
        Tokens t = new Tokens(s);
        String[] out = new String[t.size];
        for (int i = 0; i < t.size; i++) {
            out[i] = normalizeTone(t.low[i]);
        }
        return out;
    }

    /** Tone marks on the second vowel of a closing "oa", "oe", "uy" and the same marks on the first one. */
    private static final String[][] TONE_PLACES = {
        {"oà", "òa"}, {"oá", "óa"}, {"oả", "ỏa"}, {"oã", "õa"}, {"oạ", "ọa"},
        {"oè", "òe"}, {"oé", "óe"}, {"oẻ", "ỏe"}, {"oẽ", "õe"}, {"oẹ", "ọe"},
        {"uỳ", "ùy"}, {"uý", "úy"}, {"uỷ", "ủy"}, {"uỹ", "ũy"}, {"uỵ", "ụy"}};

    /**
     * Old and new placement of tone marks are the same word: "hoá" and "hóa", "uỷ" and "ủy" (but "hoàn", with its final
     * consonant, and "quý", whose "u" belongs to "qu", have one placement only).
     */
    static String normalizeTone(String w) {
        int n = w.length();
        if (n < 2) {
            return w;
        }
        String end = w.substring(n - 2);
        for (String[] pl : TONE_PLACES) {
            if (end.equals(pl[0]) && !(n >= 3 && w.charAt(n - 3) == 'q')) {
                return w.substring(0, n - 2) + pl[1];
            }
        }
        return w;
    }

    /**
     * Whether an area phrase that is also a verb ("xây dựng", "đào tạo") stands at token k as the verb of the task
     * or of one of its clauses ("Xây dựng kế hoạch ...", "...; tiếp tục xây dựng ..."), where it names no area.
     */
    private static boolean asVerb(Tokens t, int k, int len, int from, int n) {
        if (Lexicon.verbAt(t, k, n) != len) {
            return false;
        }
        return k == from || OwnerParser.hasAny(t.gapBefore(k), ",;:.\n") || Lexicon.verbAt(t, k - 1, k) > 0
                || t.low[k - 1].equals("và");
    }

    /**
     * Owners for the task, among the bodies of the given kinds that existed on the day, or an empty list when
     * no area matches well enough.
     */
    List<FoundOwner> infer(Tokens t, int from, int to, Set<String> kinds, LocalDate day) {
        int n = Math.min(to, from + MAX_TASK_WORDS);
        int[] best = new int[areas.size()];
        int[] bestEnd = new int[areas.size()];
        int[] runLength = new int[hits];
        int[] runToken = new int[hits];
        int elaboration = n;
        for (int i = from; i < n; i++) {
            if (elaboration == n && i > from && (t.lowAt(i, NHAT_LA, n) || t.lowAt(i, DAC_BIET_LA, n) || t.lowAt(i, TRONG_DO, n))) {
                elaboration = i;
            }
            List<Hit> found = bySyllable.get(normalizeTone(t.low[i]));
            if (found == null) {
                continue;
            }
            boolean joined = i > from && !OwnerParser.hasAny(t.gapBefore(i), ".;:\n()");
            for (Hit h : found) {
                int len = 1;
                if (joined && h.pos() > 0 && runToken[h.id() - 1] == i) {
                    len = runLength[h.id() - 1] + 1;
                }
                runLength[h.id()] = len;
                runToken[h.id()] = i + 1;
                Area a = areas.get(h.area());
                boolean whole = len == a.words().length;
                boolean counts = (len >= 2 || a.words().length == 1) && !(whole && asVerb(t, i + 1 - len, len, from, n));
                if (counts && len > best[h.area()]) {
                    best[h.area()] = len;
                    bestEnd[h.area()] = i + 1;
                }
            }
        }
        // Each word of the task counts once per body: a whole area phrase fully, a part of one by half, and
        // what follows "nhất là" (the details of the task, not its topic) by half again.
        double[][] cover = new double[bodies.size()][];
        List<Set<String>> reasons = new ArrayList<>(bodies.size());
        for (int b = 0; b < bodies.size(); b++) {
            reasons.add(null);
        }
        for (int a = 0; a < best.length; a++) {
            if (best[a] == 0) {
                continue;
            }
            Area area = areas.get(a);
            KnownBody b = bodies.get(area.body());
            if (!b.existedOn(day) || kinds != null && !kinds.contains(b.kind())) {
                continue;
            }
            double weight = best[a] == area.words().length ? 1.0 : 0.5;
            if (cover[area.body()] == null) {
                cover[area.body()] = new double[n - from];
                reasons.set(area.body(), new LinkedHashSet<>());
            }
            double[] c = cover[area.body()];
            for (int i = bestEnd[a] - best[a]; i < bestEnd[a]; i++) {
                double w = i >= elaboration ? weight / 2 : weight;
                c[i - from] = Math.max(c[i - from], w);
            }
            reasons.get(area.body()).add(area.phrase());
        }
        double[] score = new double[bodies.size()];
        double top = 0;
        for (int b = 0; b < bodies.size(); b++) {
            if (cover[b] != null) {
                for (double v : cover[b]) {
                    score[b] += v;
                }
                top = Math.max(top, score[b]);
            }
        }
        List<FoundOwner> out = new ArrayList<>();
        if (top < 1.0) {
            return out;
        }
        for (int b = 0; b < bodies.size() && out.size() < MAX_OWNERS; b++) {
            if (cover[b] != null && score[b] >= top - 1e-9) {
                KnownBody body = bodies.get(b);
                out.add(new FoundOwner(body.code(), body.name(), Role.LEAD, true, false, String.join(", ", reasons.get(b))));
            }
        }
        return out;
    }
}
