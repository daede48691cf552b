package vn.dondoc.account;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Gives every cookie the application sets a {@code SameSite} attribute ({@code Strict} unless it has one: the
 * CSRF filter's cookie and cookies that expire others have none of their own), and marks them all {@code Secure}
 * when {@code dondoc.secure-cookies} is on. The form-login cookie is only marked Secure by Quarkus when the
 * connection itself is TLS, which it is not behind a proxy that ends TLS; this covers that cookie and the
 * application's own.
 */
@ApplicationScoped
public class SecureCookies {

    private static final Pattern SECURE = Pattern.compile(".*;\\s*secure\\s*(;.*)?");
    private static final Pattern SAME_SITE = Pattern.compile(".*;\\s*samesite\\s*=.*");

    @ConfigProperty(name = "dondoc.secure-cookies", defaultValue = "false")
    boolean enabled;

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::mark);
    }

    void mark(RoutingContext routing) {
        boolean secure = enabled;
        routing.addHeadersEndHandler(ignored -> mark(routing, routing.response(), secure));
        routing.next();
    }

    private static void mark(RoutingContext routing, HttpServerResponse response, boolean secure) {
        // Cookies kept by Vert.x are written after this handler; those read from the request have no path,
        // those the application sets all have one.
        for (Cookie cookie : routing.request().cookies()) {
            if (cookie.getPath() != null) {
                cookie.setSecure(secure || cookie.isSecure());
                if (cookie.getSameSite() == null) {
                    cookie.setSameSite(CookieSameSite.STRICT);
                }
            }
        }
        List<String> headers = response.headers().getAll(HttpHeaders.SET_COOKIE);
        if (!headers.isEmpty()) {
            response.headers().remove(HttpHeaders.SET_COOKIE);
            headers.forEach(header -> response.headers().add(HttpHeaders.SET_COOKIE, secure ? secure(sameSite(header)) : sameSite(header)));
        }
    }

    static String secure(String setCookie) {
        return SECURE.matcher(setCookie.toLowerCase(Locale.ROOT)).matches() ? setCookie : setCookie + ";Secure";
    }

    static String sameSite(String setCookie) {
        return SAME_SITE.matcher(setCookie.toLowerCase(Locale.ROOT)).matches() ? setCookie : setCookie + ";SameSite=Strict";
    }
}
