package vn.dondoc.task;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.dondoc.body.ResponsibleBody;
import vn.dondoc.directive.Directive;

/** Creates committed directives, tasks and assignments with unique texts for HTTP tests. */
public final class TestAssignments {

    /** The ids of what {@link #create} made. */
    public record Created(long directiveId, long taskId, long assignmentId) {
    }

    private TestAssignments() {
    }

    /** A new directive with one task (the given text and deadline) assigned to the body. */
    public static Created create(String bodyCode, String text, LocalDate deadline, Role role, Status status) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Directive directive = new Directive();
            directive.title = "Thông báo kết luận " + UUID.randomUUID();
            directive.originalText = text;
            directive.contentHash = Directive.hashOf(directive.title);
            directive.importedAt = Instant.now();
            directive.persist();
            Task task = newTask(directive, text, deadline);
            Assignment assignment = assign(task, bodyCode, role, status);
            return new Created(directive.id, task.id, assignment.id);
        });
    }

    /** Gives an existing task to one more body. */
    public static long assign(long taskId, String bodyCode, Role role, Status status) {
        return QuarkusTransaction.requiringNew().call(() -> assign(Task.findById(taskId), bodyCode, role, status).id);
    }

    private static Task newTask(Directive directive, String text, LocalDate deadline) {
        Task task = new Task();
        task.directive = directive;
        task.position = 1;
        task.text = text;
        task.deadline = deadline;
        task.deadlineKind = deadline == null ? DeadlineKind.NONE : DeadlineKind.DATE;
        task.persist();
        return task;
    }

    private static Assignment assign(Task task, String bodyCode, Role role, Status status) {
        Assignment assignment = new Assignment();
        assignment.task = task;
        assignment.body = ResponsibleBody.findByCode(bodyCode).orElseThrow();
        assignment.role = role;
        assignment.status = status;
        assignment.doneOn = status == Status.DONE ? LocalDate.now() : null;
        assignment.updatedAt = Instant.now();
        assignment.persist();
        task.assignments.add(assignment);
        AssignmentTally.refresh(List.of(assignment.directiveId), List.of(assignment.body.id));
        return assignment;
    }
}
