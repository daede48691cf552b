package vn.dondoc.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.is;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.Test;

/** Readiness says UP only while the database answers queries on the application's tables. */
@QuarkusTest
class DatabaseReadinessTest {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    @Readiness
    DatabaseReadiness readiness;

    @Test
    void readyWhileTheTablesAnswer() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == '" + DatabaseReadiness.NAME + "' }.status", is("UP"));
    }

    @Test
    void notReadyWhenTheTasksCannotBeRead() throws SQLException {
        // A table that no query can read stands for the damaged pages of a file: the connection itself still opens.
        whileMissing("task", () -> given().when().get("/q/health/ready").then().statusCode(503)
                .body("status", is("DOWN"))
                .body("checks.find { it.name == '" + DatabaseReadiness.NAME + "' }.data.failed", is("task"))
                .body("checks.findAll { it.status == 'UP' }.name", hasItem("Database connections health check")));
    }

    @Test
    void notReadyWithoutTheSchemaHistory() throws SQLException {
        whileMissing("\"flyway_schema_history\"", () -> given().when().get("/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name == '" + DatabaseReadiness.NAME + "' }.data.failed", is("flyway_schema_history")));
    }

    @Test
    void withinTheRecheckTimeTheLastAnswerIsGivenAgainWithoutReadingTheTables() throws SQLException {
        Duration configured = readiness.recheckAfter(Duration.ofHours(1));
        try {
            assertEquals(HealthCheckResponse.Status.UP, readiness.call().getStatus());
            whileMissing("task", () -> assertEquals(HealthCheckResponse.Status.UP, readiness.call().getStatus()));
            readiness.recheckAfter(Duration.ZERO);
            whileMissing("task", () -> assertEquals(HealthCheckResponse.Status.DOWN, readiness.call().getStatus()));
        } finally {
            readiness.recheckAfter(configured);
        }
    }

    /** Renames the table away for the duration of the check, and back whatever happens. */
    private void whileMissing(String table, Runnable check) throws SQLException {
        String away = table.startsWith("\"") ? "\"away_" + table.substring(1) : "away_" + table;
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("alter table " + table + " rename to " + away);
            try {
                check.run();
            } finally {
                connection.createStatement().execute("alter table " + away + " rename to " + table);
            }
        }
    }
}
