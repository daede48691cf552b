package vn.dondoc.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.dondoc.directive.Directive;
import vn.dondoc.task.Task;

@QuarkusTest
class SeedImporterTest {

    @Inject
    SeedImporter seed;

    @Test
    void theSeedIsImportedOnceBySystem() {
        Optional<Long> first = seed.importSeed();
        assertTrue(first.isPresent());
        QuarkusTransaction.requiringNew().run(() -> {
            Directive directive = Directive.findById(first.get());
            assertEquals(SeedImporter.TITLE, directive.title);
            assertEquals(LocalDate.of(2024, 7, 10), directive.documentDate);
            assertEquals("system", directive.importedBy);
            List<Task> tasks = Task.ofDirective(directive);
            assertTrue(tasks.size() > 0);
            tasks.forEach(t -> assertEquals(directive.originalText.substring(t.startOffset, t.endOffset), t.text));
        });
        assertEquals(Optional.empty(), seed.importSeed());
    }
}
