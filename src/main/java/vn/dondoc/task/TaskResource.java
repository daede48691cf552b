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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import jakarta.annotation.security.RolesAllowed;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import vn.dondoc.body.ResponsibleBody;
import vn.dondoc.directive.Directive;
import vn.dondoc.web.AppRole;
import vn.dondoc.web.CurrentUser;
import vn.dondoc.web.Flash;
import vn.dondoc.web.FieldErrors;

/** The task list with its filters, a task's page, checking off an assignment, and reporting and confirming its result. */
@Path("/tasks")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class TaskResource {

    static final int PAGE_SIZE = 50;
    /** The page sizes the list offers. */
    static final List<Integer> PAGE_SIZES = List.of(25, 50, 100, 200);
    /** The newest directives the filter offers; older ones are picked from their own page, which links to the list. */
    static final int DIRECTIVE_CHOICES = 30;

    @Inject
    CurrentUser user;

    @Inject
    AssignmentUpdate update;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(TaskListPage list);

        static native TemplateInstance detail(TaskDetail detail);
    }

    /**
     * The list. Staff who open it without any filter land on their own body's tasks; "every body" is an empty
     * {@code body=}. A filter that cannot be read shows what is wrong and no tasks, rather than all of them.
     */
    @GET
    public Response list(@BeanParam TaskFilterParams params, @QueryParam("page") String page, @QueryParam("size") String size,
            @Context UriInfo uri) {
        if (uri.getQueryParameters().isEmpty() && user.isStaff() && user.getBodyCode() != null) {
            return Response.seeOther(URI.create("/tasks?" + TaskFilter.ofBody(user.getBodyCode()).query())).build();
        }
        TaskFilter.Parsed parsed = params.parse();
        int pageSize = PAGE_SIZES.contains(TaskPage.number(size)) ? TaskPage.number(size) : PAGE_SIZE;
        TaskPage result = parsed.valid() ? Task.search(parsed.filter(), TaskPage.number(page), pageSize)
                : new TaskPage(List.of(), 0, 1, pageSize);
        ResponsibleBody focus = parsed.filter().bodyCode() == null ? null : ResponsibleBody.findByCode(parsed.filter().bodyCode()).orElse(null);
        return Response.ok(Templates.list(new TaskListPage(params, parsed, result, focus, focus != null && user.mayUpdateBody(focus.id),
                ResponsibleBody.listByName(), Directive.choices(DIRECTIVE_CHOICES, parsed.filter().directiveId())))).build();
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
        AssignmentUpdate.Result result = attempt(() -> update.apply(taskId, assignmentId, status, note, version));
        return answer(taskId, assignmentId, result, version,
                new StatusForm(status, note == null ? "" : note, 0, result.errors(), false));
    }

    /** Reports the assignment done with its result and files (multipart: the files come with it). */
    @POST
    @Path("/{taskId}/assignments/{assignmentId}/report")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response report(@RestPath long taskId, @RestPath long assignmentId, @RestForm String result,
            @RestForm String answerNumber, @RestForm String answerDate, @RestForm String version,
            @RestForm("files") List<FileUpload> files) {
        List<AssignmentUpdate.Upload> uploads = files == null ? List.of() : files.stream()
                .map(f -> new AssignmentUpdate.Upload(f.fileName(), f.size(), f.uploadedFile())).toList();
        AssignmentUpdate.Report report = new AssignmentUpdate.Report(result, answerNumber, answerDate, uploads);
        AssignmentUpdate.Result outcome = attempt(() -> update.apply(taskId, assignmentId, Status.DONE.name(), null, version, report));
        return answer(taskId, assignmentId, outcome, version, new StatusForm(Status.DONE.name(), "", 0, outcome.errors(), false,
                result == null ? "" : result, answerNumber == null ? "" : answerNumber, answerDate == null ? "" : answerDate, ""));
    }

    /** The clerk confirms a reported result: the assignment is done, on the day it was reported. */
    @POST
    @Path("/{taskId}/assignments/{assignmentId}/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({AppRole.ADMIN_ROLE, AppRole.CLERK_ROLE})
    public Response confirm(@RestPath long taskId, @RestPath long assignmentId, @RestForm String version) {
        if (!Assignment.findOfTask(taskId, assignmentId).map(a -> a.status == Status.REPORTED).orElseThrow(NotFoundException::new)) {
            return Flash.seeOther("/tasks/" + taskId, "task_status_error_not_reported");
        }
        AssignmentUpdate.Result result = attempt(() -> update.apply(taskId, assignmentId, Status.DONE.name(), null, version));
        return answer(taskId, assignmentId, result, version, new StatusForm(Status.DONE.name(), "", 0, result.errors(), false));
    }

    /** The clerk returns a reported result with a reason: the assignment is in progress again. */
    @POST
    @Path("/{taskId}/assignments/{assignmentId}/return")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({AppRole.ADMIN_ROLE, AppRole.CLERK_ROLE})
    public Response giveBack(@RestPath long taskId, @RestPath long assignmentId, @RestForm String reason, @RestForm String version) {
        if (!Assignment.findOfTask(taskId, assignmentId).map(a -> a.status == Status.REPORTED).orElseThrow(NotFoundException::new)) {
            return Flash.seeOther("/tasks/" + taskId, "task_status_error_not_reported");
        }
        AssignmentUpdate.Result result = attempt(() -> update.apply(taskId, assignmentId, Status.IN_PROGRESS.name(), reason, version));
        FieldErrors errors = new FieldErrors();
        result.errors().getAll().forEach(e -> errors.put(e.field().equals("note") ? "reason" : e.field(), e.key()));
        return answer(taskId, assignmentId, new AssignmentUpdate.Result(result.outcome(), errors, result.kind()), version,
                new StatusForm(Status.REPORTED.name(), "", 0, errors, false, "", "", "", reason == null ? "" : reason));
    }

    /** The change, or STALE when another change was committed while this one was written. */
    private static AssignmentUpdate.Result attempt(java.util.function.Supplier<AssignmentUpdate.Result> change) {
        try {
            return change.get();
        } catch (RuntimeException e) {
            if (!AssignmentUpdate.isConcurrentChange(e)) {
                throw e;
            }
            return new AssignmentUpdate.Result(AssignmentUpdate.Outcome.STALE, new FieldErrors());
        }
    }

    /** After a change: back to the task page with a message, or the page again with the user's values in the form. */
    private Response answer(long taskId, long assignmentId, AssignmentUpdate.Result result, String version, StatusForm typed) {
        if (result.outcome() == AssignmentUpdate.Outcome.SAVED) {
            String flash = result.kind() == null ? "task_detail_saved" : switch (result.kind()) {
                case REPORT -> Assignment.<Assignment>findById(assignmentId).status == Status.REPORTED ? "result_flash_reported" : "result_flash_done";
                case CONFIRM -> "result_flash_confirmed";
                case RETURN -> "result_flash_returned";
            };
            return Flash.seeOther("/tasks/" + taskId, flash);
        }
        // The page is shown again from what is saved now, with the user's own values in the form.
        Task task = Task.findWithDirective(taskId).orElseThrow(NotFoundException::new);
        Assignment current = Assignment.findOfTask(taskId, assignmentId).orElseThrow(NotFoundException::new);
        boolean stale = result.outcome() == AssignmentUpdate.Outcome.STALE;
        long shownVersion = stale ? current.version : parseOr(version, current.version);
        StatusForm form = new StatusForm(typed.status(), typed.note(), shownVersion, result.errors(), stale, typed.resultText(),
                typed.answerNumber(), typed.answerDate(), typed.reason());
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
