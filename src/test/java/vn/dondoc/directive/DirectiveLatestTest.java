package vn.dondoc.directive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DirectiveLatestTest {

    @Test
    void theLatestSkipWithdrawnDirectivesEvenWhenTheyFillTheFirstPagesRead() {
        List<Long> ids = QuarkusTransaction.requiringNew().call(() -> {
            Instant later = Instant.now().plus(1000, ChronoUnit.DAYS);
            List<Long> made = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                Directive directive = new Directive();
                directive.title = "Thông báo thử " + UUID.randomUUID();
                directive.originalText = directive.title;
                directive.contentHash = Directive.hashOf(directive.title);
                directive.importedAt = later.plus(i, ChronoUnit.MINUTES);
                directive.importedBy = "test";
                directive.persist();
                if (i >= 2) {
                    directive.withdraw("test", "thử");
                }
                made.add(directive.id);
            }
            return made;
        });
        try {
            List<Long> one = QuarkusTransaction.requiringNew().call(() -> Directive.latest(1).stream().map(d -> d.id).toList());
            List<Long> two = QuarkusTransaction.requiringNew().call(() -> Directive.latest(2).stream().map(d -> d.id).toList());
            assertEquals(List.of(ids.get(1)), one, "the newest in force, after three withdrawn ones");
            assertEquals(List.of(ids.get(1), ids.get(0)), two);
        } finally {
            QuarkusTransaction.requiringNew().run(() -> ids.forEach(id -> Directive.deleteById(id)));
        }
    }
}
