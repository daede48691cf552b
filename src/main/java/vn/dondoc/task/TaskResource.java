package vn.dondoc.task;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import vn.dondoc.body.ResponsibleBody;
import vn.dondoc.directive.Directive;
import vn.dondoc.web.CurrentUser;
import vn.dondoc.web.Flash;

/** The task list with its filters, a task's page, and checking off an assignment. */
@Path("/tasks")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class TaskResource {

    static final int PAGE_SIZE = 50;
    static final int DIRECTIVE_CHOICES = 500;

    @Inject
    CurrentUser user;

    @Inject
    AssignmentUpdate update;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(TaskFilterParams params, TaskFilter.Parsed parsed, TaskPage page,
                List<ResponsibleBody> bodies, List<Directive> directives, List<Status> statuses, List<Progress> progresses);

        static native TemplateInstance detail(TaskDetail detail);
    }

    @GET
    public TemplateInstance list(@BeanParam TaskFilterParams params, @QueryParam("page") String page) {
        TaskFilter.Parsed parsed = params.parse();
        TaskPage result = Task.search(parsed.filter(), TaskPage.number(page), PAGE_SIZE);
        return Templates.list(params, parsed, result, ResponsibleBody.listByName(), Directive.latest(DIRECTIVE_CHOICES),
                List.of(Status.values()),
                List.of(Progress.WITHIN_DEADLINE, Progress.OVERDUE, Progress.DONE_ON_TIME, Progress.DONE_LATE));
    }

    @GET
    @Path("/{id}")
    public TemplateInstance detail(@RestPath long id) {
        Task task = Task.findWithDirective(id).orElseThrow(NotFoundException::new);
        return Templates.detail(TaskDetail.of(task, user, null, null));
    }

    @POST
    @Path("/{taskId}/assignments/{assignmentId}/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeStatus(@RestPath long taskId, @RestPath long assignmentId, @RestForm String status,
            @RestForm String note, @RestForm String version) {
        AssignmentUpdate.Result result;
        try {
            result = update.apply(taskId, assignmentId, status, note, version);
        } catch (RuntimeException e) {
            if (!AssignmentUpdate.isConcurrentChange(e)) {
                throw e;
            }
            result = new AssignmentUpdate.Result(AssignmentUpdate.Outcome.STALE, Map.of());
        }
        if (result.outcome() == AssignmentUpdate.Outcome.SAVED) {
            return Flash.seeOther("/tasks/" + taskId, "task_detail_saved");
        }
        // The page is shown again from what is saved now, with the user's own values in the form.
        Task task = Task.findWithDirective(taskId).orElseThrow(NotFoundException::new);
        Assignment current = Assignment.findOfTask(taskId, assignmentId).orElseThrow(NotFoundException::new);
        boolean stale = result.outcome() == AssignmentUpdate.Outcome.STALE;
        long shownVersion = stale ? current.version : parseOr(version, current.version);
        StatusForm form = new StatusForm(status, note == null ? "" : note, shownVersion, result.errors(), stale);
        return Response.status(stale ? 409 : 400).entity(Templates.detail(TaskDetail.of(task, user, assignmentId, form)))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    private static long parseOr(String value, long fallback) {
        try {
            return Long.parseLong(value.trim());
        } catch (RuntimeException e) {
            return fallback;
        }
    }
}
