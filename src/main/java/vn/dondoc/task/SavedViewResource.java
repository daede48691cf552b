package vn.dondoc.task;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
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
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import vn.dondoc.account.User;
import vn.dondoc.web.CurrentUser;
import vn.dondoc.web.Flash;
import vn.dondoc.web.FieldErrors;
import vn.dondoc.web.Forms;

/**
 * Saved views (bộ lọc đã lưu): a user names the task list's current filters and finds them again beside the
 * list. A view is only a name for a URL, so it can also be bookmarked or sent to a colleague.
 */
@Path("/views")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class SavedViewResource {

    @Inject
    CurrentUser currentUser;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<SavedView> views, String name, String query, FieldErrors errors);
    }

    @GET
    public TemplateInstance list() {
        return Templates.list(SavedView.of(currentUser.getName()), "", "", new FieldErrors());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response save(@RestForm String name, @RestForm String query) {
        String viewName = name == null ? "" : name.strip();
        String viewQuery = TaskFilterQuery.normalise(query);
        FieldErrors errors = new FieldErrors();
        if (viewName.isEmpty()) {
            errors.put("view-name", "views_error_name_missing");
        } else if (viewName.length() > SavedView.MAX_NAME) {
            errors.put("view-name", "views_error_name_long");
        } else if (SavedView.named(currentUser.getName(), viewName).isPresent()) {
            errors.put("view-name", "views_error_name_taken");
        }
        if (!errors.isEmpty()) {
            return Forms.again(400, Templates.list(SavedView.of(currentUser.getName()), viewName, viewQuery, errors));
        }
        SavedView view = new SavedView();
        view.user = User.findByUsername(currentUser.getName()).orElseThrow(NotFoundException::new);
        view.name = viewName;
        view.queryString = viewQuery;
        view.createdAt = Instant.now();
        view.persist();
        return Flash.seeOther(view.url(), "views_flash_saved");
    }

    @POST
    @Path("/{id}/delete")
    @Transactional
    public Response delete(@RestPath long id) {
        SavedView view = SavedView.<SavedView>findByIdOptional(id)
                .filter(v -> v.user.username.equals(currentUser.getName()))
                .orElseThrow(NotFoundException::new);
        view.delete();
        return Flash.seeOther("/views", "views_flash_deleted");
    }
}
