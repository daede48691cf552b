package vn.dondoc.account;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks that a post to the login form ({@code /j_security_check}, handled by Quarkus rather than by a resource the
 * CSRF filter sees) comes from this site's own login page: it carries the page's CSRF token, equal to the browser's
 * token cookie, and its {@code Origin} (or, without one, its {@code Referer}) is this site. Otherwise another site
 * could log a visitor in under the other site's account (login CSRF).
 */
@ApplicationScoped
class LoginForm {

    @ConfigProperty(name = "quarkus.rest-csrf.cookie-name", defaultValue = "csrf-token")
    String cookieName;

    @ConfigProperty(name = "quarkus.rest-csrf.form-field-name", defaultValue = "csrf-token")
    String fieldName;

    @ConfigProperty(name = "dondoc.base-url")
    Optional<String> baseUrl;

    boolean fromThisSite(RoutingContext routing) {
        HttpServerRequest request = routing.request();
        Cookie cookie = request.getCookie(cookieName);
        String token = request.getFormAttribute(fieldName);
        if (cookie == null || token == null || token.isEmpty()
                || !MessageDigest.isEqual(cookie.getValue().getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            return false;
        }
        return sameOrigin(request.getHeader(HttpHeaders.ORIGIN), request.getHeader(HttpHeaders.REFERER),
                request.getHeader(HttpHeaders.HOST), baseUrl.orElse(null));
    }

    /**
     * Whether the page that sent a form is this site: the address the browser reached ({@code Host}) or the one it is
     * published at ({@code dondoc.base-url}). Without either header the post is not a browser's cross-site one.
     */
    static boolean sameOrigin(String origin, String referer, String host, String baseUrl) {
        String sender = origin != null ? origin : referer;
        if (sender == null) {
            return true;
        }
        String authority = authority(sender);
        return authority != null && (authority.equalsIgnoreCase(host) || authority.equalsIgnoreCase(baseUrl == null ? null : authority(baseUrl)));
    }

    private static String authority(String url) {
        try {
            URI uri = new URI(url.strip());
            return uri.getScheme() == null ? null : uri.getRawAuthority();
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
