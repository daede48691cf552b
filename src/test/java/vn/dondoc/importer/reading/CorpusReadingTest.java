package vn.dondoc.importer.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Whole texts of the shared corpus, read where the corpus is checked out beside the project. */
class CorpusReadingTest {

    private static final Path CORPUS = Path.of("..", "shared", "corpus");

    private static String body(Path file) throws IOException {
        String raw = Files.readString(file);
        if (raw.startsWith("source:")) {
            int blank = raw.indexOf("\n\n");
            return blank < 0 ? raw : raw.substring(blank + 2);
        }
        return raw;
    }

    @Test
    void seedIsReadIntoItsKeyTasksWithTheQuarterAsDeadline() throws IOException {
        Path seed = CORPUS.resolve("000_3e02a63f107bf8c3.txt");
        assumeTrue(Files.exists(seed), "the shared corpus is not checked out");
        Reading r = Readers.read(body(seed), null);
        assertEquals(LocalDate.of(2024, 7, 10), r.documentDate());
        assertEquals(27, r.tasks().size());
        assertTrue(r.tasks().stream().allMatch(t -> t.section().startsWith("Nhiệm vụ công tác trọng tâm")));
        long endOfQuarter = r.tasks().stream().filter(t -> LocalDate.of(2024, 9, 30).equals(t.deadline())).count();
        assertEquals(25, endOfQuarter);
        assertTrue(r.tasks().stream().allMatch(t -> !t.owners().isEmpty()));
    }

    @Test
    void shippedSeedIsTheCorpusSeed() throws IOException {
        try (var in = CorpusReadingTest.class.getResourceAsStream("/reference/seed-directive.txt")) {
            assumeTrue(in != null);
            Reading r = Readers.read(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), null);
            assertEquals(27, r.tasks().size());
        }
    }

    @Test
    void everyCorpusTextKeepsItsOffsetsAndTheNegativeHasNoTasks() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "the shared corpus is not checked out");
        List<Path> files;
        try (Stream<Path> s = Files.list(CORPUS)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertTrue(files.size() >= 2);
        for (Path f : files) {
            Reading r = Readers.read(body(f), null);
            for (FoundTask t : r.tasks()) {
                assertEquals(t.text(), r.text().substring(t.start(), t.end()), f.toString());
            }
            if (f.getFileName().toString().contains("negative")) {
                assertTrue(r.tasks().isEmpty(), f + ": " + Readers.texts(r));
            } else {
                assertTrue(!r.tasks().isEmpty(), f.toString());
            }
        }
    }
}
