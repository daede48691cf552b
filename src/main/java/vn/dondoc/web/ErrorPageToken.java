package vn.dondoc.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A CSRF token for an error page. The CSRF filter prepares one only for requests that reach a page; a 404 for an
 * unknown path, a 403 refused before the page, or a form refused by the filter itself never get one, and their
 * header's logout and language forms then failed. This does for them what the filter does for a page: it uses the
 * browser's token cookie, or sets a new one, in the filter's own format so that the filter accepts the form; once
 * logged in, the token is the session's ({@link SessionToken}).
 */
@ApplicationScoped
public class ErrorPageToken {

    /** Where the filter keeps the token of the request, and where {@code {inject:csrf.token}} reads it. */
    static final String TOKEN = "csrf_token";

    private final SecureRandom random = new SecureRandom();

    @Inject
    SessionToken session;

    @ConfigProperty(name = "quarkus.rest-csrf.cookie-name", defaultValue = "csrf-token")
    String cookieName;
    @ConfigProperty(name = "quarkus.rest-csrf.token-size", defaultValue = "16")
    int tokenSize;
    @ConfigProperty(name = "quarkus.rest-csrf.cookie-max-age", defaultValue = "PT2H")
    Duration maxAge;
    @ConfigProperty(name = "quarkus.rest-csrf.cookie-path", defaultValue = "/")
    String path;
    @ConfigProperty(name = "quarkus.rest-csrf.cookie-http-only", defaultValue = "true")
    boolean httpOnly;
    @ConfigProperty(name = "quarkus.rest-csrf.cookie-force-secure", defaultValue = "false")
    boolean forceSecure;

    /** Makes sure the request has a token for its page's forms. */
    void prepare(RoutingContext routing) {
        if (routing.get(TOKEN) != null) {
            return;
        }
        Cookie existing = routing.request().getCookie(cookieName);
        String bound = session.of(routing, tokenSize);
        if (bound != null) {
            routing.put(TOKEN, bound);
            if (existing == null || !bound.equals(existing.getValue())) {
                routing.response().addCookie(cookie(bound, routing));
            }
            return;
        }
        if (existing != null && usable(existing.getValue())) {
            routing.put(TOKEN, existing.getValue());
            return;
        }
        byte[] bytes = new byte[tokenSize];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        routing.put(TOKEN, token);
        routing.response().addCookie(cookie(token, routing));
    }

    private Cookie cookie(String value, RoutingContext routing) {
        return Cookie.cookie(cookieName, value).setPath(path).setHttpOnly(httpOnly).setSecure(forceSecure || routing.request().isSSL())
                .setMaxAge(maxAge.toSeconds()).setSameSite(CookieSameSite.STRICT);
    }

    private boolean usable(String value) {
        try {
            return Base64.getUrlDecoder().decode(value).length == tokenSize;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
