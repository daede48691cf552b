package vn.dondoc.task;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import vn.dondoc.body.ResponsibleBody;
import vn.dondoc.directive.Directive;
import vn.dondoc.web.CurrentUser;
import vn.dondoc.web.OfficeClock;

/**
 * The start page: body staff see their body's unfinished assignments, soonest deadline first; clerks,
 * administrators and viewers see the overall figures and the latest directives; clerks also the reports of
 * completion waiting for their confirmation, staff how many of their body's wait.
 */
@Path("/")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class StartResource {

    static final int OPEN_SHOWN = 20;
    static final int DIRECTIVES_SHOWN = 5;
    static final int REQUESTS_SHOWN = 5;
    /** Reports awaiting confirmation listed on a clerk's start page, oldest first; the count says how many in all. */
    static final int WAITING_SHOWN = 5;

    @Inject
    CurrentUser user;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance start(ResponsibleBody body, List<TaskRow> open, ProgressCounts counts,
                List<Directive> latest, DuePanel due, RequestPanel requests, List<Assignment> waiting);
    }

    /** The deadline requests waiting for the clerk: the oldest few and how many there are. */
    public record RequestPanel(List<DeadlineRequest> oldest, long count) {

        static RequestPanel of(Long bodyId) {
            return new RequestPanel(DeadlineRequest.pending(bodyId, REQUESTS_SHOWN), DeadlineRequest.countPending(bodyId));
        }
    }

    @GET
    public TemplateInstance start() {
        LocalDate today = OfficeClock.today();
        ResponsibleBody body = user.getBodyId() == null ? null : ResponsibleBody.findById(user.getBodyId());
        if (body != null && !user.isClerk()) {
            // Each row stands for the body's own assignment, its status and deadline against that assignment's.
            List<TaskRow> open = Assignment.openOf(body.id, OPEN_SHOWN).stream()
                    .map(a -> new TaskRow(a.task, List.of(a), today, a)).toList();
            return Templates.start(body, open, Assignment.countsOf(body, today), List.of(), DuePanel.of(body, today),
                    RequestPanel.of(body.id), List.of());
        }
        List<Assignment> waiting = user.isClerk() ? Assignment.reportedOf(WAITING_SHOWN) : List.of();
        return Templates.start(null, List.of(), Assignment.countsOfAll(today), Directive.latest(DIRECTIVES_SHOWN), null,
                user.isStaff() && !user.isClerk() ? new RequestPanel(List.of(), 0) : RequestPanel.of(null), waiting);
    }
}
