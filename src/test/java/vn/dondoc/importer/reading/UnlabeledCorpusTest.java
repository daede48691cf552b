package vn.dondoc.importer.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(UNLABELED)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void everyDocumentIsReadWithoutFailureAndKeepsItsOffsets() throws IOException {
        assumeTrue(Files.isDirectory(UNLABELED), "the shared corpus is not checked out beside the project");
        List<Path> files = files();
        assertTrue(files.size() > 100, "the unlabeled corpus holds " + files.size() + " texts");
        int instructions = 0;
        for (Path f : files) {
            Reading r = Readers.read(Files.readString(f), null);
            assertFalse(r.warnings().contains(ReadingWarning.READING_FAILED), f.toString());
            for (FoundTask t : r.tasks()) {
                assertEquals(t.text(), r.text().substring(t.start(), t.end()), f.toString());
                assertTrue(t.confidence() > 0 && t.confidence() <= 1, f.toString());
            }
            if (r.kind() != null && INSTRUCTING.contains(r.kind())) {
                // a plan, a directive or a dispatch exists to hand out work
                instructions++;
                assertFalse(r.tasks().isEmpty(), f + " is a " + r.kind() + " and gave no task");
            }
        }
        assertTrue(instructions >= 10, "only " + instructions + " plans, directives and dispatches were read as such");
    }

    @Test
    void decreesCircularsAndLawsHandDownNoTasks() throws IOException {
        assumeTrue(Files.isDirectory(UNLABELED), "the shared corpus is not checked out beside the project");
        int rules = 0;
        for (Path f : files()) {
            Reading r = Readers.read(Files.readString(f), null);
            boolean lawItself = DocumentKind.ALL.stream().anyMatch(k -> k.code().equals(r.kind()) && k.rules());
            if (lawItself) {
                rules++;
                assertTrue(r.tasks().isEmpty(), f + ": " + Readers.texts(r));
                assertTrue(r.warnings().contains(ReadingWarning.RULES), f.toString());
            }
        }
        assertTrue(rules >= 10, "only " + rules + " texts were read as laying down rules");
    }

    @Test
    void aTextWhoseFirstArticleSetsItsScopeLaysDownRulesWhateverItsKind() throws IOException {
        assumeTrue(Files.isDirectory(UNLABELED), "the shared corpus is not checked out beside the project");
        int scoped = 0;
        for (Path f : files()) {
            String text = Files.readString(f);
            if (text.contains("**Điều 1. Phạm vi điều chỉnh")) {
                scoped++;
                Reading r = Readers.read(text, null);
                assertTrue(r.warnings().contains(ReadingWarning.RULES), f.toString());
            }
        }
        assertTrue(scoped >= 10, "only " + scoped + " texts set their scope in their first article");
    }
}
