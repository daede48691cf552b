package vn.dondoc.task;

import io.quarkus.security.Authenticated;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
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
import vn.dondoc.web.AppRole;
import vn.dondoc.web.FieldErrors;
import vn.dondoc.web.OfficeClock;

/** The task list, a task, and checking off an assignment, as JSON for other programs (HTTP Basic). */
@Path("/api/tasks")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class TaskApiResource {

    static final int MAX_SIZE = 200;

    @Inject
    AssignmentUpdate update;

    @Inject
    TaskCorrections corrections;

    @Inject
    SecurityIdentity identity;

    public record DirectiveRef(long id, String number, String title, boolean withdrawn) {
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

    public record TaskJson(long id, long version, String text, String section, Integer start, Integer end, LocalDate deadline,
            String deadlineText, String deadlineKind, String recurrence, DirectiveRef directive, List<OwnerJson> owners,
            String status, String progress, long done, long total) {

        static TaskJson of(TaskRow row) {
            Task t = row.task();
            return new TaskJson(t.id, t.version, t.text, t.section, t.startOffset, t.endOffset, t.deadline, t.deadlineText,
                    t.deadlineKind.name(), t.recurrence,
                    new DirectiveRef(t.directive.id, t.directive.number, t.directive.title, t.directive.isWithdrawn()),
                    row.owners().stream().map(a -> OwnerJson.of(a, row.today())).toList(), row.status().name(),
                    row.progress().name(), row.done(), row.total());
        }

        static TaskJson of(long id) {
            Task task = Task.findWithDirective(id).filter(t -> !t.isRemoved()).orElseThrow(NotFoundException::new);
            return of(Task.rows(List.of(task), OfficeClock.today()).get(0));
        }
    }

    /** A page of tasks; {@code total} counts at most {@link TaskPage#COUNT_LIMIT}, and {@code totalCapped} says there are more. */
    public record PageJson(long total, boolean totalCapped, int page, int size, List<TaskJson> tasks) {
    }

    /**
     * A status change; with "done", {@code result} is what was done (the note stands for it when left out), and
     * {@code answerNumber} and {@code answerDate} (dd/mm/yyyy or ISO) name the answering document.
     */
    public record StatusChangeJson(String status, String note, Long version, String result, String answerNumber, String answerDate) {
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
        return Response.ok(new PageJson(result.total(), result.capped(), result.page(), result.size(),
                result.rows().stream().map(TaskJson::of).toList())).build();
    }

    /** A task as it stands; a removed task is gone (404) for programs. */
    @GET
    @Path("/{id}")
    public TaskJson get(@RestPath long id) {
        return TaskJson.of(id);
    }

    /**
     * Corrects a task: {@code {"version", "text"?, "section"?, "deadline"? (ISO, or null for none), "deadlineKind"?,
     * "recurrence"?, "owners"? [{"code", "role"}]}}; what is left out stays. 200 with the task, 400 with each wrong
     * field, 409 with the task as it is when the version is out of date.
     */
    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({AppRole.ADMIN_ROLE, AppRole.CLERK_ROLE})
    public Response correct(@RestPath long id, JsonNode body) {
        if (body == null || !body.isObject()) {
            return Response.status(400).entity(Map.of("error", "bad_request")).build();
        }
        TaskPatch patch = TaskPatch.read(body);
        Correction result = Correction.attempt(() -> corrections.correct(id, patch.change(), patch.errors(), identity.getPrincipal().getName()));
        return result.json(() -> TaskJson.of(id));
    }

    /** Removes a task from lists and reports (it is kept for the record): 204, or 404 when there is no such task standing. */
    @DELETE
    @Path("/{id}")
    @RolesAllowed({AppRole.ADMIN_ROLE, AppRole.CLERK_ROLE})
    public Response remove(@RestPath long id) {
        Correction result = Correction.attempt(() -> corrections.remove(id, null, null, identity.getPrincipal().getName()));
        if (!result.saved()) {
            throw new NotFoundException();
        }
        return Response.noContent().build();
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
            AssignmentUpdate.Report report = change.result() == null && change.answerNumber() == null && change.answerDate() == null
                    ? null : new AssignmentUpdate.Report(change.result(), change.answerNumber(), change.answerDate(), List.of());
            result = update.apply(taskId, assignmentId, change.status(), change.note(),
                    change.version() == null ? null : change.version().toString(), report);
        } catch (RuntimeException e) {
            if (!AssignmentUpdate.isConcurrentChange(e)) {
                throw e;
            }
            result = new AssignmentUpdate.Result(AssignmentUpdate.Outcome.STALE, new FieldErrors());
        }
        Assignment current = Assignment.findOfTask(taskId, assignmentId).orElseThrow(NotFoundException::new);
        OwnerJson owner = OwnerJson.of(current, OfficeClock.today());
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
