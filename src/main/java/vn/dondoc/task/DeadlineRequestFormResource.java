package vn.dondoc.task;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import vn.dondoc.web.CurrentUser;
import vn.dondoc.web.Flash;
import vn.dondoc.web.Forms;
import vn.dondoc.web.OfficeClock;
import vn.dondoc.web.TypedDate;
import vn.dondoc.web.FieldErrors;

/**
 * Asking for a new deadline for one assignment (đề nghị điều chỉnh thời hạn), with a reason: its body's staff, or a
 * clerk on the body's behalf. One request may wait at a time; {@link DeadlineRequestResource} decides them.
 */
@Authenticated
@Produces(MediaType.TEXT_HTML)
@Path("/tasks/{taskId}/assignments/{assignmentId}/deadline-request")
public class DeadlineRequestFormResource {

    @Inject
    CurrentUser user;

    /** The request form with what the user typed. */
    public record RequestForm(String deadline, String reason, FieldErrors errors) {
        static RequestForm empty() {
            return new RequestForm("", "", new FieldErrors());
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(Assignment assignment, DeadlineRequest pending, RequestForm form);
    }

    @GET
    public TemplateInstance form(@RestPath long taskId, @RestPath long assignmentId) {
        Assignment assignment = mayRequest(taskId, assignmentId);
        return Templates.form(assignment, DeadlineRequest.pendingOf(assignment).orElse(null), RequestForm.empty());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response request(@RestPath long taskId, @RestPath long assignmentId, @RestForm String deadline, @RestForm String reason) {
        Assignment assignment = mayRequest(taskId, assignmentId);
        // The row lock makes a second request sent at the same moment wait and then find this one pending.
        Assignment.getEntityManager().lock(assignment, LockModeType.PESSIMISTIC_WRITE);
        DeadlineRequest pending = DeadlineRequest.pendingOf(assignment).orElse(null);
        String words = reason == null ? "" : reason.strip();
        String typed = deadline == null ? "" : deadline.strip();
        if (pending != null) {
            return Forms.again(409, Templates.form(assignment, pending, new RequestForm(typed, words, new FieldErrors())));
        }
        FieldErrors errors = new FieldErrors();
        LocalDate day = null;
        if (!assignment.status.open()) {
            errors.put("deadline", "deadline_request_error_done");
        } else if (assignment.deadline == null) {
            errors.put("deadline", "deadline_request_error_no_deadline");
        } else if (typed.isEmpty()) {
            errors.put("deadline", "deadline_request_error_deadline_missing");
        } else {
            day = TypedDate.read(typed, "deadline", "deadline_request_error_deadline_format", errors);
            if (day != null && day.isBefore(OfficeClock.today())) {
                errors.put("deadline", "deadline_request_error_past");
            } else if (day != null && day.equals(assignment.deadline)) {
                errors.put("deadline", "deadline_request_error_same");
            }
        }
        if (words.isEmpty()) {
            errors.put("reason", "deadline_request_error_reason_missing");
        } else if (words.length() > DeadlineRequest.MAX_REASON) {
            errors.put("reason", "deadline_request_error_reason_long");
        }
        if (!errors.isEmpty()) {
            return Forms.again(400, Templates.form(assignment, null, new RequestForm(typed, words, errors)));
        }
        DeadlineRequest.file(assignment, day, words, user.getName());
        return Flash.seeOther("/tasks/" + taskId + "#owner-" + assignmentId, "deadline_request_flash_sent");
    }

    private Assignment mayRequest(long taskId, long assignmentId) {
        Assignment assignment = Assignment.findOfTask(taskId, assignmentId).orElseThrow(NotFoundException::new);
        if (!user.mayUpdateBody(assignment.body.id) || !assignment.task.isInForce()) {
            throw new ForbiddenException();
        }
        return assignment;
    }
}
