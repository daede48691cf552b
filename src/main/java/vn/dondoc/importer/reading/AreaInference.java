package vn.dondoc.importer.reading;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.dondoc.task.Role;

/**
 * Chooses owners for a task that names none, from the bodies' areas of work (lĩnh vực): the body whose area
 * words the task uses most, counted in syllables of the longest run of each area phrase found in the task.
 */
final class AreaInference {

    private static final int MAX_TASK_WORDS = 400;
    private static final int MAX_OWNERS = 2;

    /** One area phrase of one body, as syllables. */
    private record Area(KnownBody body, String phrase, String[] words) {
    }

    private record Hit(int area, int pos) {
    }

    private static final String[] NHAT_LA = {"nhất", "là"};
    private static final String[] DAC_BIET_LA = {"đặc", "biệt", "là"};
    private static final String[] TRONG_DO = {"trong", "đó"};

    private final List<Area> areas = new ArrayList<>();
    private final Map<String, List<Hit>> bySyllable = new HashMap<>();

    AreaInference(BodyIndex index) {
        for (KnownBody b : index.all()) {
            for (String a : b.areas()) {
                String clean = a.replaceAll("\\([^)]*\\)", " ").strip();
                String[] w = syllables(clean);
                if (w.length == 0) {
                    continue;
                }
                int id = areas.size();
                areas.add(new Area(b, clean, w));
                for (int k = 0; k < w.length; k++) {
                    bySyllable.computeIfAbsent(w[k], x -> new ArrayList<>()).add(new Hit(id, k));
                }
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

    /** Old and new placement of tone marks ("hoá" and "hóa") are the same word. */
    static String normalizeTone(String w) {
        if (w.length() < 2) {
            return w;
        }
        return w.replace("oà", "òa").replace("oá", "óa").replace("oả", "ỏa").replace("oã", "õa").replace("oạ", "ọa")
                .replace("uỳ", "ùy").replace("uý", "úy").replace("uỷ", "ủy").replace("uỹ", "ũy").replace("uỵ", "ụy");
    }

    /**
     * Owners for the task, among the bodies of the given kinds that existed on the day, or an empty list when
     * no area matches well enough.
     */
    List<FoundOwner> infer(Tokens t, int from, int to, Set<String> kinds, LocalDate day) {
        int n = Math.min(to, from + MAX_TASK_WORDS);
        int[] best = new int[areas.size()];
        int[] bestEnd = new int[areas.size()];
        int elaboration = n;
        Map<Long, Integer> run = new HashMap<>();
        for (int i = from; i < n; i++) {
            if (elaboration == n && i > from && (t.lowAt(i, NHAT_LA, n) || t.lowAt(i, DAC_BIET_LA, n) || t.lowAt(i, TRONG_DO, n))) {
                elaboration = i;
            }
            String w = normalizeTone(t.low[i]);
            List<Hit> hits = bySyllable.get(w);
            Map<Long, Integer> next = new HashMap<>();
            if (hits != null) {
                boolean joined = i > from && !OwnerParser.hasAny(t.gapBefore(i), ".;:\n()");
                for (Hit h : hits) {
                    int len = 1;
                    if (joined && h.pos() > 0) {
                        Integer prev = run.get(key(h.area(), h.pos() - 1));
                        if (prev != null) {
                            len = prev + 1;
                        }
                    }
                    next.put(key(h.area(), h.pos()), len);
                    Area a = areas.get(h.area());
                    boolean counts = len >= 2 || a.words().length == 1;
                    if (counts && len > best[h.area()]) {
                        best[h.area()] = len;
                        bestEnd[h.area()] = i + 1;
                    }
                }
            }
            run = next;
        }
        // Each word of the task counts once per body: a whole area phrase fully, a part of one by half, and
        // what follows "nhất là" (the details of the task, not its topic) by half again.
        Map<KnownBody, double[]> cover = new HashMap<>();
        Map<KnownBody, Set<String>> reasons = new HashMap<>();
        for (int a = 0; a < best.length; a++) {
            if (best[a] == 0) {
                continue;
            }
            Area area = areas.get(a);
            KnownBody b = area.body();
            if (!b.existedOn(day) || kinds != null && !kinds.contains(b.kind())) {
                continue;
            }
            double weight = best[a] == area.words().length ? 1.0 : 0.5;
            double[] c = cover.computeIfAbsent(b, x -> new double[n - from]);
            for (int i = bestEnd[a] - best[a]; i < bestEnd[a]; i++) {
                double w = i >= elaboration ? weight / 2 : weight;
                c[i - from] = Math.max(c[i - from], w);
            }
            reasons.computeIfAbsent(b, x -> new LinkedHashSet<>()).add(area.phrase());
        }
        Map<KnownBody, Double> score = new HashMap<>();
        double top = 0;
        for (Map.Entry<KnownBody, double[]> e : cover.entrySet()) {
            double sum = 0;
            for (double v : e.getValue()) {
                sum += v;
            }
            score.put(e.getKey(), sum);
            top = Math.max(top, sum);
        }
        List<FoundOwner> out = new ArrayList<>();
        if (top < 1.0) {
            return out;
        }
        for (KnownBody b : orderedBodies()) {
            Double v = score.get(b);
            if (v != null && v >= top - 1e-9 && out.size() < MAX_OWNERS) {
                out.add(new FoundOwner(b.code(), b.name(), Role.LEAD, true, false, String.join(", ", reasons.get(b))));
            }
        }
        return out;
    }

    private List<KnownBody> orderedBodies() {
        List<KnownBody> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Area a : areas) {
            if (seen.add(a.body().code())) {
                out.add(a.body());
            }
        }
        return out;
    }

    private static long key(int area, int pos) {
        return ((long) area << 20) | pos;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
