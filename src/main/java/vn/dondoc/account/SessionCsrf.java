package vn.dondoc.account;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import vn.dondoc.web.SessionToken;
import vn.dondoc.web.Sha256;

/**
 * Binds the CSRF token to the session. The CSRF filter only checks that a form's token equals the browser's token
 * cookie, which a page of another site on a sibling domain could set; once logged in, the token is instead derived
 * from the session's secret cookie ({@link Sessions#COOKIE}) by a one-way hash, given to every page, and a form
 * post whose token cookie is not this session's is refused (400, like any refused token). Runs after the CSRF
 * filter, whose checks still apply.
 */
@Singleton
public class SessionCsrf implements SessionToken {

    /** Where the CSRF filter keeps the request's token (read by {@code {inject:csrf.token}} and for its cookie). */
    static final String TOKEN = "csrf_token";
    static final String TOKEN_BYTES = "csrf_token_bytes";
    private static final Set<String> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @ConfigProperty(name = "quarkus.rest-csrf.cookie-name", defaultValue = "csrf-token")
    String cookieName;

    @ConfigProperty(name = "quarkus.rest-csrf.token-size", defaultValue = "16")
    int tokenSize;

    /**
     * Read with the form, as the CSRF filter is, and with a priority that puts it after that filter (whose
     * token it must replace): {@code SessionCsrfTest} fails if the order changes.
     */
    @ServerRequestFilter(priority = Priorities.USER - 100)
    @WithFormRead
    public Response bind(ContainerRequestContext request, RoutingContext routing) {
        String bound = tokenOf(routing.request().getCookie(Sessions.COOKIE), tokenSize);
        if (bound == null) {
            return null;
        }
        boolean form = request.getMediaType() != null && (request.getMediaType().isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || request.getMediaType().isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
        boolean refused = !SAFE.contains(request.getMethod()) && form && !bound.equals(cookieValue(routing));
        routing.put(TOKEN, bound);
        routing.put(TOKEN_BYTES, Base64.getUrlDecoder().decode(bound));
        return refused ? Response.status(Response.Status.BAD_REQUEST).build() : null;
    }

    private String cookieValue(RoutingContext routing) {
        Cookie cookie = routing.request().getCookie(cookieName);
        return cookie == null ? null : cookie.getValue();
    }

    @Override
    public String of(RoutingContext routing, int tokenSize) {
        return tokenOf(routing.request().getCookie(Sessions.COOKIE), tokenSize);
    }

    /** The CSRF token of the session whose cookie this is, in the CSRF filter's format; null without a session. */
    private static String tokenOf(Cookie sessionCookie, int tokenSize) {
        if (sessionCookie == null || sessionCookie.getValue() == null || sessionCookie.getValue().isEmpty()) {
            return null;
        }
        byte[] hash = Sha256.bytes("dondoc-csrf:" + sessionCookie.getValue());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, Math.min(tokenSize, hash.length)));
    }
}
