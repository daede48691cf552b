package vn.dondoc.task;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import vn.dondoc.audit.AuditEntry;
import vn.dondoc.web.CurrentUser;
import vn.dondoc.web.Flash;
import vn.dondoc.web.FieldErrors;
import vn.dondoc.web.Forms;

/**
 * Progress notes on an assignment: what was done, or what holds it up. Staff write on their own body's
 * assignments, clerks on any. The newest note is also the assignment's latest note in the task list.
 */
@Path("/tasks/{taskId}/assignments/{assignmentId}/notes")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class AssignmentNoteResource {

    @Inject
    CurrentUser currentUser;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(Assignment assignment, String kind, String text, FieldErrors errors);
    }

    /** The note form on a page of its own, for a phone or after a failed post. */
    @GET
    public TemplateInstance form(@RestPath long taskId, @RestPath long assignmentId) {
        return Templates.form(mayWrite(taskId, assignmentId), AssignmentNote.Kind.PROGRESS.name(), "", new FieldErrors());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response add(@RestPath long taskId, @RestPath long assignmentId, @RestForm String kind, @RestForm String text) {
        Assignment assignment = mayWrite(taskId, assignmentId);
        String words = text == null ? "" : text.strip();
        AssignmentNote.Kind noteKind = "OBSTACLE".equals(kind) ? AssignmentNote.Kind.OBSTACLE : AssignmentNote.Kind.PROGRESS;
        FieldErrors errors = new FieldErrors();
        if (words.isEmpty()) {
            errors.put("note-text", "notes_error_missing");
        } else if (words.length() > AssignmentNote.MAX_LENGTH) {
            errors.put("note-text", "notes_error_long");
        }
        if (!errors.isEmpty()) {
            return Forms.again(400, Templates.form(assignment, noteKind.name(), words, errors));
        }
        AssignmentNote note = new AssignmentNote();
        note.assignment = assignment;
        note.writtenAt = Instant.now();
        note.writtenBy = currentUser.getName();
        note.kind = noteKind;
        note.text = words;
        note.persist();
        String before = assignment.latestNote;
        assignment.latestNote = words;
        assignment.updatedAt = note.writtenAt;
        assignment.updatedBy = note.writtenBy;
        AuditEntry.record(currentUser.getName(), "assignment", assignment.id, "note", before, noteKind + ": " + words);
        TaskSearchText.refresh(assignment.task);
        return Flash.seeOther("/tasks/" + taskId + "#notes", "notes_flash_added");
    }

    private Assignment mayWrite(long taskId, long assignmentId) {
        Assignment assignment = Assignment.findOfTask(taskId, assignmentId).orElseThrow(NotFoundException::new);
        if (!currentUser.mayUpdateBody(assignment.body.id)) {
            throw new ForbiddenException();
        }
        return assignment;
    }
}
