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
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import vn.dondoc.web.CurrentUser;
import vn.dondoc.web.Flash;
import vn.dondoc.web.Forms;
import vn.dondoc.web.FieldErrors;

/**
 * Requests to adjust an assignment's deadline: its body's staff (or a clerk on its behalf) ask, with a reason;
 * clerks and administrators approve or refuse, with a reason when they refuse. The list of requests is read by
 * clerks, administrators and viewers (every body's) and by staff (their own body's only).
 */
@Authenticated
@Produces(MediaType.TEXT_HTML)
@Path("/deadline-requests")
public class DeadlineRequestResource {

    /** How many pending requests the list shows; the oldest first. */
    static final int LISTED = 500;

    @Inject
    CurrentUser user;

    /** The list, and after a refused decision the request it was about with its errors and the typed reason. */
    public record ListPage(List<DeadlineRequest> pending, long total, boolean mayDecide, Long failedId, String reason,
            FieldErrors errors, String notice) {

        public boolean failed(DeadlineRequest request) {
            return request.id.equals(failedId);
        }

        /** The message key of the error on this request's reason field, or null. */
        public String error(DeadlineRequest request) {
            return errors.get("reason-" + request.id);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ListPage page);
    }

    @GET
    public TemplateInstance list() {
        return Templates.list(listPage(null, "", new FieldErrors(), null));
    }

    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response approve(@RestPath long id, @RestForm String reason) {
        DeadlineRequest request = mayDecide(id);
        if (!request.pending()) {
            return decidedBefore();
        }
        if (!request.assignment.status.open()) {
            // reported or done since it was asked: a later deadline would make late work count as on time
            return Forms.again(409, Templates.list(listPage(null, "", new FieldErrors(), "deadline_request_error_done")));
        }
        String note = Forms.blankToNull(reason);
        if (note != null && note.length() > DeadlineRequest.MAX_REASON) {
            return Forms.again(400, Templates.list(listPage(id, note, FieldErrors.of("reason-" + id, "deadline_request_error_reason_long"), null)));
        }
        request.approve(user.getName(), note);
        return Flash.seeOther("/deadline-requests", "deadline_request_flash_approved");
    }

    @POST
    @Path("{id}/refuse")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response refuse(@RestPath long id, @RestForm String reason) {
        DeadlineRequest request = mayDecide(id);
        if (!request.pending()) {
            return decidedBefore();
        }
        String why = reason == null ? "" : reason.strip();
        String error = why.isEmpty() ? "deadline_request_error_refusal_missing"
                : why.length() > DeadlineRequest.MAX_REASON ? "deadline_request_error_reason_long" : null;
        if (error != null) {
            return Forms.again(400, Templates.list(listPage(id, why, FieldErrors.of("reason-" + id, error), null)));
        }
        request.refuse(user.getName(), why);
        return Flash.seeOther("/deadline-requests", "deadline_request_flash_refused");
    }

    /** Somebody else decided the request after the page was opened: the list as it is now, saying so. */
    private Response decidedBefore() {
        return Forms.again(409, Templates.list(listPage(null, "", new FieldErrors(), "deadline_request_error_decided")));
    }

    private ListPage listPage(Long failedId, String reason, FieldErrors errors, String notice) {
        Long body = user.isClerk() || !user.isStaff() ? null : user.getBodyId();
        if (user.isStaff() && !user.isClerk() && body == null) {
            return new ListPage(List.of(), 0, false, null, "", new FieldErrors(), notice);
        }
        return new ListPage(DeadlineRequest.pending(body, LISTED), DeadlineRequest.countPending(body), user.isClerk(), failedId,
                reason, errors, notice);
    }

    private DeadlineRequest mayDecide(long id) {
        if (!user.isClerk()) {
            throw new ForbiddenException();
        }
        DeadlineRequest request = DeadlineRequest.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (request == null) {
            throw new NotFoundException();
        }
        return request;
    }
}
