package vn.dondoc.account;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Server-side sessions beside the form-login cookie: a login starts one, logout ends it, and a session lasts
 * at most {@code dondoc.session.max-age} however active it is.
 */
@ApplicationScoped
public class Sessions {

    /** The browser's session token; only its hash is stored. */
    public static final String COOKIE = "dondoc-sid";

    @ConfigProperty(name = "dondoc.session.max-age", defaultValue = "PT12H")
    Duration maxAge;

    @Transactional
    String start(String username) {
        UserSession.deleteStartedBefore(Instant.now().minus(maxAge));
        return UserSession.start(User.findByUsername(username).orElseThrow());
    }

    @ActivateRequestContext
    Optional<User> userOf(String token) {
        return token == null || token.isEmpty() ? Optional.empty() : UserSession.userOf(token, Instant.now().minus(maxAge));
    }

    @Transactional
    void end(String token) {
        if (token != null && !token.isEmpty()) {
            UserSession.end(token);
        }
    }

    static Cookie cookie(String token) {
        return Cookie.cookie(COOKIE, token).setPath("/").setHttpOnly(true).setSameSite(CookieSameSite.STRICT);
    }

    static Cookie expired(String name) {
        return Cookie.cookie(name, "").setPath("/").setMaxAge(0).setHttpOnly(true);
    }
}
