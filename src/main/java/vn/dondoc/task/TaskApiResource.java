package vn.dondoc.task;

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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestPath;

/** The task list, a task, and checking off an assignment, as JSON for other programs (HTTP Basic). */
@Path("/api/tasks")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class TaskApiResource {

    static final int MAX_SIZE = 200;

    @Inject
    AssignmentUpdate update;

    public record DirectiveRef(long id, String title) {
    }

    public record OwnerJson(long assignmentId, String code, String name, String role, boolean inferred, String reason,
            String status, LocalDate doneOn, String progress, String latestNote, String updatedBy, String updatedAt,
            long version) {

        static OwnerJson of(Assignment a, LocalDate today) {
            return new OwnerJson(a.id, a.body.code, a.body.name, a.role.name(), a.inferred, a.reason, a.status.name(),
                    a.doneOn, a.progress(today).name(), a.latestNote, a.updatedBy,
                    a.updatedAt == null ? null : a.updatedAt.toString(), a.version);
        }
    }

    public record TaskJson(long id, String text, String section, Integer start, Integer end, LocalDate deadline,
            String deadlineText, String deadlineKind, DirectiveRef directive, List<OwnerJson> owners, String status,
            String progress, long done, long total) {

        static TaskJson of(TaskRow row) {
            Task t = row.task();
            return new TaskJson(t.id, t.text, t.section, t.startOffset, t.endOffset, t.deadline, t.deadlineText,
                    t.deadlineKind.name(), new DirectiveRef(t.directive.id, t.directive.title),
                    row.owners().stream().map(a -> OwnerJson.of(a, row.today())).toList(), row.status().name(),
                    row.progress().name(), row.done(), row.total());
        }
    }

    public record PageJson(long total, int page, int size, List<TaskJson> tasks) {
    }

    public record StatusChangeJson(String status, String note, Long version) {
    }

    @GET
    public Response list(@BeanParam TaskFilterParams params, @QueryParam("page") String page, @QueryParam("size") String size) {
        TaskFilter.Parsed parsed = params.parse();
        Integer pageSize = number(size, TaskResource.PAGE_SIZE);
        Integer pageNumber = number(page, 1);
        if (!parsed.valid() || pageSize == null || pageSize < 1 || pageSize > MAX_SIZE || pageNumber == null || pageNumber < 1) {
            return Response.status(400).entity(Map.of("error", "bad_filter", "fields", parsed.errors())).build();
        }
        TaskPage result = Task.search(parsed.filter(), Math.min(pageNumber, 1_000_000), pageSize);
        return Response.ok(new PageJson(result.total(), result.page(), result.size(),
                result.rows().stream().map(TaskJson::of).toList())).build();
    }

    @GET
    @Path("/{id}")
    public TaskJson get(@RestPath long id) {
        Task task = Task.findWithDirective(id).orElseThrow(NotFoundException::new);
        return TaskJson.of(Task.rows(List.of(task), Progress.today()).get(0));
    }

    @POST
    @Path("/{taskId}/assignments/{assignmentId}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changeStatus(@RestPath long taskId, @RestPath long assignmentId, StatusChangeJson change) {
        if (change == null) {
            return Response.status(400).entity(Map.of("error", "bad_request")).build();
        }
        AssignmentUpdate.Result result;
        try {
            result = update.apply(taskId, assignmentId, change.status(), change.note(),
                    change.version() == null ? null : change.version().toString());
        } catch (RuntimeException e) {
            if (!AssignmentUpdate.isConcurrentChange(e)) {
                throw e;
            }
            result = new AssignmentUpdate.Result(AssignmentUpdate.Outcome.STALE, Map.of());
        }
        Assignment current = Assignment.findOfTask(taskId, assignmentId).orElseThrow(NotFoundException::new);
        OwnerJson owner = OwnerJson.of(current, Progress.today());
        return switch (result.outcome()) {
            case SAVED -> Response.ok(owner).build();
            case INVALID -> Response.status(400).entity(Map.of("error", "invalid", "fields", result.errors())).build();
            case STALE -> Response.status(409).entity(Map.of("error", "stale", "current", owner)).build();
        };
    }

    private static Integer number(String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
