package vn.dondoc.task;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dondoc.body.ResponsibleBody;
import vn.dondoc.web.CurrentUser;
import vn.dondoc.web.OfficeClock;

/**
 * A body's open deadlines as a calendar feed (lịch hạn nhiệm vụ) that Outlook, Thunderbird or a phone can
 * subscribe to. Calendar programs cannot fill in a login form, so this path also takes HTTP Basic and answers an
 * anonymous request with a Basic challenge rather than the login page; a logged-in browser uses its session.
 */
@Path("/bodies/{code}/deadlines.ics")
public class BodyCalendarResource {

    static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";

    @Inject
    CurrentUser currentUser;
    @Inject
    TaskMessages msg;
    @ConfigProperty(name = "dondoc.base-url")
    String baseUrl;

    @GET
    @Transactional
    public Response deadlines(@PathParam("code") String code) {
        if (!currentUser.isLoggedIn()) {
            return Response.status(401).header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"dondoc\", charset=\"UTF-8\"").build();
        }
        ResponsibleBody body = ResponsibleBody.findByCode(code).orElseThrow(NotFoundException::new);
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        ICalendarWriter ics = new ICalendarWriter()
                .raw("BEGIN", "VCALENDAR")
                .raw("VERSION", "2.0")
                .raw("PRODID", "-//Don doc//Deadlines//VI")
                .raw("CALSCALE", "GREGORIAN")
                .raw("METHOD", "PUBLISH")
                .text("X-WR-CALNAME", msg.calendar_name(body.name))
                .raw("X-WR-TIMEZONE", OfficeClock.ZONE_NAME);
        for (Assignment a : Assignment.openWithDeadline(body)) {
            Instant changed = a.updatedAt != null && a.updatedAt.isAfter(a.task.updatedAt) ? a.updatedAt : a.task.updatedAt;
            String role = ValueWords.word(a.role, Locale.forLanguageTag("vi"));
            ics.raw("BEGIN", "VEVENT")
                    .raw("UID", "task-" + a.task.id + "-" + body.code + "@dondoc")
                    .stamp("DTSTAMP", changed)
                    .date("DTSTART", a.deadline)
                    .date("DTEND", a.deadline.plusDays(1))
                    .text("SUMMARY", a.task.text)
                    .text("DESCRIPTION", msg.calendar_description(a.task.directive.title, role))
                    .raw("URL", base + "/tasks/" + a.task.id)
                    .raw("TRANSP", "TRANSPARENT")
                    .raw("END", "VEVENT");
        }
        ics.raw("END", "VCALENDAR");
        return Response.ok(ics.build(), MEDIA_TYPE)
                .header("Content-Disposition", "inline; filename=\"" + body.code + "-deadlines.ics\"").build();
    }
}
