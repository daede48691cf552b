package vn.dondoc.operations;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dondoc.account.TestAccounts;
import vn.dondoc.audit.AuditEntry;
import vn.dondoc.body.TestBodies;
import vn.dondoc.task.Assignment;
import vn.dondoc.task.Role;
import vn.dondoc.task.Status;
import vn.dondoc.task.StatusChange;
import vn.dondoc.task.TestTasks;
import vn.dondoc.web.AppRole;
import vn.dondoc.web.OfficeClock;
import vn.dondoc.web.WebSession;

/**
 * An administrator's backup of the H2 file, made while the application runs, downloaded and unzipped into a new
 * data folder as the README's restore says: the restored database holds every task, assignment and status change.
 */
@QuarkusTest
@TestProfile(FileDatabaseProfile.class)
class BackupResourceTest {

    /** The tables whose every row a restore must bring back. */
    static final List<String> TABLES = List.of("directive", "task", "assignment", "status_change", "responsible_body", "app_user");

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String database;

    /** H2's own: PostgreSQL has no data folder and is backed up with pg_dump (the page says so, AccessMatrixTest). */
    @BeforeEach
    void onH2Only() {
        Assumptions.assumeTrue(database.startsWith("jdbc:h2:file:"), "backups of the H2 file; on " + database + " skipped");
    }

    @Test
    void theDataFolderIsMarkedOnceTheDatabaseIsSetUp() {
        assertTrue(Files.isRegularFile(FileDatabaseProfile.DATA_DIR.resolve(StartupCheck.MARKER)));
    }

    @Test
    void aBackupRestoredIntoANewDataFolderHoldsEveryTaskAndStatusChange() throws Exception {
        String body = TestBodies.create("Ban Sao lưu");
        TestTasks.One created = TestTasks.one(body, "Nhiệm vụ phải còn sau khôi phục", OfficeClock.today().plusDays(5),
                Role.LEAD, Status.NOT_STARTED);
        long change = changeStatus(created.assignmentId(), Status.NOT_STARTED, Status.IN_PROGRESS);
        WebSession admin = WebSession.login(TestAccounts.create(AppRole.ADMIN), TestAccounts.PASSWORD);

        Response made = admin.postForm("/admin/backups", "/admin/backups", Map.of());
        assertEquals(303, made.statusCode());
        assertTrue(made.header("Location").endsWith("/admin/backups"), made.header("Location"));
        String page = admin.get("/admin/backups").then().statusCode(200).body(containsString("Đã tạo bản sao lưu.")).extract().asString();
        String name = newestBackup().getFileName().toString();
        assertTrue(name.matches("dondoc-\\d{4}-\\d{2}-\\d{2}-\\d{4}(-\\d+)?\\.zip"), name);
        assertTrue(page.contains("/admin/backups/" + name), "the page lists the backup for download");
        Map<String, Long> live;
        try (Connection connection = dataSource.getConnection()) {
            live = counts(connection);
        }

        Response download = admin.get("/admin/backups/" + name);
        assertEquals(200, download.statusCode());
        assertEquals("attachment; filename=\"" + name + "\"", download.header("Content-Disposition"));
        Path restored = Files.createTempDirectory("dondoc-restored-");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> FileDatabaseProfile.delete(restored)));
        unzip(download.asByteArray(), restored);
        assertTrue(Files.isRegularFile(restored.resolve("dondoc.mv.db")), "the zip holds the database file as the data folder does");

        String url = "jdbc:h2:file:" + restored.resolve("dondoc") + ";IFEXISTS=TRUE";
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            Map<String, Long> back = counts(connection);
            for (String table : TABLES) {
                assertEquals(live.get(table), back.get(table), table + " rows in the restored database");
            }
            assertEquals(1, count(connection, "select count(*) from task where id = " + created.taskId()));
            assertEquals(1, count(connection, "select count(*) from status_change where id = " + change + " and to_status = 'IN_PROGRESS'"));
        }
        AuditEntry entry = QuarkusTransaction.requiringNew().call(() -> AuditEntry.matching("backup", null, null, null).firstResult());
        assertTrue(entry.after.startsWith(name), entry.after);
        assertEquals("backup", entry.action);
    }

    @Test
    void onlyAdministratorsDownloadAndOnlyBackupsAreHandedOut() throws Exception {
        WebSession admin = WebSession.login(TestAccounts.create(AppRole.ADMIN), TestAccounts.PASSWORD);
        assertEquals(303, admin.postForm("/admin/backups", "/admin/backups", Map.of()).statusCode());
        String name = newestBackup().getFileName().toString();
        WebSession clerk = WebSession.login(TestAccounts.create(AppRole.CLERK), TestAccounts.PASSWORD);

        assertEquals(403, clerk.get("/admin/backups/" + name).statusCode());
        assertEquals(403, clerk.postForm("/tasks", "/admin/backups", Map.of()).statusCode());
        assertEquals(400, admin.postFormWithoutToken("/admin/backups", Map.of()).statusCode(), "the form needs its CSRF token");
        for (String other : List.of("dondoc.mv.db", "..%2Fdondoc.mv.db", "dondoc.initialised", "dondoc-2024-07-10-0700.zip%2F..%2F..%2Fdondoc.mv.db",
                "dondoc-1999-01-01-0000.zip")) {
            assertEquals(404, admin.get("/admin/backups/" + other).statusCode(), other);
        }
    }

    private static Path newestBackup() throws IOException {
        try (var files = Files.list(FileDatabaseProfile.DATA_DIR.resolve("backups"))) {
            return files.max((a, b) -> {
                try {
                    return Files.getLastModifiedTime(a).compareTo(Files.getLastModifiedTime(b));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).orElseThrow();
        }
    }

    private static long changeStatus(long assignmentId, Status from, Status to) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Assignment assignment = Assignment.findById(assignmentId);
            assignment.status = to;
            StatusChange change = new StatusChange();
            change.assignment = assignment;
            change.changedAt = Instant.now();
            change.changedBy = "backup-test";
            change.fromStatus = from;
            change.toStatus = to;
            change.persist();
            return change.id;
        });
    }

    private static Map<String, Long> counts(Connection connection) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, count(connection, "select count(*) from " + table));
        }
        return counts;
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (ResultSet result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void unzip(byte[] zip, Path folder) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path file = folder.resolve(entry.getName()).normalize();
                assertTrue(file.startsWith(folder), entry.getName());
                Files.createDirectories(file.getParent());
                Files.copy(in, file);
            }
        }
    }
}
