package vn.dondoc.importer.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reader against every annotated text of the shared corpus, scored as {@code importer_eval.py} scores the running
 * application. Prints each text's figures; fails when the totals fall below the floors, or a text that assigns
 * nothing yields a task. Skipped, saying so, where {@code ../shared} is not checked out beside the project.
 */
class CorpusScoreTest {

    /** Floors over the whole corpus: raise them as the reader improves, never lower them to pass. */
    private static final double MIN_F1 = 0.96;
    private static final double MIN_DEADLINES = 0.97;
    private static final double MIN_DATED = 0.96;
    private static final double MIN_OWNERS = 0.98;

    static Stream<Path> texts() throws IOException {
        List<Path> files = CorpusScore.annotated();
        return files.isEmpty() ? Stream.of(Path.of("(no corpus)")) : files.stream();
    }

    private static CorpusScore.Figures figures(Path file) throws IOException {
        CorpusScore.Document doc = CorpusScore.load(file);
        JsonNode gold = CorpusScore.readGold(file);
        return CorpusScore.score(file.getFileName().toString(), Readers.read(doc.text(), doc.date()), gold);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void eachTextIsReadAndATextThatAssignsNothingGivesNoTask(Path file) throws IOException {
        assumeTrue(file.getFileName().toString().endsWith(".txt"), "the shared corpus is not checked out beside the project");
        CorpusScore.Figures f = figures(file);
        System.out.println(f);
        if (f.negative()) {
            assertEquals(0, f.found(), file + " assigns nothing");
        } else {
            assertTrue(f.matched() > 0, file + ": no task of the gold reading was found");
        }
    }

    @Test
    void theCorpusIsReadAboveItsFloors() throws IOException {
        List<Path> files = CorpusScore.annotated();
        assumeTrue(!files.isEmpty(), "the shared corpus is not checked out beside the project");
        CorpusScore.Figures total = null;
        int negatives = 0;
        int clean = 0;
        for (Path f : files) {
            CorpusScore.Figures one = figures(f);
            total = total == null ? one.plus(new CorpusScore.Figures("", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, false)) : total.plus(one);
            if (one.negative()) {
                negatives++;
                clean += one.found() == 0 ? 1 : 0;
            }
        }
        double deadlines = CorpusScore.Figures.ratio(total.deadlineOk(), total.deadlines());
        double dated = CorpusScore.Figures.ratio(total.datedOk(), total.dated());
        double owners = CorpusScore.Figures.ratio(total.ownersOk(), total.owners());
        System.out.println(total);
        System.out.printf(Locale.ROOT, "reader on %d texts: F1=%.3f precision=%.3f recall=%.3f deadline=%.3f dated=%.3f owners=%.3f"
                + " plausible=%.3f negatives=%d/%d%n", files.size(), total.f1(), total.precision(), total.recall(), deadlines, dated,
                owners, CorpusScore.Figures.ratio(total.plausibleOk(), total.plausible()), clean, negatives);
        assertTrue(total.f1() >= MIN_F1, "F1 " + total.f1());
        assertTrue(deadlines >= MIN_DEADLINES, "deadlines " + deadlines);
        assertTrue(dated >= MIN_DATED, "dated deadlines " + dated);
        assertTrue(owners >= MIN_OWNERS, "named owners " + owners);
        assertEquals(negatives, clean, "texts that assign nothing gave tasks");
    }
}
