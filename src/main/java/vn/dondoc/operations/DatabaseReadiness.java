package vn.dondoc.operations;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Ready only while the database answers the queries the pages depend on. A connection that opens proves little:
 * with a damaged H2 file, counting rows still works (the count is kept apart from the rows) while every page
 * that reads tasks fails. So each query reads every row of a table the task pages read, and the schema history
 * must be there. The endpoint is public and reading every row costs in proportion to the data, so an answer is
 * given again, without asking the database, until {@code dondoc.health.recheck-after} has passed (this instance's
 * own health: nothing to share with others).
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

    @ConfigProperty(name = "dondoc.health.recheck-after", defaultValue = "PT30S")
    Duration recheckAfter;

    /** Changes how long an answer is given again, and forgets the last one (tests). */
    Duration recheckAfter(Duration after) {
        Duration before = recheckAfter;
        recheckAfter = after;
        last.set(null);
        return before;
    }

    private record Answer(HealthCheckResponse response, Instant at) {
    }

    private final AtomicReference<Answer> last = new AtomicReference<>();

    @Override
    public HealthCheckResponse call() {
        Instant now = Instant.now();
        Answer previous = last.get();
        if (previous != null && now.isBefore(previous.at().plus(recheckAfter))) {
            return previous.response();
        }
        HealthCheckResponse response = check();
        last.set(new Answer(response, now));
        return response;
    }

    private HealthCheckResponse check() {
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
