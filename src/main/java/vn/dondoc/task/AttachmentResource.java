package vn.dondoc.task;

import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.jboss.resteasy.reactive.RestPath;
import vn.dondoc.web.CurrentUser;

/**
 * A file given with a result, for those who may open it ({@link CurrentUser#mayOpenFilesOf}): always as a
 * download, with the type read from its bytes on upload, so that the browser never shows or runs it in the page.
 */
@Path("/tasks/{taskId}/assignments/{assignmentId}/attachments")
@Authenticated
public class AttachmentResource {

    @Inject
    CurrentUser user;

    @Inject
    AttachmentStore store;

    @GET
    @Path("/{id}")
    public Response download(@RestPath long taskId, @RestPath long assignmentId, @RestPath long id) {
        Attachment file = Attachment.findOf(taskId, assignmentId, id).orElseThrow(NotFoundException::new);
        if (!user.mayOpenFilesOf(Assignment.bodiesOf(taskId))) {
            throw new ForbiddenException();
        }
        byte[] bytes = store.get(file.id);
        if (bytes == null) {
            throw new NotFoundException();
        }
        return Response.ok(bytes, file.contentType)
                .header("Content-Disposition", disposition(file.fileName))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    /** {@code attachment} with an ASCII name for old clients and the real name (RFC 6266) for the others. */
    static String disposition(String name) {
        String ascii = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^A-Za-z0-9 ._()-]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
