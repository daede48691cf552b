package vn.dondoc.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import vn.dondoc.audit.AuditEntry;
import vn.dondoc.body.BodyKind;
import vn.dondoc.body.ResponsibleBody;
import vn.dondoc.directive.Directive;
import vn.dondoc.importer.reading.DeadlineKind;
import vn.dondoc.importer.reading.FoundOwner;
import vn.dondoc.importer.reading.FoundTask;
import vn.dondoc.importer.reading.Reading;
import vn.dondoc.importer.reading.Role;
import vn.dondoc.task.Assignment;
import vn.dondoc.task.Task;

@QuarkusTest
class ImportServiceTest {

    private static final String TASK = "Hội đồng thử nghiệm rà soát quy chế làm việc.";

    @Inject
    ImportService imports;

    @Inject
    SessionFactory sessionFactory;

    private static Reading reading(String text, FoundOwner... owners) {
        return new Reading(text, "Thông báo", null, null,
                List.of(new FoundTask(TASK, null, 0, TASK.length(), null, null, DeadlineKind.NONE, null, List.of(owners))), List.of());
    }

    @Test
    void aSeedImportsInsertsAreSentInBatches() {
        String text = "Bản sao để đếm câu lệnh " + UUID.randomUUID() + "\n" + SeedImporter.seedText();
        ImportDraft draft = ImportDraft.of(imports.read(text, SeedImporter.DATE), null);
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        Long id = imports.save(draft, "tester");
        long inserted = statistics.getEntityInsertCount();
        long prepared = statistics.getPrepareStatementCount();
        long rows = QuarkusTransaction.requiringNew().call(() -> {
            List<Task> tasks = Task.ofDirective(Directive.findById(id));
            return tasks.size() + Assignment.ofTasks(tasks.stream().map(t -> t.id).toList()).size();
        });
        System.out.printf("Seed import: %d entities inserted (%d tasks and assignments), %d statements prepared%n", inserted, rows, prepared);
        assertTrue(inserted >= rows && rows > 100, "the seed makes more than 100 tasks and assignments: " + rows);
        // One statement a row would be more than the rows; batches of 50 and the tally's few set-based statements are far fewer.
        assertTrue(prepared * 2 < inserted, prepared + " statements for " + inserted + " inserted entities");
    }

    @Test
    void aBodyTheTextNamesThatIsNotInTheListIsCreatedOnce() {
        String name = "Hội đồng Thử nghiệm " + UUID.randomUUID().toString().substring(0, 8);
        String text = TASK + "\n" + UUID.randomUUID();
        FoundOwner lead = new FoundOwner(null, name, Role.LEAD, false, false, name);
        FoundOwner again = new FoundOwner(null, name, Role.SUPPORT, false, false, name);
        Long id = imports.save(ImportDraft.of(reading(text, lead, again), null), "tester");
        QuarkusTransaction.requiringNew().run(() -> {
            ResponsibleBody body = ResponsibleBody.findByName(name).orElseThrow();
            assertEquals(BodyKind.OTHER, body.kind);
            assertTrue(body.code.matches("[A-Z0-9-]+"), body.code);
            List<Assignment> owners = Assignment.ofTasks(List.of(Task.ofDirective(Directive.findById(id)).get(0).id));
            assertEquals(1, owners.size());
            assertEquals(body.id, owners.get(0).body.id);
            assertEquals(name, owners.get(0).reason);
        });
    }

    @Test
    void everyImportIsRecordedInTheAuditTrail() {
        String text = TASK + "\n" + UUID.randomUUID();
        Long id = imports.save(ImportDraft.of(reading(text, new FoundOwner("BTCTW", "Ban Tổ chức Trung ương", Role.LEAD, true, false, "cán bộ")), null), "tester");
        QuarkusTransaction.requiringNew().run(() -> {
            List<AuditEntry> entries = AuditEntry.of("directive", id);
            assertEquals(1, entries.size());
            assertEquals("tester", entries.get(0).actor);
            Assignment owner = Assignment.ofTasks(List.of(Task.ofDirective(Directive.findById(id)).get(0).id)).get(0);
            assertTrue(owner.inferred);
            assertEquals("cán bộ", owner.reason);
        });
    }

    @Test
    void offsetsOutsideTheTextAreRefused() {
        String text = "Ngắn " + UUID.randomUUID();
        ImportDraft draft = new ImportDraft(text, "t", null, null, null, null,
                List.of(new ImportDraft.DraftTask(0, text.length() + 1, null, null, null, null, null, List.of())));
        ImportProblem problem = assertThrows(ImportProblem.class, () -> imports.save(draft, "tester"));
        assertEquals(ImportError.BAD_OFFSETS, problem.error());
    }

    @Test
    void codesForNewBodiesAreInitialsMadeUnique() {
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals("VPCP-2", ImportService.uniqueCode("Văn phòng Chính phủ"));
            assertTrue(ImportService.uniqueCode("Đoàn kiểm tra số " + UUID.randomUUID()).startsWith("DKTS"));
        });
    }
}
