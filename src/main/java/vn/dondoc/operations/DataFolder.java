package vn.dondoc.operations;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The data folder ({@code dondoc.data-dir}) and what lives in it when the database is the H2 file: the
 * database, the marker of a database that was set up, and the backups.
 */
@ApplicationScoped
public class DataFolder {

    @ConfigProperty(name = "dondoc.data-dir", defaultValue = "./data")
    Path dir;
    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;
    @ConfigProperty(name = "dondoc.database.initialised", defaultValue = "false")
    boolean declaredInitialised;

    /** True when the database is an H2 file, which the application can back up itself; false for PostgreSQL. */
    public boolean holdsDatabase() {
        return isH2File(dbKind, jdbcUrl);
    }

    static boolean isH2File(String dbKind, String jdbcUrl) {
        if (!"h2".equalsIgnoreCase(dbKind) || jdbcUrl == null || !jdbcUrl.startsWith("jdbc:h2:")) {
            return false;
        }
        String rest = jdbcUrl.substring("jdbc:h2:".length());
        return !rest.startsWith("mem:") && !rest.startsWith("tcp:") && !rest.startsWith("ssl:");
    }

    public Path dir() {
        return dir.toAbsolutePath().normalize();
    }

    public Path backups() {
        return dir().resolve("backups");
    }

    StartupCheck startupCheck() {
        return new StartupCheck(dir(), holdsDatabase(), declaredInitialised);
    }
}
