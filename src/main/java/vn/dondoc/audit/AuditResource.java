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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dondoc.account.AppRole;
import vn.dondoc.task.Assignment;

/**
 * The audit trail for the administrator: read only. There is deliberately no way to change or delete an
 * entry through the application.
 */
@Path("/admin/audit")
@RolesAllowed(AppRole.ADMIN_ROLE)
@Produces(MediaType.TEXT_HTML)
public class AuditResource {

    static final int PAGE_SIZE = 50;

    /** One line of the trail with where its record can be seen, if anywhere. */
    public record Row(AuditEntry entry, String link) {
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
        static native TemplateInstance list(List<Row> rows, Filter filter, List<String> types, int page,
                String newer, String older);
    }

    @GET
    public TemplateInstance list(@QueryParam("type") String type, @QueryParam("actor") String actor,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") Integer page) {
        Filter filter = new Filter(blankToNull(type), blankToNull(actor), date(from) == null ? null : from.strip(),
                date(to) == null ? null : to.strip());
        int index = page == null || page < 1 ? 0 : page - 1;
        PanacheQuery<AuditEntry> query = AuditEntry.matching(filter.type(), filter.actor(), date(filter.from()), date(filter.to()))
                .page(Page.of(index, PAGE_SIZE));
        List<AuditEntry> entries = query.list();
        String newer = index > 0 ? filter.query(index) : null;
        String older = query.hasNextPage() ? filter.query(index + 2) : null;
        return Templates.list(rows(entries), filter, AuditEntry.entityTypes(), index + 1, newer, older);
    }

    private static List<Row> rows(List<AuditEntry> entries) {
        List<Long> assignmentIds = entries.stream().filter(e -> "assignment".equals(e.entityType) && e.entityId != null)
                .map(e -> e.entityId).toList();
        Map<Long, Long> taskOfAssignment = new HashMap<>();
        if (!assignmentIds.isEmpty()) {
            Assignment.getEntityManager()
                    .createQuery("select a.id, a.task.id from Assignment a where a.id in ?1", Object[].class)
                    .setParameter(1, assignmentIds).getResultList()
                    .forEach(pair -> taskOfAssignment.put((Long) pair[0], (Long) pair[1]));
        }
        return entries.stream().map(e -> new Row(e, link(e, taskOfAssignment))).toList();
    }

    private static String link(AuditEntry entry, Map<Long, Long> taskOfAssignment) {
        if (entry.entityId == null) {
            return null;
        }
        return switch (entry.entityType) {
            case "task" -> "/tasks/" + entry.entityId;
            case "assignment" -> taskOfAssignment.containsKey(entry.entityId) ? "/tasks/" + taskOfAssignment.get(entry.entityId) : null;
            case "user" -> "/admin/users/" + entry.entityId;
            default -> null;
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
