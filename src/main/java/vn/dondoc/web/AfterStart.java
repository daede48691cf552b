package vn.dondoc.web;

import io.quarkus.runtime.LaunchMode;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Work of the first start (demo accounts, the administrator from the environment, the demo directive) done on a
 * worker thread once the application has sent its first answer, so that the start neither waits for password
 * hashes and an import nor shares the processor with them. Without a request the work starts
 * {@link #AT_THE_LATEST} after it was handed over; in tests it starts at once. The work must be idempotent and safe
 * when several instances start at once: each checks the database before it writes, and a write that another
 * instance made first is not an error.
 */
@ApplicationScoped
public class AfterStart {

    private static final Logger LOG = Logger.getLogger(AfterStart.class);

    /** The longest the work waits for a first request (an instance nobody asks yet still sets itself up). */
    static final Duration AT_THE_LATEST = Duration.ofSeconds(10);

    private static final Waiting WAITING = new Waiting();

    /**
     * Runs {@code work} on Quarkus' worker pool once the first answer is out; a failure is logged with
     * {@code what}, never thrown at the start.
     */
    public static void run(String what, Runnable work) {
        Runnable guarded = () -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.errorf(e, "%s failed after the start", what);
            }
        };
        if (WAITING.add(guarded, pool())) {
            if (LaunchMode.current() == LaunchMode.TEST) {
                WAITING.release(pool());
            } else {
                Infrastructure.getDefaultWorkerPool().schedule(() -> WAITING.release(pool()), AT_THE_LATEST.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(routing -> {
            if (!WAITING.released()) {
                routing.addEndHandler(ignored -> WAITING.release(pool()));
            }
            routing.next();
        });
    }

    private static Executor pool() {
        return Infrastructure.getDefaultWorkerPool();
    }

    /** Work held until a moment (the first answer): handed to the executor then, or at once once it has passed. */
    static final class Waiting {

        private final List<Runnable> held = new ArrayList<>();
        private volatile boolean released;

        /**
         * Holds {@code work} until {@link #release}, or hands it to the executor at once when that has passed.
         *
         * @return true when this is the first work held, for the caller to make sure of a release
         */
        boolean add(Runnable work, Executor executor) {
            synchronized (held) {
                if (!released) {
                    held.add(work);
                    return held.size() == 1;
                }
            }
            executor.execute(work);
            return false;
        }

        /** Hands the held work to {@code executor}, in the order it came; later calls do nothing. */
        void release(Executor executor) {
            List<Runnable> ready;
            synchronized (held) {
                if (released) {
                    return;
                }
                released = true;
                ready = List.copyOf(held);
                held.clear();
            }
            ready.forEach(executor::execute);
        }

        boolean released() {
            return released;
        }
    }
}
