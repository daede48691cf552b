package vn.dondoc.task;

import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import vn.dondoc.web.CurrentUser;
import vn.dondoc.web.Flash;

/**
 * Checking off many assignments at once from the task list: one status and one note for every ticked box (with
 * "done" by staff, the note is the result reported for each). Each
 * change is made as if done on the task's own page — its own transaction, history line and audit entry — so
 * that one refused or out-of-date assignment does not undo the others.
 */
@Path("/tasks/bulk")
@Authenticated
public class BulkUpdateResource {

    @Inject
    AssignmentUpdate update;

    @Inject
    CurrentUser user;

    /**
     * @param pick       the ticked boxes, each {@code taskId:assignmentId:version} as the list showed it
     * @param everything "every assignment on this page" was ticked: {@code all} holds them, ticked or not
     * @param query      the list's filters, with its page size and page, to come back to the same list
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response apply(@RestForm List<String> pick, @RestForm List<String> all, @RestForm String everything,
            @RestForm String status, @RestForm String note, @RestForm String query, @RestForm String size, @RestForm String page) {
        String filters = query == null || query.isBlank() ? "" : TaskFilterQuery.normalise(query);
        String view = (TaskResource.PAGE_SIZES.contains(TaskPage.number(size)) ? "&size=" + TaskPage.number(size) : "")
                + (TaskPage.number(page) > 1 ? "&page=" + TaskPage.number(page) : "");
        String back = "/tasks?" + (filters.isEmpty() ? "body=" : filters) + view;
        List<String> chosen = everything != null && all != null ? all : pick;
        if (chosen == null || chosen.isEmpty()) {
            return Flash.seeOther(back, "bulk_flash_none");
        }
        if (status == null || status.isBlank()) {
            return Flash.seeOther(back, "bulk_flash_no_status");
        }
        // Staff's "done" needs a result: here the one note is every assignment's result.
        if (Status.DONE.name().equals(status.trim()) && !user.isClerk() && (note == null || note.isBlank())) {
            return Flash.seeOther(back, "bulk_flash_result_needed");
        }
        int saved = 0;
        int skipped = 0;
        for (String value : chosen) {
            if (changed(value, status, note)) {
                saved++;
            } else {
                skipped++;
            }
        }
        if (skipped == 0) {
            return Flash.seeOther(back, "bulk_flash_saved", saved);
        }
        return saved == 0 ? Flash.seeOther(back, "bulk_flash_none_saved", skipped) : Flash.seeOther(back, "bulk_flash_partial", saved, skipped);
    }

    /** Whether the change was saved; refused, unknown, invalid and out-of-date picks are skipped. */
    private boolean changed(String value, String status, String note) {
        String[] parts = value.split(":");
        if (parts.length != 3) {
            return false;
        }
        try {
            long taskId = Long.parseLong(parts[0]);
            long assignmentId = Long.parseLong(parts[1]);
            return update.apply(taskId, assignmentId, status, note, parts[2]).outcome() == AssignmentUpdate.Outcome.SAVED;
        } catch (NumberFormatException | ForbiddenException | NotFoundException e) {
            return false;
        } catch (RuntimeException e) {
            if (AssignmentUpdate.isConcurrentChange(e)) {
                return false;
            }
            throw e;
        }
    }
}
