package vn.dondoc.importer.reading;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores readings against the hand-made gold readings of the shared corpus exactly as
 * {@code ../shared/eval/importer_eval.py} does: tasks paired one to one by word overlap (Dice, or a found span that holds
 * nearly all of the gold one), then deadlines, named owners and inferred owners.
 */
final class CorpusScore {

    static final Path CORPUS = Path.of("..", "shared", "corpus");
    private static final double THRESHOLD = 0.6;
    private static final Pattern HEADER = Pattern.compile("^(source|title|date|kind):");
    private static final String[][] ABBREV = {{"\\bubnd\\b", "uy ban nhan dan"}, {"\\bubkt\\b", "uy ban kiem tra"},
        {"\\btw\\b", "trung uong"}, {"\\btu\\b", "trung uong"}, {"\\bmttq\\b", "mat tran to quoc"}, {"\\bvn\\b", "viet nam"}};
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_\\p{M}]+");

    /** One text's figures. */
    record Figures(String file, int gold, int found, int matched, int deadlineOk, int deadlines, int datedOk, int dated,
            int ownersOk, int owners, int plausibleOk, int plausible, boolean negative) {

        Figures plus(Figures o) {
            return new Figures("TOTAL", gold + o.gold, found + o.found, matched + o.matched, deadlineOk + o.deadlineOk,
                    deadlines + o.deadlines, datedOk + o.datedOk, dated + o.dated, ownersOk + o.ownersOk, owners + o.owners,
                    plausibleOk + o.plausibleOk, plausible + o.plausible, false);
        }

        double precision() {
            return found == 0 ? 0 : (double) matched / found;
        }

        double recall() {
            return gold == 0 ? 0 : (double) matched / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        static double ratio(int ok, int n) {
            return n == 0 ? 1.0 : (double) ok / n;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s: gold %d found %d matched %d | deadlines %d/%d (dated %d/%d) | owners %d/%d"
                    + " | inferred owners plausible %d/%d", file, gold, found, matched, deadlineOk, deadlines, datedOk, dated,
                    ownersOk, owners, plausibleOk, plausible);
        }
    }

    /** A corpus text without its header lines, and the date its header gives. */
    record Document(String text, LocalDate date) {
    }

    private CorpusScore() {
    }

    static List<Path> annotated() throws IOException {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(CORPUS)) {
            return out;
        }
        try (var s = Files.list(CORPUS)) {
            s.filter(p -> p.toString().endsWith(".txt") && Files.exists(gold(p))).sorted().forEach(out::add);
        }
        return out;
    }

    static Path gold(Path text) {
        String name = text.getFileName().toString();
        return text.resolveSibling(name.substring(0, name.length() - 4) + ".gold.json");
    }

    static Document load(Path file) throws IOException {
        String raw = Files.readString(file);
        String[] lines = raw.split("\n", -1);
        LocalDate date = null;
        if (lines.length > 0 && HEADER.matcher(lines[0]).find()) {
            int i = 0;
            while (i < lines.length && !lines[i].isBlank() && HEADER.matcher(lines[i]).find()) {
                if (lines[i].startsWith("date:")) {
                    String v = lines[i].substring(5).strip();
                    date = v.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(v) : null;
                }
                i++;
            }
            raw = String.join("\n", java.util.Arrays.copyOfRange(lines, i, lines.length)).replaceFirst("^\\n+", "");
        }
        return new Document(raw, date);
    }

    static Figures score(String file, Reading reading, JsonNode goldDoc) {
        List<FoundTask> pred = reading.tasks();
        List<JsonNode> gold = new ArrayList<>();
        goldDoc.path("tasks").forEach(gold::add);
        List<int[]> pairs = match(pred, gold);
        int dlOk = 0;
        int dl = 0;
        int ddOk = 0;
        int dd = 0;
        int owOk = 0;
        int ow = 0;
        int plOk = 0;
        int pl = 0;
        for (int[] m : pairs) {
            FoundTask p = pred.get(m[0]);
            JsonNode g = gold.get(m[1]);
            if (g.has("deadline")) {
                dl++;
                String want = g.get("deadline").isNull() ? null : g.get("deadline").asText();
                String got = p.deadline() == null ? null : p.deadline().toString();
                boolean right = java.util.Objects.equals(want, got);
                dlOk += right ? 1 : 0;
                if (want != null) {
                    dd++;
                    ddOk += right ? 1 : 0;
                }
            }
            if (g.path("owners").size() > 0) {
                ow++;
                owOk += ownersRight(p, g) ? 1 : 0;
            } else if (g.path("plausible_owners").size() > 0) {
                pl++;
                plOk += plausible(p, g) ? 1 : 0;
            }
        }
        return new Figures(file, gold.size(), pred.size(), pairs.size(), dlOk, dl, ddOk, dd, owOk, ow, plOk, pl, gold.isEmpty());
    }

    static JsonNode readGold(Path text) throws IOException {
        return new ObjectMapper().readTree(gold(text).toFile());
    }

    // ---- the evaluator's pairing

    static String fold(String s) {
        String d = Normalizer.normalize(s == null ? "" : s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replace("đ", "d");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < d.length(); i++) {
            if (Character.getType(d.charAt(i)) != Character.NON_SPACING_MARK) {
                sb.append(d.charAt(i));
            }
        }
        String out = sb.toString().replaceAll("[^\\p{L}\\p{N}_]+", " ").strip();
        for (String[] a : ABBREV) {
            out = out.replaceAll(a[0], a[1]);
        }
        return out.replaceAll("\\s+", " ");
    }

    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static int common(List<String> a, List<String> b) {
        Map<String, Integer> cb = new HashMap<>();
        for (String w : b) {
            cb.merge(w, 1, Integer::sum);
        }
        int n = 0;
        for (String w : a) {
            Integer c = cb.get(w);
            if (c != null && c > 0) {
                cb.put(w, c - 1);
                n++;
            }
        }
        return n;
    }

    static double similar(List<String> p, List<String> g) {
        if (p.isEmpty() || g.isEmpty()) {
            return 0;
        }
        int c = common(p, g);
        double dice = 2.0 * c / (p.size() + g.size());
        if (dice >= THRESHOLD) {
            return dice;
        }
        return (double) c / g.size() >= 0.9 && (double) c / p.size() >= 0.65 ? THRESHOLD : 0;
    }

    static List<int[]> match(List<FoundTask> pred, List<JsonNode> gold) {
        List<double[]> pairs = new ArrayList<>();
        List<List<String>> pw = pred.stream().map(t -> words(t.text())).toList();
        List<List<String>> gw = gold.stream().map(t -> words(t.path("text").asText())).toList();
        for (int i = 0; i < pw.size(); i++) {
            for (int j = 0; j < gw.size(); j++) {
                double s = similar(pw.get(i), gw.get(j));
                if (s >= THRESHOLD) {
                    pairs.add(new double[] {s, i, j});
                }
            }
        }
        pairs.sort((x, y) -> x[0] != y[0] ? Double.compare(y[0], x[0]) : x[1] != y[1] ? Double.compare(y[1], x[1])
                : Double.compare(y[2], x[2]));
        Set<Integer> usedP = new HashSet<>();
        Set<Integer> usedG = new HashSet<>();
        List<int[]> out = new ArrayList<>();
        for (double[] s : pairs) {
            int i = (int) s[1];
            int j = (int) s[2];
            if (!usedP.contains(i) && !usedG.contains(j)) {
                usedP.add(i);
                usedG.add(j);
                out.add(new int[] {i, j});
            }
        }
        return out;
    }

    static boolean sameBody(String predicted, String gold) {
        String p = fold(predicted);
        String g = fold(gold);
        return !p.isEmpty() && !g.isEmpty() && (p.equals(g) || p.contains(g) || g.contains(p));
    }

    private static List<FoundOwner> leads(FoundTask t) {
        return t.owners().stream().filter(o -> o.role() == Role.LEAD).toList();
    }

    static boolean ownersRight(FoundTask p, JsonNode g) {
        List<JsonNode> gl = new ArrayList<>();
        g.path("owners").forEach(o -> {
            if (o.path("role").asText("lead").equals("lead")) {
                gl.add(o);
            }
        });
        List<FoundOwner> pl = leads(p);
        if (gl.stream().anyMatch(o -> o.path("collective").asBoolean(false))) {
            return pl.stream().anyMatch(FoundOwner::group) || pl.size() >= 3
                    || pl.stream().anyMatch(x -> gl.stream().anyMatch(o -> sameBody(x.name(), o.path("name").asText())));
        }
        boolean found = gl.stream().allMatch(o -> pl.stream().anyMatch(x -> sameBody(x.name(), o.path("name").asText())));
        boolean extra = pl.stream().anyMatch(x -> gl.stream().noneMatch(o -> sameBody(x.name(), o.path("name").asText())));
        return found && !extra;
    }

    static boolean plausible(FoundTask p, JsonNode g) {
        List<FoundOwner> pl = leads(p);
        List<String> names = new ArrayList<>();
        g.path("plausible_owners").forEach(n -> names.add(n.asText()));
        return !pl.isEmpty() && pl.stream().allMatch(x -> names.stream().anyMatch(n -> sameBody(x.name(), n)));
    }
}
