package vn.dondoc.importer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.dondoc.directive.Directive;
import vn.dondoc.importer.reading.Reading;
import vn.dondoc.web.AfterStart;

/**
 * On the first start, imports the demo directive (the key tasks of Q3/2024) so that there is something to follow
 * up at once. Only when {@code dondoc.seed.enabled} and no directive exists yet.
 */
@ApplicationScoped
public class SeedImporter {

    private static final Logger LOG = Logger.getLogger(SeedImporter.class);
    static final String RESOURCE = "reference/seed-directive.txt";
    static final String TITLE = "Giao ban quý 2/2024 với các ban đảng, văn phòng, đảng ủy, đoàn thể Trung ương";
    /** The meeting's day: the text says "Ngày 10/7" and its header 2024-07. */
    static final LocalDate DATE = LocalDate.of(2024, 7, 10);
    static final String ACTOR = "system";

    @ConfigProperty(name = "dondoc.seed.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    ImportService imports;

    /** After the application answers: the import reads and saves 27 tasks, about a second of a first start. */
    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            AfterStart.run("Importing the demo directive", () -> {
                if (QuarkusTransaction.requiringNew().call(() -> Directive.count() == 0)) {
                    importSeed();
                }
            });
        }
    }

    /**
     * Imports the demo directive unless its text is there already.
     *
     * @return the new directive's id, or empty when nothing was imported
     */
    public Optional<Long> importSeed() {
        try {
            Reading reading = QuarkusTransaction.requiringNew().call(() -> imports.read(seedText(), DATE));
            if (reading.tasks().isEmpty() || QuarkusTransaction.requiringNew().call(() -> imports.existing(reading.text()).isPresent())) {
                return Optional.empty();
            }
            Long id = imports.save(ImportDraft.of(reading, TITLE), ACTOR);
            LOG.infof("Imported the demo directive (%d tasks).", reading.tasks().size());
            return Optional.of(id);
        } catch (ImportProblem problem) {
            if (problem.error() != ImportError.DUPLICATE) {
                throw problem;
            }
            // Another instance starting at the same time imported it first.
            return Optional.empty();
        }
    }

    static String seedText() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
