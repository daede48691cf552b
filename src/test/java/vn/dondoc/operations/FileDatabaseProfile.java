package vn.dondoc.operations;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The H2 file in a data folder of its own, as a real installation has it (the shared test database lives in
 * memory, which has no file to mark or back up). The folder is new for each run of the tests.
 */
public class FileDatabaseProfile implements QuarkusTestProfile {

    static final Path DATA_DIR = newFolder();

    private static Path newFolder() {
        try {
            Path folder = Files.createTempDirectory("dondoc-data-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder)));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a folder and everything in it (the tests' data folders and restored copies). */
    static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // Left in the temporary folder: nothing depends on it.
        }
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("dondoc.data-dir", DATA_DIR.toString(),
                "quarkus.datasource.jdbc.url", "jdbc:h2:file:" + DATA_DIR.resolve("dondoc") + ";DB_CLOSE_ON_EXIT=FALSE");
    }
}
