package vn.dondoc.operations;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Ready only while the database answers the queries the pages depend on. A connection that opens proves little:
 * with a damaged H2 file, counting rows still works (the count is kept apart from the rows) while every page
 * that reads tasks fails. So each query reads every row of a table the task pages read, and the schema history
 * must be there.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final String NAME = "dondoc-database";
    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class);

    /** A table and a query that reads each of its rows, not only an index or a count. */
    record Probe(String table, String sql) {
    }

    static final List<Probe> PROBES = List.of(
            new Probe("flyway_schema_history", "select count(*) from \"flyway_schema_history\""),
            new Probe("responsible_body", "select sum(length(name)) from responsible_body"),
            new Probe("directive", "select sum(length(title)) from directive"),
            new Probe("task", "select sum(length(text)) + sum(length(deadline_kind)) from task"),
            new Probe("assignment", "select sum(length(status)) + sum(length(role)) from assignment"),
            new Probe("status_change", "select sum(length(to_status)) from status_change"),
            new Probe("app_user", "select sum(length(username)) from app_user"));

    @Inject
    AgroalDataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
        String table = "connection";
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(10);
            for (Probe probe : PROBES) {
                table = probe.table();
                try (ResultSet result = statement.executeQuery(probe.sql())) {
                    result.next();
                }
            }
            return response.up().build();
        } catch (SQLException | RuntimeException e) {
            LOG.errorf("Not ready: the database did not answer a query on %s: %s", table, brief(e.getMessage()));
            // The answer is public: it names the table, not the error, which may show paths.
            return response.down().withData("failed", table).build();
        }
    }

    /** H2's messages about a damaged page run to kilobytes: the log gets their start, every probe again. */
    private static String brief(String message) {
        if (message == null) {
            return "no message";
        }
        String line = message.lines().findFirst().orElse("");
        return line.length() <= 300 ? line : line.substring(0, 300) + "…";
    }
}
