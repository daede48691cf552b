package vn.dondoc.importer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dondoc.audit.AuditEntry;
import vn.dondoc.body.BodyKind;
import vn.dondoc.body.ResponsibleBody;
import vn.dondoc.directive.Directive;
import vn.dondoc.importer.ImportDraft.DraftOwner;
import vn.dondoc.importer.ImportDraft.DraftTask;
import vn.dondoc.importer.reading.DirectiveReader;
import vn.dondoc.importer.reading.KnownBody;
import vn.dondoc.importer.reading.Reading;
import vn.dondoc.task.Assignment;
import vn.dondoc.task.AssignmentTally;
import vn.dondoc.task.Role;
import vn.dondoc.task.Task;
import vn.dondoc.task.TaskWords;
import vn.dondoc.web.Folding;
import vn.dondoc.web.UniqueViolation;

/**
 * The import workflow: reads a text against the current list of bodies, and saves a directive with its
 * tasks and assignments in one transaction. The same text is never saved twice.
 */
@ApplicationScoped
public class ImportService {

    /** Longest task text the task table holds. */
    static final int MAX_TASK_LENGTH = 10000;

    @ConfigProperty(name = "dondoc.import.max-bytes", defaultValue = "2097152")
    long maxBytes;

    /** Largest uploaded file (a Word document with pictures is larger than its text). */
    @ConfigProperty(name = "dondoc.import.max-file-bytes", defaultValue = "20971520")
    long maxFileBytes;

    public long maxBytes() {
        return maxBytes;
    }

    public long maxFileBytes() {
        return maxFileBytes;
    }

    /** Reads the text as it stands; saves nothing. */
    public Reading read(String rawText, LocalDate documentDate) {
        checkSize(rawText);
        return new DirectiveReader(knownBodies()).read(rawText, documentDate);
    }

    /** The bodies as the reader knows them, read from the table on every import so that edits apply at once. */
    public List<KnownBody> knownBodies() {
        return ResponsibleBody.listByName().stream()
                .map(b -> new KnownBody(b.code, b.name, b.nameEn, b.kind == null ? null : b.kind.code, b.aliasList(), b.areaList(), b.validFrom, b.validUntil, b.successorCode))
                .toList();
    }

    /** The directive already imported with this (normalised) text, if any. */
    public Optional<Directive> existing(String normalisedText) {
        return Directive.findByHash(Directive.hashOf(normalisedText));
    }

    /**
     * Saves the directive, its tasks and their assignments, and creates the bodies the text named that are not in
     * the list yet.
     *
     * @return the new directive's id
     * @throws ImportProblem when the draft does not hold together, or the text was imported before
     */
    public Long save(ImportDraft draft, String actor) {
        checkSize(draft.text());
        String hash = Directive.hashOf(draft.text());
        try {
            return QuarkusTransaction.requiringNew().call(() -> persist(draft, hash, actor));
        } catch (RuntimeException e) {
            if (UniqueViolation.in(e)) {
                // Another request saved the same text between our check and our insert.
                Optional<Long> other = QuarkusTransaction.requiringNew().call(() -> Directive.findByHash(hash).map(d -> d.id));
                if (other.isPresent()) {
                    throw ImportProblem.duplicateOf(other.get());
                }
            }
            throw e;
        }
    }

    private void checkSize(String text) {
        if (text == null || text.isBlank()) {
            throw new ImportProblem(ImportError.EMPTY);
        }
        if (text.length() > maxBytes || text.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            throw new ImportProblem(ImportError.TOO_LARGE);
        }
    }

    private static void validate(ImportDraft draft, Map<String, ResponsibleBody> known) {
        if (draft.tasks().isEmpty()) {
            throw new ImportProblem(ImportError.NO_TASKS);
        }
        String text = draft.text();
        for (DraftTask task : draft.tasks()) {
            if (task.start() < 0 || task.end() > text.length() || task.start() >= task.end()
                    || text.substring(task.start(), task.end()).isBlank()) {
                throw new ImportProblem(ImportError.BAD_OFFSETS);
            }
            if (task.end() - task.start() > MAX_TASK_LENGTH) {
                throw new ImportProblem(ImportError.TASK_TOO_LONG);
            }
            for (DraftOwner owner : task.owners()) {
                boolean ok = owner.code() != null ? known.containsKey(owner.code())
                        : owner.name() != null && !owner.name().isBlank() && owner.name().length() <= 300;
                if (!ok) {
                    throw new ImportProblem(ImportError.UNKNOWN_BODY);
                }
            }
        }
    }

    private static Long persist(ImportDraft draft, String hash, String actor) {
        Map<String, ResponsibleBody> byCode = ResponsibleBody.listByName().stream().collect(Collectors.toMap(b -> b.code, b -> b));
        validate(draft, byCode);
        Optional<Directive> before = Directive.findByHash(hash);
        if (before.isPresent()) {
            throw ImportProblem.duplicateOf(before.get().id);
        }
        Instant now = Instant.now();
        Directive directive = new Directive();
        directive.title = clip(titleOf(draft), 1000);
        directive.issuer = clip(draft.issuer(), 500);
        directive.number = clip(draft.number(), 100);
        directive.kind = clip(draft.kind(), 40);
        directive.documentDate = draft.documentDate();
        directive.originalText = draft.text();
        directive.contentHash = hash;
        directive.importedAt = now;
        directive.importedBy = actor;
        directive.persist();
        Directive.flush();

        Map<String, ResponsibleBody> created = new HashMap<>();
        List<Task> tasks = new ArrayList<>();
        int position = 1;
        for (DraftTask found : draft.tasks()) {
            Task task = new Task();
            task.directive = directive;
            task.position = position++;
            task.text = draft.text().substring(found.start(), found.end());
            task.section = clip(found.section(), 1000);
            task.startOffset = found.start();
            task.endOffset = found.end();
            task.deadline = found.deadline();
            task.deadlineText = clip(found.deadlineText(), 500);
            task.deadlineKind = found.deadlineKind();
            task.recurrence = clip(found.recurrence(), 100);
            task.refreshSearchText(List.of());
            task.persist();
            tasks.add(task);
            Set<Long> assigned = new HashSet<>();
            for (DraftOwner owner : leadsFirst(found.owners())) {
                ResponsibleBody body = owner.code() != null ? byCode.get(owner.code())
                        : created.computeIfAbsent(Folding.fold(owner.name()), k -> newBody(owner.name(), actor));
                if (assigned.add(body.id)) {
                    Assignment assignment = new Assignment();
                    assignment.task = task;
                    assignment.body = body;
                    assignment.role = owner.role() == null ? Role.LEAD : owner.role();
                    assignment.inferred = owner.inferred();
                    assignment.reason = clip(owner.reason(), 500);
                    assignment.updatedAt = now;
                    assignment.updatedBy = actor;
                    assignment.persist();
                    task.assignments.add(assignment);
                }
            }
        }
        Task.flush();
        TaskWords.write(tasks);
        AssignmentTally.refreshImported(directive.id);
        AuditEntry.record(actor, Directive.AUDIT_TYPE, directive.id, "import", null,
                directive.label() + " (" + draft.tasks().size() + ")");
        return directive.id;
    }

    private static List<DraftOwner> leadsFirst(List<DraftOwner> owners) {
        return owners.stream().sorted((a, b) -> Boolean.compare(a.role() == Role.SUPPORT, b.role() == Role.SUPPORT)).toList();
    }

    /** A body the text named that is not in the list: it joins the list as kind "other", for an administrator to complete. */
    private static ResponsibleBody newBody(String name, String actor) {
        String clean = name.strip();
        Optional<ResponsibleBody> same = ResponsibleBody.findByName(clean);
        if (same.isPresent()) {
            return same.get();
        }
        ResponsibleBody body = new ResponsibleBody();
        body.code = uniqueCode(clean);
        body.name = clip(clean, 300);
        body.kind = BodyKind.OTHER;
        body.persist();
        AuditEntry.record(actor, "body", body.id, "create", null, body.code + " " + body.name);
        return body;
    }

    /** Initials of the folded name ("Bộ Tư pháp" → "BTP"), numbered where the code is taken. */
    static String uniqueCode(String name) {
        String initials = Arrays.stream(Folding.fold(name).split(" ")).filter(w -> !w.isEmpty())
                .map(w -> w.substring(0, 1)).collect(Collectors.joining()).toUpperCase(Locale.ROOT);
        String base = initials.isEmpty() ? "BODY" : clip(initials, 30);
        String code = base;
        for (int n = 2; ResponsibleBody.findByCode(code).isPresent(); n++) {
            code = base + "-" + n;
        }
        return code;
    }

    private static String titleOf(ImportDraft draft) {
        if (draft.title() != null && !draft.title().isBlank()) {
            return draft.title().strip();
        }
        return draft.text().strip().lines().findFirst().orElse("").strip();
    }

    static String clip(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}
