package vn.dondoc.web;

import io.smallrye.mutiny.infrastructure.Infrastructure;
import org.jboss.logging.Logger;

/**
 * Work of the first start (demo accounts, the administrator from the environment, the demo directive) done on a
 * worker thread once the start-up event has been handled, so that the application answers without waiting for
 * password hashes and an import. The work must be idempotent and safe when several instances start at once: each
 * checks the database before it writes, and a write that another instance made first is not an error.
 */
public final class AfterStart {

    private static final Logger LOG = Logger.getLogger(AfterStart.class);

    private AfterStart() {
    }

    /** Runs {@code work} on Quarkus' worker pool; a failure is logged with {@code what}, never thrown at the start. */
    public static void run(String what, Runnable work) {
        Infrastructure.getDefaultWorkerPool().execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.errorf(e, "%s failed after the start", what);
            }
        });
    }
}
