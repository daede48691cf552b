package vn.dondoc.importer.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.dondoc.importer.reading.Phrases.Form;

/** The reader's vocabulary files: well formed, free of duplicates and of words that contradict one another. */
class VocabularyTest {

    private static final Path ROOT = Path.of("src", "main", "resources", "reader");
    private static final Path CODE = Path.of("src", "main", "java", "vn", "dondoc", "importer", "reading");

    private static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.walk(ROOT)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static String name(Path file) {
        return ROOT.relativize(file).toString().replace('\\', '/');
    }

    @Test
    void everyFileIsNfcAndEveryLineOfAListIsOnePhraseOnce() throws IOException {
        List<Path> files = files();
        assertTrue(files.size() > 30, files.toString());
        for (Path f : files) {
            String raw = Files.readString(f, StandardCharsets.UTF_8);
            assertEquals(Normalizer.normalize(raw, Normalizer.Form.NFC), raw, name(f) + " is not NFC");
            assertFalse(raw.indexOf('\r') >= 0, name(f) + " has Windows line ends");
            Set<String> seen = new HashSet<>();
            for (String line : Words.lines(name(f))) {
                String key = f.toString().endsWith(".tsv") ? line.split("\t", -1)[0] : String.join(" ", Phrases.words(line, Form.LOWER));
                assertFalse(key.isBlank(), name(f) + ": an empty phrase in '" + line + "'");
                assertTrue(seen.add(key), name(f) + ": '" + key + "' twice");
            }
        }
    }

    @Test
    void everyFileIsReadByTheReader() throws IOException {
        StringBuilder code = new StringBuilder();
        try (Stream<Path> s = Files.list(CODE)) {
            for (Path p : s.toList()) {
                code.append(Files.readString(p));
            }
        }
        for (Path f : files()) {
            assertTrue(code.indexOf("\"" + name(f) + "\"") >= 0, name(f) + " is read by no stage of the reader");
        }
    }

    @Test
    void tablesHaveTheirColumns() {
        for (String[] row : Words.rows("document-kinds.tsv", 4)) {
            assertTrue(row[3].equals("tasks") || row[3].equals("plan") || row[3].equals("rules"), String.join("|", row));
        }
        Set<String> letters = new HashSet<>();
        for (DocumentKind k : DocumentKind.ALL) {
            for (String l : k.letters()) {
                assertTrue(letters.add(l), "the number letters " + l + " name two kinds");
            }
        }
        for (String[] row : Words.rows("named-days.tsv", 2)) {
            MonthDay.parse("--" + row[0]);
            assertFalse(row[1].isBlank(), row[0]);
        }
        LocalDate last = null;
        for (String[] row : Words.rows("lunar-new-years.tsv", 2)) {
            LocalDate d = LocalDate.parse(row[1]);
            assertEquals(Integer.parseInt(row[0]), d.getYear());
            assertTrue(d.getMonthValue() <= 2, row[1] + " is no lunar new year");
            assertTrue(last == null || d.getYear() == last.getYear() + 1, "a year is missing before " + row[0]);
            last = d;
        }
        for (String[] row : Words.rows("table-columns.tsv", 2)) {
            assertTrue(row[0].startsWith("=") || row[0].startsWith("~"), row[0]);
            assertTrue(Set.of("number", "task", "lead", "lead?", "support", "time", "step").contains(row[1]), row[1]);
        }
        for (String[] row : Words.rows("collective-kinds.tsv", 3)) {
            assertTrue(Set.of("party-board", "office", "party-committee", "mass-organisation", "ministry", "agency",
                    "province-group").contains(row[1]), row[1]);
        }
    }

    private static Set<String> phrases(String file) {
        Set<String> out = new HashSet<>();
        for (String line : Words.lines(file)) {
            out.add(String.join(" ", Phrases.words(line, Form.LOWER)));
        }
        return out;
    }

    private static void disjoint(String a, String b) {
        Set<String> both = new HashSet<>(phrases(a));
        both.retainAll(phrases(b));
        assertTrue(both.isEmpty(), a + " and " + b + " both hold " + both);
    }

    @Test
    void noWordIsOnTwoListsThatContradictEachOther() {
        disjoint("vi/action-verbs.txt", "vi/acknowledgements.txt");
        disjoint("vi/heading-review.txt", "vi/heading-tasks.txt");
        disjoint("vi/heading-aims.txt", "vi/heading-tasks.txt");
        disjoint("vi/task-nouns.txt", "vi/list-markers.txt");
        disjoint("vi/collective-stops.txt", "vi/collective-heads.txt");
        disjoint("vi/request-verbs.txt", "vi/acknowledgements.txt");
        disjoint("vi/connectives.txt", "vi/action-verbs.txt");
        disjoint("en/action-verbs.txt", "en/acknowledgements.txt");
        disjoint("en/deontic-modals.txt", "en/passive-be.txt");
        disjoint("vi/open-words.txt", "vi/action-verbs.txt");
    }

    @Test
    void everyWarningAndDoubtHasItsMessageInBothLanguages() throws IOException {
        Set<String> vietnamese = new HashSet<>();
        for (var m : vn.dondoc.importer.ImportMessages.class.getDeclaredMethods()) {
            vietnamese.add(m.getName());
        }
        java.util.Properties english = new java.util.Properties();
        try (var in = Files.newBufferedReader(Path.of("src", "main", "resources", "messages", "imp_en.properties"))) {
            english.load(in);
        }
        List<String> keys = new ArrayList<>();
        for (ReadingWarning w : ReadingWarning.values()) {
            keys.add("import_warning_" + w.name());
        }
        for (TaskDoubt d : TaskDoubt.values()) {
            keys.add("import_doubt_" + d.name());
            assertTrue(d.weight() > 0 && d.weight() < 1, d.name());
        }
        for (String k : keys) {
            assertTrue(vietnamese.contains(k), k + " has no Vietnamese message");
            assertTrue(english.containsKey(k), k + " has no English message");
        }
    }
}
