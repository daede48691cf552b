package vn.dondoc.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Turns failures into pages a person can read (or JSON errors on the API): an unknown id is a 404 page,
 * a forbidden action a 403, a bad form a 400, and nothing a user can do ends in a stack trace.
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    /** The record a refused request was about, where the error page links back to: {@code /tasks/12} for a post to its form. */
    private static final String FORM_READER = "org.jboss.resteasy.reactive.server.core.multipart.";
    private static final String FORM_HANDLER = "org.jboss.resteasy.reactive.server.handlers.FormBodyHandler";

    private static final Pattern BACK = Pattern.compile("^(/tasks/\\d+|/directives/\\d+|/admin/bodies/[^/]+|/admin/users/\\d+)/.+");

    @Inject
    ErrorPageToken token;

    @Inject
    RoutingContext routing;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status, String back);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return answer(uri, 404, "not_found");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return answer(uri, 403, "forbidden");
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        if (isApi(uri)) {
            return Response.status(401).header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"dondoc\"")
                    .type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of("error", "unauthorized")).build();
        }
        return Response.seeOther(java.net.URI.create("/login")).build();
    }

    @ServerExceptionMapper({BadRequestException.class, NotSupportedException.class})
    public Response badRequest(WebApplicationException e, UriInfo uri) {
        return answer(uri, 400, "bad_request");
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, UriInfo uri) {
        return answer(uri, 405, "method_not_allowed");
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status < 500) {
            return answer(uri, status, "error");
        }
        LOG.error("Request failed", e);
        return answer(uri, 500, "server_error");
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (tooManyFields(e)) {
            return answer(uri, 413, "too_many_fields");
        }
        if (unreadableBody(e)) {
            LOG.debugf("Unreadable request body on %s: %s", uri.getPath(), e);
            return answer(uri, 400, "bad_request");
        }
        LOG.error("Request failed", e);
        return answer(uri, 500, "server_error");
    }

    /**
     * A form of more fields than Quarkus' form reader takes: 1,000 URL-encoded (a fixed limit, not a setting), and
     * {@code quarkus.http.limits.max-parameters} multipart.
     */
    static boolean tooManyFields(Throwable e) {
        return e.getMessage() != null && e.getMessage().startsWith("Param limit of") && unreadableBody(e);
    }

    /**
     * Whether the failure came from reading the request's form or multipart body before any resource ran: a cut-off
     * upload, a boundary that is missing or never closed, an unknown charset. The reader throws plain exceptions
     * (IOException, StringIndexOutOfBoundsException) that say nothing else, so where it was thrown is what tells that the
     * client sent something unreadable.
     */
    static boolean unreadableBody(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                if (frame.getClassName().startsWith(FORM_READER) || frame.getClassName().equals(FORM_HANDLER)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isApi(UriInfo uri) {
        return uri.getPath().startsWith("/api/");
    }

    private Response answer(UriInfo uri, int status, String code) {
        if (isApi(uri)) {
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of("error", code)).build();
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page(status, uri.getPath())).build();
    }

    /** The error page for a status, with a token for its header's forms and, after a refused form, a way back. */
    TemplateInstance page(int status, String path) {
        token.prepare(routing);
        int page = status == 404 || status == 403 || status == 400 || status == 413 ? status : status >= 500 ? 500 : 400;
        Matcher back = BACK.matcher(path);
        return Templates.error(page, page != 404 && back.matches() ? back.group(1) : null);
    }

    /**
     * A request refused by a filter before any page (the CSRF check of a form from an expired page, or of a form sent to
     * the API) has no body: the browser would show a bare "HTTP ERROR 400". It gets the error page, or on the API the
     * JSON error.
     */
    @ServerResponseFilter
    public void pageForBareRefusals(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 400 || response.hasEntity()) {
            return;
        }
        if (request.getUriInfo().getPath().startsWith("/api/")) {
            response.setEntity(Map.of("error", "bad_request"), null, MediaType.APPLICATION_JSON_TYPE);
        } else {
            response.setEntity(page(400, request.getUriInfo().getPath()), null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        }
    }
}
