package vn.dondoc.operations;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.List;
import org.jboss.logging.Logger;
import vn.dondoc.audit.AuditEntry;
import vn.dondoc.web.AppRole;
import vn.dondoc.web.CurrentUser;
import vn.dondoc.web.Flash;

/**
 * The administrator's backups (sao lưu): make one now, see those made, download one. On PostgreSQL the page
 * explains pg_dump instead, since the database lives on its server. Every backup is in the audit trail.
 */
@Path("/admin/backups")
@RolesAllowed(AppRole.ADMIN_ROLE)
@Produces(MediaType.TEXT_HTML)
public class BackupResource {

    static final String AUDIT_TYPE = "backup";
    private static final Logger LOG = Logger.getLogger(BackupResource.class);

    @Inject
    Backups backups;
    @Inject
    DataFolder folder;
    @Inject
    CurrentUser currentUser;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(boolean available, List<Backups.Backup> backups, String folder, boolean failed);
    }

    @GET
    public TemplateInstance list() {
        return page(false);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response make() {
        if (!backups.available()) {
            return Flash.seeOther("/admin/backups", "ops_backups_flash_unavailable");
        }
        Backups.Backup backup;
        try {
            backup = backups.make();
        } catch (SQLException | UncheckedIOException e) {
            LOG.errorf(e, "The backup asked for by %s failed", currentUser.getName());
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(page(true)).build();
        }
        String actor = currentUser.getName();
        QuarkusTransaction.requiringNew().run(() -> AuditEntry.record(actor, AUDIT_TYPE, null, "backup", null,
                backup.name() + " (" + backup.bytes() + " bytes)"));
        LOG.infof("%s made the backup %s", actor, backups.find(backup.name()).orElseThrow());
        return Flash.seeOther("/admin/backups", "ops_backups_flash_made");
    }

    @GET
    @Path("{name}")
    @Produces("application/zip")
    public Response download(@PathParam("name") String name) {
        java.nio.file.Path file = backups.find(name).orElseThrow(NotFoundException::new);
        return Response.ok(file.toFile(), "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + file.getFileName() + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    private TemplateInstance page(boolean failed) {
        boolean available = backups.available();
        return Templates.list(available, available ? backups.list() : List.of(), folder.backups().toString(), failed);
    }
}
