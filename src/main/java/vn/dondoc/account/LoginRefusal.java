package vn.dondoc.account;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;

/**
 * A login refused before its password was checked, and how the answer says so. Quarkus answers every failed
 * login alike (the form's error page, the API's 401); this rewrites that answer when the request was refused for
 * a reason the person should see: a login delay ({@code /login?wait=seconds} on the form, 429 with
 * {@code Retry-After} on the API) or a form that was not this site's ({@code /login?refused=true}).
 */
@ApplicationScoped
class LoginRefusal {

    private static final String KEY = LoginRefusal.class.getName();

    /** Why: seconds to wait, or 0 for a form refused for its token or origin. */
    record Reason(long waitSeconds) {
    }

    static void mustWait(RoutingContext routing, Duration wait) {
        if (routing != null) {
            routing.put(KEY, new Reason(Math.max(1, (wait.toMillis() + 999) / 1000)));
        }
    }

    static void foreignForm(RoutingContext routing) {
        if (routing != null) {
            routing.put(KEY, new Reason(0));
        }
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(routing -> {
            routing.addHeadersEndHandler(ignored -> answer(routing));
            routing.next();
        });
    }

    private static void answer(RoutingContext routing) {
        Reason reason = routing.get(KEY);
        if (reason == null) {
            return;
        }
        HttpServerResponse response = routing.response();
        if (response.getStatusCode() == 302) {
            response.headers().set(HttpHeaders.LOCATION, reason.waitSeconds() > 0 ? "/login?wait=" + reason.waitSeconds() : "/login?refused=true");
        } else if (response.getStatusCode() == 401 && reason.waitSeconds() > 0) {
            response.setStatusCode(429);
            response.headers().set(HttpHeaders.RETRY_AFTER, Long.toString(reason.waitSeconds()));
        }
    }
}
