package vn.dondoc.task;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestPath;
import vn.dondoc.body.BodyKind;
import vn.dondoc.body.ResponsibleBody;
import vn.dondoc.web.OfficeClock;

/** The responsible bodies with their open and overdue work, and each body's own tasks. */
@Path("/bodies")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class BodyResource {

    static final int PAGE_SIZE = 50;

    public record Line(ResponsibleBody body, ProgressCounts counts) {
    }

    public record KindGroup(BodyKind kind, List<Line> lines) {
    }

    /** A body that no longer exists, with the one its unfinished work went to (null if none). */
    public record FormerLine(ResponsibleBody body, ResponsibleBody successor, ProgressCounts counts) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<KindGroup> groups, List<FormerLine> former);

        static native TemplateInstance detail(ResponsibleBody body, ProgressCounts counts, TaskPage page);
    }

    @GET
    public TemplateInstance list() {
        LocalDate today = OfficeClock.today();
        Map<Long, ProgressCounts> counts = Assignment.countsByBody(today);
        List<ResponsibleBody> bodies = ResponsibleBody.listByName();
        Map<String, ResponsibleBody> byCode = bodies.stream().collect(Collectors.toMap(b -> b.code, b -> b));
        List<Line> lines = bodies.stream().filter(b -> b.existedOn(today))
                .map(b -> new Line(b, counts.getOrDefault(b.id, ProgressCounts.NONE))).toList();
        List<KindGroup> groups = Arrays.stream(BodyKind.values())
                .map(kind -> new KindGroup(kind, lines.stream().filter(l -> (l.body().kind == null ? BodyKind.OTHER : l.body().kind) == kind).toList()))
                .filter(g -> !g.lines().isEmpty()).toList();
        List<FormerLine> former = bodies.stream().filter(b -> b.validUntil != null && !b.existedOn(today))
                .map(b -> new FormerLine(b, b.successorCode == null ? null : byCode.get(b.successorCode),
                        counts.getOrDefault(b.id, ProgressCounts.NONE))).toList();
        return Templates.list(groups, former);
    }

    @GET
    @Path("/{code}")
    public TemplateInstance detail(@RestPath String code, @QueryParam("page") String page) {
        ResponsibleBody body = ResponsibleBody.findByCode(code).orElseThrow(NotFoundException::new);
        return Templates.detail(body, Assignment.countsOf(body, OfficeClock.today()),
                Task.search(TaskFilter.ofBody(body.code), TaskPage.number(page), PAGE_SIZE));
    }
}
