package vn.dondoc.web;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.ShutdownEvent;
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

    /** This run's work; a stop ends it, and a new start in the same process (tests) gets its own. */
    private static volatile Waiting waiting = new Waiting();

    /**
     * Runs {@code work} on Quarkus' worker pool once the first answer is out; a failure is logged with
     * {@code what}, never thrown at the start.
     */
    public static void run(String what, Runnable work) {
        Waiting current = waiting;
        Runnable guarded = () -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                if (current.stopped()) {
                    // The application stopped under it (a start stopped at once): the next start does it again.
                    LOG.infof("%s was cut short by the stop: %s", what, e);
                } else {
                    LOG.errorf(e, "%s failed after the start", what);
                }
            }
        };
        if (current.add(guarded, pool())) {
            if (LaunchMode.current() == LaunchMode.TEST) {
                current.release(pool());
            } else {
                Infrastructure.getDefaultWorkerPool().schedule(() -> current.release(pool()), AT_THE_LATEST.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(routing -> {
            Waiting current = waiting;
            if (!current.released()) {
                routing.addEndHandler(ignored -> current.release(pool()));
            }
            routing.next();
        });
    }

    void stop(@Observes ShutdownEvent event) {
        Waiting stopped = waiting;
        waiting = new Waiting();
        stopped.stop();
    }

    private static Executor pool() {
        return Infrastructure.getDefaultWorkerPool();
    }

    /** Work held until a moment (the first answer): handed to the executor then, or at once once it has passed. */
    static final class Waiting {

        private final List<Runnable> held = new ArrayList<>();
        private volatile boolean released;
        private volatile boolean stopped;

        /**
         * Holds {@code work} until {@link #release}, or hands it to the executor at once when that has passed.
         *
         * @return true when this is the first work held, for the caller to make sure of a release
         */
        boolean add(Runnable work, Executor executor) {
            synchronized (held) {
                if (stopped) {
                    return false;
                }
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

        /** The application stops: work still held is dropped, and none is taken any more. */
        void stop() {
            synchronized (held) {
                stopped = true;
                released = true;
                held.clear();
            }
        }

        boolean stopped() {
            return stopped;
        }
    }
}
