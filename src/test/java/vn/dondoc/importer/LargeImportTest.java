package vn.dondoc.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dondoc.directive.Directive;
import vn.dondoc.importer.reading.Reading;
import vn.dondoc.task.Assignment;
import vn.dondoc.task.Task;

/**
 * A text as large as an import takes (2 MB, thousands of tasks) is read and saved whole within the transaction's
 * time. The time is printed, not asserted: what is asserted is that every task and assignment is saved. On a fresh
 * start, with a database of its own, as the first large import after a restart; and so that its thousands of tasks
 * stay out of the tests that count every task of the shared database.
 */
@QuarkusTest
@TestProfile(LargeImportTest.OwnDatabase.class)
class LargeImportTest {

    /** A fresh database for this test alone. */
    public static class OwnDatabase implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:dondoc-large-import;DB_CLOSE_DELAY=-1");
        }
    }

    @Inject
    ImportService imports;

    @Test
    void aTextOfTwoMegabytesIsSavedWithEveryTask() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        StringBuilder sb = new StringBuilder("Thủ tướng Chính phủ yêu cầu (" + tag + "):\n");
        int n = 0;
        String[] bodies = {"Bộ Tài chính", "Bộ Xây dựng", "Bộ Công Thương", "Bộ Tư pháp"};
        // a character of these words takes 1.34 bytes in UTF-8 on the average
        while (sb.length() * 1.35 < imports.maxBytes() - 1000) {
            n++;
            sb.append(n).append(". ").append(bodies[n % bodies.length]).append(" chủ trì, phối hợp với ").append(bodies[(n + 1) % bodies.length])
                    .append(" rà soát, đánh giá việc thực hiện các quy định về quản lý đầu tư công, đề xuất sửa đổi, bổ sung những nội dung "
                            + "chưa phù hợp với thực tiễn, báo cáo Thủ tướng Chính phủ kết quả thực hiện nhiệm vụ số ")
                    .append(n).append(" trong tháng 9 năm 2026.\n");
        }
        String text = sb.toString();
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        assertTrue(bytes > 1.9 * 1024 * 1024 && bytes <= imports.maxBytes(), bytes + " bytes");
        int expected = n;
        long t0 = System.nanoTime();
        Reading reading = imports.read(text, null);
        long t1 = System.nanoTime();
        assertEquals(expected, reading.tasks().size());
        Long id = imports.save(ImportDraft.of(reading, null), "tester");
        long t2 = System.nanoTime();
        System.out.printf("a text of %d KB with %d tasks: read in %.1f s, saved in %.1f s%n", text.getBytes(StandardCharsets.UTF_8).length / 1024,
                expected, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
        QuarkusTransaction.requiringNew().run(() -> {
            Directive directive = Directive.findById(id);
            assertEquals(text, directive.originalText);
            var tasks = Task.ofDirective(directive);
            assertEquals(expected, tasks.size());
            assertEquals(2L * expected, Assignment.count("task.directive.id", id));
            // the text is kept apart from the directive's row, which each insert's foreign key is checked against
            assertEquals(text, Directive.getEntityManager().createNativeQuery("select original_text from directive_text where directive_id = :d")
                    .setParameter("d", id).getSingleResult());
        });
    }
}
