package vn.dondoc.task;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Recounts the progress tally at start when asked ({@code dondoc.tally.rebuild-at-start=true}), after assignments
 * were written around the application, such as a bulk load for a benchmark. Off by default: the application keeps
 * the tally itself.
 */
@ApplicationScoped
class TallyRebuild {

    private static final Logger LOG = Logger.getLogger(TallyRebuild.class);

    private static final int REBUILD_TIMEOUT_SECONDS = 1800;

    @ConfigProperty(name = "dondoc.tally.rebuild-at-start", defaultValue = "false")
    boolean enabled;

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            // Longer than the usual transaction timeout (60 s): at 100,000 tasks on a busy machine the recount took
            // longer, and the application did not start.
            QuarkusTransaction.requiringNew().timeout(REBUILD_TIMEOUT_SECONDS).run(AssignmentTally::rebuild);
            LOG.info("progress tally recounted from the assignments");
        }
    }
}
