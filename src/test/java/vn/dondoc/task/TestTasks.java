package vn.dondoc.task;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.dondoc.body.ResponsibleBody;
import vn.dondoc.directive.Directive;
import vn.dondoc.web.OfficeClock;

/**
 * Creates committed directives with tasks and assignments for HTTP tests, each with a unique title and text.
 *
 * <pre>
 * TestTasks.Created d = TestTasks.directive("Kết luận X")
 *         .task("Rà soát quy hoạch cán bộ", OfficeClock.today().minusDays(3), "BTCTW", "VPTW")  // lead, then support
 *         .task("Báo cáo kết quả", null, "BNCTW")
 *         .done(0, "VPTW", OfficeClock.today())                                              // task 0, body VPTW
 *         .create();
 * d.taskId(0); d.assignmentId(0, "BTCTW"); d.directiveId(); d.title();
 * </pre>
 */
public final class TestTasks {

    private TestTasks() {
    }

    /** A directive whose title starts with the given words and ends with a unique marker. */
    public static Builder directive(String title) {
        return new Builder(title + " " + UUID.randomUUID().toString().substring(0, 8));
    }

    /** A directive with {@code count} tasks, all with the same deadline and owners (first code leads). */
    public static Created create(int count, LocalDate deadline, String... bodyCodes) {
        Builder builder = directive("Văn bản thử");
        for (int i = 0; i < count; i++) {
            builder.task("Nhiệm vụ thử số " + (i + 1), deadline, bodyCodes);
        }
        return builder.create();
    }

    /** What {@link #one} made: a directive of its own, its one task and that task's one assignment. */
    public record One(long directiveId, long taskId, long assignmentId) {
    }

    /**
     * A directive of its own with one task (the given text and deadline) given to one body in the given part and
     * status; done work is done today.
     */
    public static One one(String bodyCode, String text, LocalDate deadline, Role role, Status status) {
        Builder builder = directive("Thông báo kết luận").task(text, deadline, bodyCode).role(0, bodyCode, role);
        if (status == Status.DONE) {
            builder.done(0, bodyCode, OfficeClock.today());
        } else {
            builder.status(0, bodyCode, status);
        }
        Created created = builder.create();
        return new One(created.directiveId(), created.taskId(0), created.assignmentId(0, bodyCode));
    }

    /** Gives an existing task to one more body; done work is done today. */
    public static long assign(long taskId, String bodyCode, Role role, Status status) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Task task = Task.findById(taskId);
            Assignment assignment = new Assignment();
            assignment.task = task;
            assignment.body = ResponsibleBody.findByCode(bodyCode).orElseThrow();
            assignment.role = role;
            assignment.status = status;
            assignment.doneOn = status == Status.DONE ? OfficeClock.today() : null;
            assignment.updatedAt = Instant.now();
            assignment.persist();
            task.assignments.add(assignment);
            AssignmentTally.refresh(List.of(assignment.directiveId), List.of(assignment.body.id));
            return assignment.id;
        });
    }

    /** The ids of what was created, by task index (from 0) and body code. */
    public record Created(long directiveId, String title, List<Long> taskIds, List<Map<String, Long>> assignmentIds) {

        public long taskId(int index) {
            return taskIds.get(index);
        }

        public long assignmentId(int taskIndex, String bodyCode) {
            Long id = assignmentIds.get(taskIndex).get(bodyCode);
            if (id == null) {
                throw new IllegalArgumentException("task " + taskIndex + " has no assignment to " + bodyCode);
            }
            return id;
        }
    }

    public static final class Builder {
        private final String title;
        private final List<Spec> specs = new ArrayList<>();

        private Builder(String title) {
            this.title = title;
        }

        /** A task; the first body code leads (chủ trì), the others support (phối hợp). */
        public Builder task(String text, LocalDate deadline, String... bodyCodes) {
            Spec spec = new Spec(text, deadline);
            for (int i = 0; i < bodyCodes.length; i++) {
                spec.owners.put(bodyCodes[i], new Owner(i == 0 ? Role.LEAD : Role.SUPPORT));
            }
            specs.add(spec);
            return this;
        }

        /** Sets the last task's section heading. */
        public Builder section(String section) {
            specs.get(specs.size() - 1).section = section;
            return this;
        }

        /** Sets the last task's deadline words and kind. */
        public Builder deadlineText(String words, DeadlineKind kind) {
            Spec spec = specs.get(specs.size() - 1);
            spec.deadlineText = words;
            spec.kind = kind;
            return this;
        }

        /** Sets when the last task was made (a report for a past day counts only the tasks that existed then). */
        public Builder created(Instant at) {
            specs.get(specs.size() - 1).createdAt = at;
            return this;
        }

        /** Marks the owner inferred from its areas of work, with the reason. */
        public Builder inferred(int taskIndex, String bodyCode, String reason) {
            Owner owner = owner(taskIndex, bodyCode);
            owner.inferred = true;
            owner.reason = reason;
            return this;
        }

        /** Gives the owner another part than its place in {@link #task} gave it. */
        public Builder role(int taskIndex, String bodyCode, Role role) {
            owner(taskIndex, bodyCode).role = role;
            return this;
        }

        public Builder status(int taskIndex, String bodyCode, Status status) {
            owner(taskIndex, bodyCode).status = status;
            return this;
        }

        public Builder done(int taskIndex, String bodyCode, LocalDate doneOn) {
            Owner owner = owner(taskIndex, bodyCode);
            owner.status = Status.DONE;
            owner.doneOn = doneOn;
            return this;
        }

        /** Saves the directive, its tasks and assignments in a transaction of their own. */
        public Created create() {
            return QuarkusTransaction.requiringNew().call(this::persist);
        }

        /** Saves them in the caller's transaction: a {@code @TestTransaction} test rolls them back when it ends. */
        public Created save() {
            return persist();
        }

        private Owner owner(int taskIndex, String bodyCode) {
            Owner owner = specs.get(taskIndex).owners.get(bodyCode);
            if (owner == null) {
                throw new IllegalArgumentException("task " + taskIndex + " has no owner " + bodyCode);
            }
            return owner;
        }

        private Created persist() {
            StringBuilder text = new StringBuilder(title).append("\n");
            List<int[]> offsets = new ArrayList<>();
            for (Spec spec : specs) {
                if (spec.section != null) {
                    text.append(spec.section).append("\n");
                }
                text.append("Mở đầu đoạn. ");
                int start = text.length();
                text.append(spec.text);
                offsets.add(new int[] {start, text.length()});
                text.append(" Hết đoạn.\n");
            }
            Directive directive = new Directive();
            directive.title = title;
            directive.issuer = "Ban Bí thư";
            directive.documentDate = OfficeClock.today();
            directive.originalText = text.toString();
            directive.contentHash = Directive.hashOf(text.toString());
            directive.importedAt = Instant.now();
            directive.importedBy = "test";
            directive.persist();

            List<Long> taskIds = new ArrayList<>();
            List<Task> tasks = new ArrayList<>();
            List<Map<String, Long>> assignmentIds = new ArrayList<>();
            for (int i = 0; i < specs.size(); i++) {
                Spec spec = specs.get(i);
                Task task = new Task();
                task.directive = directive;
                task.position = i + 1;
                task.text = spec.text;
                task.section = spec.section;
                task.startOffset = offsets.get(i)[0];
                task.endOffset = offsets.get(i)[1];
                task.deadline = spec.deadline;
                task.deadlineText = spec.deadlineText;
                task.deadlineKind = spec.kind != null ? spec.kind : spec.deadline != null ? DeadlineKind.DATE : DeadlineKind.NONE;
                task.createdAt = spec.createdAt;
                task.persist();
                tasks.add(task);
                taskIds.add(task.id);
                Map<String, Long> ids = new LinkedHashMap<>();
                for (Map.Entry<String, Owner> entry : spec.owners.entrySet()) {
                    Owner owner = entry.getValue();
                    Assignment assignment = new Assignment();
                    assignment.task = task;
                    assignment.body = ResponsibleBody.findByCode(entry.getKey())
                            .orElseThrow(() -> new IllegalArgumentException("no body " + entry.getKey()));
                    assignment.role = owner.role;
                    assignment.status = owner.status;
                    assignment.doneOn = owner.doneOn;
                    assignment.inferred = owner.inferred;
                    assignment.reason = owner.reason;
                    assignment.updatedAt = Instant.now();
                    assignment.persist();
                    ids.put(entry.getKey(), assignment.id);
                }
                assignmentIds.add(ids);
            }
            Task.flush();
            TaskWords.write(tasks);
            AssignmentTally.refreshDirective(directive.id);
            return new Created(directive.id, title, List.copyOf(taskIds), List.copyOf(assignmentIds));
        }
    }

    private static final class Spec {
        final String text;
        final LocalDate deadline;
        final Map<String, Owner> owners = new LinkedHashMap<>();
        String section;
        String deadlineText;
        DeadlineKind kind;
        Instant createdAt;

        Spec(String text, LocalDate deadline) {
            this.text = text;
            this.deadline = deadline;
        }
    }

    private static final class Owner {
        Role role;
        Status status = Status.NOT_STARTED;
        LocalDate doneOn;
        boolean inferred;
        String reason;

        Owner(Role role) {
            this.role = role;
        }
    }
}
