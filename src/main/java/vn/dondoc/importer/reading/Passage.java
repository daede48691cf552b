package vn.dondoc.importer.reading;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One text as the stages of a reading share it: its words, what it says about itself, the day its time limits count
 * from, the owner grammar over the list of bodies, and the tasks found so far.
 */
final class Passage {

    private static final Set<String> PARTY_KINDS = Set.of("party-board", "office", "party-committee", "mass-organisation");
    private static final Set<String> GOVERNMENT_KINDS = Set.of("ministry", "agency", "office", "province-group");

    /** The text as it came, which tasks quote. */
    private static final int MIN_LANGUAGE_WORDS = 20;
    /** The commonest English words: a text of which a tenth are these is in English. */
    private static final Phrases ENGLISH_WORDS = Phrases.load("en/common-words.txt", Phrases.Form.LOWER);
    private static final int MAX_LANGUAGE_WORDS = 5000;

    final String text;
    /** Its paragraphs and table rows. */
    final List<Layout.Block> blocks;
    /** Its words, read with the line breaks inside a paragraph taken as spaces (a Word line wrap ends nothing). */
    final Tokens t;
    final DocumentFacts facts;
    /** Whether the text is in English: few of its words carry Vietnamese letters. */
    final boolean english;
    /** The document's day, as the clerk gave it or the text says; null when neither does. */
    final LocalDate date;
    final OwnerParser parser;
    final BodyIndex index;
    final AreaInference inference;
    /** The kinds of bodies an unowned task may be inferred to: the party's bodies for a party text. */
    final Set<String> inferenceKinds;
    /** The issuer of a body's own plan, who does the items that name nobody; null for a text that assigns. */
    final FoundOwner issuer;
    /**
     * The time limit the title gives the whole text ("... từ nay đến ngày 30/6/2025", "... quý III năm 2024"), or a
     * plan the time it gives itself before its work ("Thời gian thực hiện: Từ nay đến hết năm 2025"), for tasks that
     * give none of their own; null where it gives none.
     */
    DeadlineParser.Deadline titleDeadline;
    /** The province or city a local document is about, whose own bodies do what names no body; null at the centre. */
    final LocalPlace place;
    final List<FoundTask> tasks = new ArrayList<>();
    private final Map<String, Optional<DeadlineParser.Deadline>> deadlines = new HashMap<>();
    private final Map<String, Optional<DeadlineParser.Deadline>> tableDeadlines = new HashMap<>();

    /**
     * @param timeLimit how long the stages may take over the text, in nanoseconds: past it, reading stops with
     *                  {@link Tokens.TooLong} rather than hold a request's thread (a text of 2 MB takes seconds)
     */
    Passage(String text, LocalDate given, BodyIndex index, AreaInference inference, long timeLimit) {
        this.text = text;
        this.index = index;
        this.blocks = Layout.of(text);
        this.t = new Tokens(flatten(text, blocks));
        t.deadline = System.nanoTime() + timeLimit;
        t.timed = true;
        this.english = english(t);
        this.facts = DocumentFacts.read(text);
        this.date = given != null ? given : facts.date();
        this.place = LocalPlace.of(t, facts);
        this.parser = new OwnerParser(index, date, english, place != null);
        this.inference = inference;
        this.inferenceKinds = facts.party() ? PARTY_KINDS : GOVERNMENT_KINDS;
        this.issuer = IssuingBody.ownWork(facts, text, index, date);
        DeadlineParser.Deadline d = DeadlineParser.parse(facts.title(), date, false);
        this.titleDeadline = d != null && d.day() != null ? d : null;
    }

    private static boolean english(Tokens t) {
        int words = 0;
        int vietnamese = 0;
        int english = 0;
        for (int i = 0; i < t.size && words < MAX_LANGUAGE_WORDS; i++) {
            if (!Character.isLetter(t.low[i].charAt(0))) {
                continue;
            }
            words++;
            if (!t.low[i].equals(t.fold[i])) {
                vietnamese++;
            }
            if (ENGLISH_WORDS.has(t.low[i])) {
                english++;
            }
        }
        // a name written with its marks ("Phạm Minh Chính") does not make an English text Vietnamese
        return words >= MIN_LANGUAGE_WORDS && vietnamese * 5 < words && english * 10 >= words;
    }

    private static String flatten(String text, List<Layout.Block> blocks) {
        char[] c = text.toCharArray();
        for (Layout.Block b : blocks) {
            if (b instanceof Layout.Para) {
                spaces(c, b.start(), b.end());
            } else if (b instanceof Layout.Row r) {
                for (int k = 0; k < r.cells(); k++) {
                    spaces(c, r.cellStart()[k], r.cellEnd()[k]);
                }
            }
        }
        return new String(c);
    }

    private static void spaces(char[] c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (c[i] == '\n') {
                c[i] = ' ';
            }
        }
    }

    /** The time limit the words give, counted from the document's day: read once for each string of words. */
    DeadlineParser.Deadline deadline(String words, boolean table) {
        return (table ? tableDeadlines : deadlines).computeIfAbsent(words, w -> Optional.ofNullable(DeadlineParser.parse(w, date, table)))
                .orElse(null);
    }

    /** The words of tokens [a, b), the line breaks of a paragraph taken as spaces. */
    String words(int a, int b) {
        return t.text.substring(t.start[a], t.end[b - 1]);
    }

    /** Every owner named in tokens [a, b), in order. */
    List<FoundOwner> ownersIn(int a, int b) {
        List<FoundOwner> out = new ArrayList<>();
        int k = a;
        while (k < b) {
            OwnerParser.Parsed p = parser.parseList(t, k, b);
            if (p == null || p.end() <= k) {
                k++;
            } else {
                out.addAll(p.owners());
                k = p.end();
            }
        }
        return OwnerParser.dedupe(out);
    }
}
