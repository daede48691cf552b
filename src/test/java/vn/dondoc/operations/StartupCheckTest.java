package vn.dondoc.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Proxy;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check before the migrations, on data folders of its own: what may start, and what is refused with which message. */
class StartupCheckTest {

    @TempDir
    Path dataDir;

    @Test
    void aFolderMarkedAsSetUpWhoseDatabaseIsEmptyIsRefused() throws IOException {
        StartupCheck check = new StartupCheck(dataDir, true, false);
        check.markInitialised();

        Optional<String> refusal = check.refusal(h2File());

        assertTrue(refusal.isPresent(), "an emptied or replaced file must not be set up afresh with the demo data");
        assertTrue(refusal.get().contains("no tables"), refusal.get());
        assertTrue(refusal.get().contains("Health, backup and restore"), "says where the restore procedure is");
        assertTrue(refusal.get().contains("delete " + dataDir.resolve(StartupCheck.MARKER)), "says how to start afresh on purpose");
    }

    @Test
    void aFreshFolderStartsAndIsMarkedOnceSetUp() {
        StartupCheck check = new StartupCheck(dataDir, true, false);

        assertEquals(Optional.empty(), check.refusal(h2File()));
        assertFalse(Files.exists(dataDir.resolve(StartupCheck.MARKER)));
        migrate();
        check.markInitialised();

        assertTrue(Files.exists(dataDir.resolve(StartupCheck.MARKER)));
        assertEquals(Optional.empty(), check.refusal(h2File()), "the marked folder with its database starts again");
    }

    @Test
    void aFolderWithADatabaseButNoMarkerStarts() {
        migrate();

        assertEquals(Optional.empty(), new StartupCheck(dataDir, true, false).refusal(h2File()),
                "a database from before the marker existed is not refused");
    }

    @Test
    void aDatabaseFileInUseByAnotherProcessIsRefusedWithOneMessage() throws Exception {
        migrate();
        Process other = holdOpen();
        try {
            Optional<String> refusal = new StartupCheck(dataDir, true, false).refusal(h2File());

            assertTrue(refusal.isPresent());
            assertTrue(refusal.get().contains("in use by another Đôn đốc process"), refusal.get());
            assertFalse(refusal.get().contains("\tat "), "a message, not a stack trace");
        } finally {
            other.destroy();
            other.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aDamagedFileIsRefused() throws IOException {
        byte[] garbage = new byte[64 * 1024];
        new Random(12).nextBytes(garbage);
        Files.write(dataDir.resolve("dondoc.mv.db"), garbage);
        StartupCheck check = new StartupCheck(dataDir, true, false);
        check.markInitialised();

        Optional<String> refusal = check.refusal(h2File());

        assertTrue(refusal.isPresent());
        assertTrue(refusal.get().contains("cannot be read") && refusal.get().contains("Restore the latest backup"), refusal.get());
    }

    @Test
    void aServerDatabaseDeclaredSetUpWithoutTablesIsRefused() {
        JdbcDataSource empty = new JdbcDataSource();
        empty.setURL("jdbc:h2:mem:startup-check-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");

        Optional<String> refusal = new StartupCheck(dataDir, false, true).refusal(empty);

        assertTrue(refusal.isPresent());
        assertTrue(refusal.get().contains("DONDOC_DB_INITIALISED"), refusal.get());
    }

    @Test
    void aServerDatabaseNotDeclaredSetUpIsLeftToTheMigrations() {
        DataSource unreachable = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    throw new AssertionError("the database is not to be opened: " + method.getName());
                });

        assertEquals(Optional.empty(), new StartupCheck(dataDir, false, false).refusal(unreachable));
    }

    @Test
    void onlyAFileIsAnH2FileDatabase() {
        assertTrue(DataFolder.isH2File("h2", "jdbc:h2:file:./data/dondoc;DB_CLOSE_ON_EXIT=FALSE"));
        assertTrue(DataFolder.isH2File("h2", "jdbc:h2:/srv/dondoc/data/dondoc"));
        assertFalse(DataFolder.isH2File("h2", "jdbc:h2:mem:dondoc-test;DB_CLOSE_DELAY=-1"));
        assertFalse(DataFolder.isH2File("h2", "jdbc:h2:tcp://db/dondoc"));
        assertFalse(DataFolder.isH2File("postgresql", "jdbc:postgresql://db/dondoc"));
    }

    private String url() {
        return "jdbc:h2:file:" + dataDir.resolve("dondoc") + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    private DataSource h2File() {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url());
        source.setUser("sa");
        source.setPassword("");
        return source;
    }

    /** Applies the application's migrations, as its first start does, and closes the database. */
    private void migrate() {
        Flyway.configure().dataSource(url(), "sa", "").locations("classpath:db/migration").load().migrate();
        try (Connection connection = DriverManager.getConnection(url(), "sa", "")) {
            connection.createStatement().execute("shutdown");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Another process that opens the database and keeps it open until it is stopped. */
    private Process holdOpen() throws IOException, URISyntaxException {
        String classPath = String.join(java.io.File.pathSeparator, List.of(location(HoldsDatabase.class), location(org.h2.Driver.class)));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", classPath, HoldsDatabase.class.getName(), url()).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (!HoldsDatabase.OPEN.equals(line)) {
            process.destroy();
            throw new IllegalStateException("the other process did not open the database: " + line);
        }
        return process;
    }

    private static String location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
