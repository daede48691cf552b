package vn.dondoc.task;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import vn.dondoc.directive.Directive;
import vn.dondoc.web.OfficeClock;

/** The imported directives and, for each, its tasks and its whole text. Everyone who is logged in may read them. */
@Path("/directives")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class DirectiveResource {

    static final int LIST_SIZE = 500;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Row> directives, List<KindChoice> kinds, String kind, List<Directive> withdrawn);

        static native TemplateInstance show(Directive directive, List<TaskRow> tasks, List<Segment> text, List<Task> removed);
    }

    /** A directive in the list, with its number of tasks. */
    public record Row(Directive directive, long tasks) {
    }

    /** A kind of document in the list's filter, with the message key of its name. */
    public record KindChoice(String code, String key) {
    }

    /** A piece of the directive's text: a task's words (numbered) or the text between tasks. */
    public record Segment(String text, Integer task) {
    }

    @GET
    public TemplateInstance list(@RestQuery String kind) {
        List<KindChoice> kinds = Directive.kindsInForce().stream().map(k -> new KindChoice(k, Directive.kindKey(k))).toList();
        String chosen = kind == null || !kind.strip().matches("[a-z-]{1,40}") ? null : kind.strip();
        List<Directive> latest = Directive.latest(chosen, LIST_SIZE);
        Map<Long, Long> counts = Task.countsByDirective(latest);
        List<Row> rows = latest.stream().map(d -> new Row(d, counts.getOrDefault(d.id, 0L))).toList();
        return Templates.list(rows, kinds, chosen, Directive.withdrawn());
    }

    @GET
    @Path("/{id}")
    public TemplateInstance show(@RestPath Long id) {
        Directive directive = DirectiveCorrections.find(id);
        List<TaskRow> lines = Task.rows(Task.ofDirective(directive), OfficeClock.today());
        return Templates.show(directive, lines, segments(directive.originalText, lines), Task.removedOf(directive));
    }

    /** The text cut at the tasks' spans, so that the page can mark each task where it stands. */
    static List<Segment> segments(String text, List<TaskRow> lines) {
        List<Segment> out = new ArrayList<>();
        int at = 0;
        List<Task> tasks = lines.stream().map(TaskRow::task)
                .filter(t -> t.startOffset != null && t.endOffset != null && t.startOffset >= 0 && t.endOffset <= text.length())
                .sorted((a, b) -> Integer.compare(a.startOffset, b.startOffset)).toList();
        for (Task t : tasks) {
            if (t.startOffset < at) {
                continue;
            }
            if (t.startOffset > at) {
                out.add(new Segment(text.substring(at, t.startOffset), null));
            }
            out.add(new Segment(text.substring(t.startOffset, t.endOffset), t.position));
            at = t.endOffset;
        }
        if (at < text.length()) {
            out.add(new Segment(text.substring(at), null));
        }
        return out;
    }
}
