package vn.dondoc.importer.reading;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The known bodies by every way texts write their names: official name, aliases, English name, "TW" for
 * "Trung ương", "UBND" for "Ủy ban nhân dân", "và" for a comma, and the abbreviations of ministries
 * ("Bộ TN&MT"). A word trie over folded words, so that a name is found in time linear in its length.
 */
final class BodyIndex {

    static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        KnownBody body;
    }

    private final Node root = new Node();
    private final Map<String, KnownBody> byCode = new LinkedHashMap<>();
    /** Folded abbreviation ("tn&mt") to the words it stands for ("tài nguyên và môi trường"). */
    private final Map<String, String> abbreviations = new HashMap<>();

    BodyIndex(Collection<KnownBody> bodies) {
        for (KnownBody b : bodies) {
            if (b == null || b.code() == null || b.name() == null) {
                continue;
            }
            byCode.putIfAbsent(b.code(), b);
            List<String> names = new ArrayList<>();
            names.add(b.name());
            names.addAll(b.aliases());
            if (b.nameEn() != null) {
                names.add(b.nameEn());
                names.addAll(possessive(b.nameEn()));
            }
            for (String n : List.copyOf(names)) {
                if (n.contains("Trung ương")) {
                    names.add(n.replace("Trung ương", "TW"));
                }
                if (n.contains("Ủy ban nhân dân")) {
                    names.add(n.replace("Ủy ban nhân dân", "UBND"));
                }
                if (n.contains(",")) {
                    names.add(n.replace(",", " và"));
                }
                if (n.startsWith("Bộ ") && n.length() > 4) {
                    String rest = n.substring(3);
                    for (String abbr : abbreviate(rest)) {
                        names.add("Bộ " + abbr);
                        if (rest.contains(" và ") && abbr.length() >= 4) {
                            abbreviations.putIfAbsent(Fold.fold(abbr), rest.toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
            for (String n : names) {
                // Lower-case aliases ("các địa phương") are collectives: the collective reader handles them.
                if (!n.isEmpty() && Character.isUpperCase(n.charAt(0))) {
                    add(n, b);
                }
            }
        }
    }

    private void add(String name, KnownBody b) {
        Tokens t = new Tokens(name);
        if (t.size == 0) {
            return;
        }
        Node n = root;
        for (int i = 0; i < t.size; i++) {
            n = n.next.computeIfAbsent(t.fold[i], k -> new Node());
        }
        if (n.body == null) {
            n.body = b;
        }
    }

    /**
     * "Office of the Party Central Committee" is also written "Party Central Committee's Office" and "Party Central
     * Committee Office".
     */
    static List<String> possessive(String english) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\p{Lu}\\p{L}+) of (?:the )?(\\p{Lu}.*)$").matcher(english);
        if (!m.matches()) {
            return List.of();
        }
        return List.of(m.group(2) + "'s " + m.group(1), m.group(2) + " " + m.group(1));
    }

    /** "Tài nguyên và Môi trường" gives "TN&MT" and "TNMT"; "Giao thông vận tải" gives "GTVT". */
    static List<String> abbreviate(String words) {
        String[] parts = words.split(",? và |, ");
        List<String> initials = new ArrayList<>();
        for (String p : parts) {
            StringBuilder sb = new StringBuilder();
            for (String w : p.split("[\\s-]+")) {
                if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
                    sb.append(Character.toUpperCase(w.charAt(0)));
                }
            }
            initials.add(sb.toString());
        }
        List<String> out = new ArrayList<>();
        if (initials.size() > 1) {
            out.add(String.join("&", initials));
        }
        String flat = String.join("", initials);
        if (flat.length() >= 2) {
            out.add(flat);
        }
        return out;
    }

    Node root() {
        return root;
    }

    Node child(Node n, String foldedWord) {
        return n.next.get(foldedWord);
    }

    KnownBody byCode(String code) {
        return code == null ? null : byCode.get(code);
    }

    Collection<KnownBody> all() {
        return byCode.values();
    }

    String expandAbbreviation(String folded) {
        return abbreviations.get(folded);
    }

    /** The body that did the work on the day: follows successors past a 2025 merger. */
    KnownBody onDate(KnownBody b, LocalDate day) {
        KnownBody cur = b;
        for (int i = 0; i < 5 && cur != null && day != null && !cur.existedOn(day) && cur.successorCode() != null; i++) {
            KnownBody next = byCode.get(cur.successorCode());
            if (next == null) {
                break;
            }
            cur = next;
        }
        return cur;
    }

    /**
     * Longest known name starting at token i (from node {@code from}, the root unless a shared head word such as
     * "Bộ" was already read). Returns the number of tokens, the body in {@code out[0]}.
     */
    int longest(Tokens t, int i, int limit, Node from, KnownBody[] out) {
        Node n = from;
        int best = 0;
        for (int k = i; k < limit && k < t.size; k++) {
            if (k > i && breaksName(t.gapBefore(k))) {
                break;
            }
            n = n.next.get(t.fold[k]);
            if (n == null) {
                break;
            }
            if (n.body != null) {
                best = k - i + 1;
                out[0] = n.body;
            }
        }
        return best;
    }

    private static boolean breaksName(String gap) {
        for (int i = 0; i < gap.length(); i++) {
            char c = gap.charAt(i);
            if (c == '.' || c == ';' || c == ':' || c == '\n' || c == '(' || c == ')' || c == '|') {
                return true;
            }
        }
        return false;
    }
}
