package vn.dondoc.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Whether the application may start on the database it finds, asked before any migration runs: a database
 * that was set up before must still hold its schema, or the application would silently build a new one and
 * seed it with the demo data. For the H2 file in the data folder, "set up before" is a marker file written
 * after the first successful start; for any database (PostgreSQL above all), an operator can declare it
 * ({@code dondoc.database.initialised}). Plain Java: tested on temporary folders without Quarkus.
 *
 * @param dataDir             the data folder ({@code dondoc.data-dir})
 * @param h2File              whether the database is an H2 file (rather than H2 in memory or a server)
 * @param declaredInitialised whether the operator declared that the database was set up
 */
record StartupCheck(Path dataDir, boolean h2File, boolean declaredInitialised) {

    static final String MARKER = "dondoc.initialised";
    /** H2's error code for a database file locked by another process. */
    static final int H2_IN_USE = 90020;
    /** H2's error codes for a file it cannot read: corrupted, of an unknown format, or a general storage error. */
    static final Set<Integer> H2_DAMAGED = Set.of(90030, 90048, 50000);
    static final String README = "README.md, section \"Health, backup and restore\"";

    Path marker() {
        return dataDir.resolve(MARKER).toAbsolutePath().normalize();
    }

    /** Whether the database must hold a schema already. */
    boolean expectsSchema() {
        return declaredInitialised || h2File && Files.exists(marker());
    }

    /** What to tell the operator when the application must not start on this database; empty when it may. */
    Optional<String> refusal(DataSource database) {
        if (!h2File && !declaredInitialised) {
            return Optional.empty();
        }
        Connection connection;
        try {
            connection = database.getConnection();
        } catch (SQLException e) {
            if (!h2File) {
                // A server that does not answer is reported by the migration with its own retries and message.
                return Optional.empty();
            }
            if (e.getErrorCode() == H2_IN_USE) {
                return Optional.of(inUse());
            }
            // Any other failure to connect (a wrong password, say) is the migration's to report.
            return H2_DAMAGED.contains(e.getErrorCode()) ? Optional.of(unreadable(e)) : Optional.empty();
        }
        try (connection) {
            if (expectsSchema() && !hasSchemaHistory(connection)) {
                return Optional.of(empty());
            }
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of(unreadable(e));
        }
    }

    /** After a start with the migrations applied: from now on the data folder says its database is set up. */
    void markInitialised() {
        if (!h2File || Files.exists(marker())) {
            return;
        }
        try {
            Files.createDirectories(marker().getParent());
            Files.writeString(marker(), "The database in this folder was set up on " + Instant.now() + ".\n"
                    + "While this file exists, Đôn đốc refuses to start on an empty database here instead of creating a new one.\n"
                    + "Delete it only to start afresh on purpose.\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + marker(), e);
        }
    }

    /** True when Flyway's history table exists and records at least one migration. */
    static boolean hasSchemaHistory(Connection connection) throws SQLException {
        for (String name : new String[] {"flyway_schema_history", "FLYWAY_SCHEMA_HISTORY"}) {
            String found = null;
            try (ResultSet tables = connection.getMetaData().getTables(null, null, name, null)) {
                if (tables.next()) {
                    found = tables.getString("TABLE_NAME");
                }
            }
            if (found != null) {
                try (Statement statement = connection.createStatement();
                        ResultSet count = statement.executeQuery("select count(*) from \"" + found + "\"")) {
                    return count.next() && count.getLong(1) > 0;
                }
            }
        }
        return false;
    }

    private String empty() {
        String why = h2File && Files.exists(marker())
                ? "the data folder " + folder() + " holds the marker " + MARKER + ", so its database was set up before,"
                : "dondoc.database.initialised (DONDOC_DB_INITIALISED) says the database was set up before,";
        String afresh = h2File && Files.exists(marker())
                ? "To start afresh on purpose with an empty database, delete " + marker() + " and start again."
                : "To set up a new, empty database on purpose, start once without DONDOC_DB_INITIALISED.";
        return "Đôn đốc did not start: " + why + " but the database holds no tables (no schema history). The database"
                + " file was probably emptied, replaced or deleted, and starting would create a new database with the"
                + " demo data instead of yours.\n"
                + "Restore the latest backup as described in " + README + ".\n"
                + afresh;
    }

    private String inUse() {
        return "Đôn đốc did not start: the database file in " + folder() + " is in use by another Đôn đốc process"
                + " (or an H2 console). Stop that process first, or give this one a data folder of its own"
                + " (DONDOC_DATA_DIR).";
    }

    private String unreadable(SQLException e) {
        return "Đôn đốc did not start: the database in " + folder() + " cannot be read (" + firstLine(e.getMessage())
                + "). The file is damaged. Restore the latest backup as described in " + README + ".";
    }

    private String folder() {
        return dataDir.toAbsolutePath().normalize().toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no message";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
