package vn.dondoc.task;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.StaleStateException;
import vn.dondoc.audit.AuditEntry;
import vn.dondoc.web.CurrentUser;

/**
 * Checking off an assignment: the new status, the day it was done, the note, a line in its history and in the
 * audit trail, all in one transaction. A change made from an out-of-date page is refused rather than
 * written over what somebody else saved in the meantime.
 */
@ApplicationScoped
public class AssignmentUpdate {

    public static final int MAX_NOTE = 2000;

    public enum Outcome { SAVED, INVALID, STALE }

    /** What came of a change; for INVALID, each wrong field with the message key of its error. */
    public record Result(Outcome outcome, Map<String, String> errors) {
    }

    @Inject
    CurrentUser user;

    /**
     * Applies a status change seen by the user at {@code version}.
     *
     * @throws NotFoundException  no such assignment of that task
     * @throws ForbiddenException the user may not change that body's assignments
     * @throws OptimisticLockException somebody else's change was committed while this one was being written
     */
    @Transactional
    public Result apply(long taskId, long assignmentId, String status, String note, String version) {
        Assignment assignment = Assignment.findOfTask(taskId, assignmentId).orElseThrow(NotFoundException::new);
        if (!user.mayUpdateBody(assignment.body.id)) {
            throw new ForbiddenException();
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Status newStatus = null;
        try {
            newStatus = status == null ? null : Status.valueOf(status.trim());
        } catch (IllegalArgumentException e) {
            newStatus = null;
        }
        if (newStatus == null) {
            errors.put("status", "task_status_error_status");
        }
        String newNote = note == null || note.isBlank() ? null : note.strip();
        if (newNote != null && newNote.length() > MAX_NOTE) {
            errors.put("note", "task_status_error_note");
        }
        Long seen = parseVersion(version);
        if (seen == null) {
            errors.put("status", "task_status_error_version");
        }
        if (!errors.isEmpty()) {
            return new Result(Outcome.INVALID, errors);
        }
        if (seen != assignment.version) {
            return new Result(Outcome.STALE, Map.of());
        }
        Status before = assignment.status;
        String beforeText = describe(assignment.status, assignment.latestNote);
        assignment.status = newStatus;
        if (newStatus != Status.DONE) {
            assignment.doneOn = null;
        } else if (before != Status.DONE || assignment.doneOn == null) {
            assignment.doneOn = Progress.today();
        }
        if (newNote != null) {
            assignment.latestNote = newNote;
        }
        assignment.updatedAt = Instant.now();
        assignment.updatedBy = user.getName();

        StatusChange change = new StatusChange();
        change.assignment = assignment;
        change.changedAt = assignment.updatedAt;
        change.changedBy = user.getName();
        change.fromStatus = before;
        change.toStatus = newStatus;
        change.note = newNote;
        change.persist();
        AuditEntry.record(user.getName(), "assignment", assignment.id, "status", beforeText,
                describe(assignment.status, assignment.latestNote));
        if (newNote != null) {
            TaskSearchText.refresh(assignment.task);
        }
        // Writing now, inside the method, lets a concurrent change surface here as an OptimisticLockException.
        Assignment.flush();
        AssignmentTally.refresh(List.of(assignment.directiveId), List.of(assignment.body.id));
        return new Result(Outcome.SAVED, Map.of());
    }

    /** Whether a failure means that another change was committed first. */
    public static boolean isConcurrentChange(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return true;
            }
        }
        return false;
    }


    private static String describe(Status status, String note) {
        return status + (note == null ? "" : "; " + note);
    }

    private static Long parseVersion(String version) {
        try {
            return version == null ? null : Long.valueOf(version.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
