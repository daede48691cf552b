package vn.dondoc.audit;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dondoc.web.AppRole;
import vn.dondoc.web.TypedDate;
import vn.dondoc.web.Forms;

/**
 * The audit trail for the administrator: read only. There is deliberately no way to change or delete an
 * entry through the application.
 */
@Path("/admin/audit")
@RolesAllowed(AppRole.ADMIN_ROLE)
@Produces(MediaType.TEXT_HTML)
public class AuditResource {

    static final int PAGE_SIZE = 50;
    /** The last page whose first entry's offset fits the database's integer: further pages are as empty as it. */
    static final int LAST_PAGE = Integer.MAX_VALUE / PAGE_SIZE;

    /** One line of the trail with where its record can be seen, if anywhere. */
    public record Row(AuditEntry entry, String link) {
    }

    /** A kind of record in the filter, with the message key of its name (null: shown as stored). */
    public record TypeChoice(String code, String key) {
    }

    /** The filters as typed, to fill the form again and to build the paging links. */
    public record Filter(String type, String actor, String from, String to) {

        String query(int page) {
            StringBuilder query = new StringBuilder("?page=").append(page);
            append(query, "type", type);
            append(query, "actor", actor);
            append(query, "from", from);
            append(query, "to", to);
            return query.toString();
        }

        private static void append(StringBuilder query, String name, String value) {
            if (value != null) {
                query.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Row> rows, Filter filter, List<TypeChoice> types, int page,
                String newer, String older);
    }

    @GET
    public TemplateInstance list(@QueryParam("type") String type, @QueryParam("actor") String actor,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") Integer page) {
        Filter filter = new Filter(Forms.blankToNull(type), Forms.blankToNull(actor), TypedDate.orNull(from) == null ? null : from.strip(),
                TypedDate.orNull(to) == null ? null : to.strip());
        int index = page == null || page < 1 ? 0 : Math.min(page, LAST_PAGE) - 1;
        PanacheQuery<AuditEntry> query = AuditEntry.matching(filter.type(), filter.actor(), TypedDate.orNull(filter.from()), TypedDate.orNull(filter.to()))
                .page(Page.of(index, PAGE_SIZE));
        List<AuditEntry> entries = query.list();
        String newer = index > 0 ? filter.query(index) : null;
        String older = query.hasNextPage() ? filter.query(index + 2) : null;
        List<TypeChoice> types = AuditEntry.entityTypes().stream().map(t -> new TypeChoice(t, AuditEntry.typeKey(t))).toList();
        return Templates.list(rows(entries), filter, types, index + 1, newer, older);
    }

    private static List<Row> rows(List<AuditEntry> entries) {
        Map<Long, Object> taskOfAssignment = pairs(entries, "assignment", "select a.id, a.task.id from Assignment a where a.id in ?1");
        Map<Long, Object> codeOfBody = pairs(entries, "body", "select b.id, b.code from ResponsibleBody b where b.id in ?1");
        return entries.stream().map(e -> new Row(e, link(e, taskOfAssignment, codeOfBody))).toList();
    }

    /** For the entries of one type on this page, one query from their ids to what their links need. */
    private static Map<Long, Object> pairs(List<AuditEntry> entries, String entityType, String query) {
        List<Long> ids = entries.stream().filter(e -> entityType.equals(e.entityType) && e.entityId != null)
                .map(e -> e.entityId).distinct().toList();
        Map<Long, Object> found = new HashMap<>();
        if (!ids.isEmpty()) {
            AuditEntry.getEntityManager().createQuery(query, Object[].class).setParameter(1, ids).getResultList()
                    .forEach(pair -> found.put((Long) pair[0], pair[1]));
        }
        return found;
    }

    private static String link(AuditEntry entry, Map<Long, Object> taskOfAssignment, Map<Long, Object> codeOfBody) {
        if (entry.entityId == null) {
            return null;
        }
        return switch (entry.entityType) {
            case "task" -> "/tasks/" + entry.entityId;
            case "directive" -> "/directives/" + entry.entityId;
            case "assignment" -> taskOfAssignment.containsKey(entry.entityId) ? "/tasks/" + taskOfAssignment.get(entry.entityId) : null;
            case "body" -> codeOfBody.containsKey(entry.entityId)
                    ? "/admin/bodies/" + URLEncoder.encode((String) codeOfBody.get(entry.entityId), StandardCharsets.UTF_8) : null;
            case "user" -> "/admin/users/" + entry.entityId;
            default -> null;
        };
    }

}
