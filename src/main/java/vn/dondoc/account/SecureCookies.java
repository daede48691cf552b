package vn.dondoc.account;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Marks every cookie the application sets as {@code Secure} when {@code dondoc.secure-cookies} is on. The
 * form-login cookie is only marked Secure by Quarkus when the connection itself is TLS, which it is not
 * behind a proxy that ends TLS; this covers that cookie and the application's own.
 */
@ApplicationScoped
public class SecureCookies {

    @ConfigProperty(name = "dondoc.secure-cookies", defaultValue = "false")
    boolean enabled;

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::markSecure);
    }

    void markSecure(RoutingContext routing) {
        if (enabled) {
            routing.addHeadersEndHandler(ignored -> secure(routing, routing.response()));
        }
        routing.next();
    }

    private static void secure(RoutingContext routing, HttpServerResponse response) {
        // Cookies kept by Vert.x are written after this handler; those read from the request have no path,
        // those the application sets all have one.
        for (Cookie cookie : routing.request().cookies()) {
            if (cookie.getPath() != null) {
                cookie.setSecure(true);
            }
        }
        List<String> headers = response.headers().getAll(HttpHeaders.SET_COOKIE);
        if (!headers.isEmpty()) {
            response.headers().remove(HttpHeaders.SET_COOKIE);
            headers.forEach(header -> response.headers().add(HttpHeaders.SET_COOKIE, secure(header)));
        }
    }

    static String secure(String setCookie) {
        return setCookie.toLowerCase(Locale.ROOT).matches(".*;\\s*secure(;.*)?") ? setCookie : setCookie + ";Secure";
    }
}
