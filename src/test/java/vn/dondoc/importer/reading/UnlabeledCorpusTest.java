package vn.dondoc.importer.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every real document of {@code ../shared/corpus/unlabeled} (laws, decrees, decisions, plans, directives): the reader
 * never fails on one, keeps its offsets, and reads the decrees, circulars and laws among them, which lay down rules, as
 * handing down no tasks. The time each text takes is printed by {@link ReaderBenchmark}.
 */
class UnlabeledCorpusTest {

    private static final Path UNLABELED = CorpusScore.CORPUS.resolve("unlabeled");
    private static final Set<String> INSTRUCTING = Set.of("ke-hoach", "chi-thi", "cong-dien");
    /** The title of a decision that announces administrative procedures or approves how they are handled. */
    private static final java.util.regex.Pattern PROCEDURES = java.util.regex.Pattern.compile(
            "(?i)CÔNG BỐ[^|]{0,80}THỦ TỤC HÀNH CHÍNH|QUY TRÌNH NỘI BỘ");
    /** How far into a text its title is looked for. */
    private static final int HEAD = 6000;
    /** The most tasks the articles of a decision that announces procedures hand out. */
    private static final int MAX_ARTICLE_TASKS = 20;

    /** A document of the corpus, as it stands and as the reader read it. */
    private record Read(Path file, String text, Reading reading) {
    }

    /** The corpus, read once for all the tests of the class. */
    private static List<Read> corpus;

    private static synchronized List<Read> corpus() throws IOException {
        assumeTrue(Files.isDirectory(UNLABELED), "the shared corpus is not checked out beside the project");
        if (corpus == null) {
            List<Read> out = new ArrayList<>();
            try (Stream<Path> s = Files.list(UNLABELED)) {
                for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    String text = Files.readString(f);
                    out.add(new Read(f, text, Readers.read(text, null)));
                }
            }
            corpus = List.copyOf(out);
        }
        return corpus;
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void everyDocumentIsReadWithoutFailureAndKeepsItsOffsets() throws IOException {
        List<Read> all = corpus();
        assertTrue(all.size() > 100, "the unlabeled corpus holds " + all.size() + " texts");
        int instructions = 0;
        for (Read d : all) {
            Reading r = d.reading();
            assertFalse(r.warnings().contains(ReadingWarning.READING_FAILED), d.file().toString());
            for (FoundTask t : r.tasks()) {
                assertEquals(t.text(), r.text().substring(t.start(), t.end()), d.file().toString());
                assertTrue(t.confidence() > 0 && t.confidence() <= 1, d.file().toString());
            }
            if (r.kind() != null && INSTRUCTING.contains(r.kind())) {
                // a plan, a directive or a dispatch exists to hand out work
                instructions++;
                assertFalse(r.tasks().isEmpty(), d.file() + " is a " + r.kind() + " and gave no task");
            }
        }
        assertTrue(instructions >= 10, "only " + instructions + " plans, directives and dispatches were read as such");
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void decreesCircularsAndLawsHandDownNoTasks() throws IOException {
        int rules = 0;
        for (Read d : corpus()) {
            Reading r = d.reading();
            boolean lawItself = DocumentKind.ALL.stream().anyMatch(k -> k.code().equals(r.kind()) && k.rules());
            if (lawItself) {
                rules++;
                assertTrue(r.tasks().isEmpty(), d.file() + ": " + Readers.texts(r));
                assertTrue(r.warnings().contains(ReadingWarning.RULES), d.file().toString());
            }
        }
        assertTrue(rules >= 10, "only " + rules + " texts were read as laying down rules");
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aTextWhoseFirstArticleSetsItsScopeLaysDownRulesWhateverItsKind() throws IOException {
        int scoped = 0;
        for (Read d : corpus()) {
            if (d.text().contains("**Điều 1. Phạm vi điều chỉnh")) {
                scoped++;
                assertTrue(d.reading().warnings().contains(ReadingWarning.RULES), d.file().toString());
            }
        }
        assertTrue(scoped >= 10, "only " + scoped + " texts set their scope in their first article");
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aDecisionThatAnnouncesProceduresGivesOnlyTheTasksOfItsArticles() throws IOException {
        int announcing = 0;
        for (Read d : corpus()) {
            String head = d.text().substring(0, Math.min(d.text().length(), HEAD)).replaceAll("[\\s*]+", " ");
            if (PROCEDURES.matcher(head).find()) {
                announcing++;
                // the articles of such a decision ask a few bodies for a few things; its annexes describe procedures
                assertTrue(d.reading().tasks().size() <= MAX_ARTICLE_TASKS, d.file() + ": " + Readers.texts(d.reading()));
            }
        }
        assertTrue(announcing >= 20, "only " + announcing + " decisions announce administrative procedures");
    }
}
