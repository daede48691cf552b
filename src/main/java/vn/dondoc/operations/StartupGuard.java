package vn.dondoc.operations;

import io.agroal.api.AgroalDataSource;
import io.quarkus.flyway.FlywayConfigurationCustomizer;
import io.quarkus.runtime.PreventFurtherStepsException;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Runs the {@link StartupCheck} just before the migrations, the first thing that opens the database, and
 * stops the start with the check's message alone (no stack trace) when it refuses. Once started, marks the
 * data folder as holding a database that was set up.
 */
@ApplicationScoped
public class StartupGuard implements FlywayConfigurationCustomizer {

    @Inject
    DataFolder folder;
    @Inject
    AgroalDataSource dataSource;

    @Override
    public void customize(FluentConfiguration configuration) {
        folder.startupCheck().refusal(dataSource).ifPresent(message -> {
            throw new PreventFurtherStepsException(message, 1);
        });
    }

    void onStart(@Observes StartupEvent event) {
        folder.startupCheck().markInitialised();
    }
}
