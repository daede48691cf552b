package vn.dondoc.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A one-time message after POST-redirect-GET ("Đã lưu."), carried by a short-lived cookie that holds only a
 * message key, read by the next page ({@code {inject:flash.key}}) and then cleared.
 */
@RequestScoped
@Named("flash")
public class Flash {

    static final String COOKIE = "dondoc-flash";
    private static final Pattern KEY = Pattern.compile("[a-z0-9_]{1,60}");

    @Inject
    HttpServerRequest request;

    /** The message key to show on this page, or null. */
    public String getKey() {
        Cookie cookie = request.getCookie(COOKIE);
        return cookie != null && KEY.matcher(cookie.getValue()).matches() ? cookie.getValue() : null;
    }

    /** A 303 redirect to a page of this application that will show the message with the given key. */
    public static Response seeOther(String location, String messageKey) {
        NewCookie cookie = new NewCookie.Builder(COOKIE).value(messageKey).path("/").maxAge(60).httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).build();
        return Response.seeOther(URI.create(Redirects.localPath(location))).cookie(cookie).build();
    }

    /** Once a page has shown the message, the cookie goes. */
    @ServerResponseFilter
    public void clearAfterShown(ContainerRequestContext requestContext, ContainerResponseContext response) {
        if (requestContext.getCookies().containsKey(COOKIE) && response.getStatus() == 200
                && !response.getHeaders().containsKey(HttpHeaders.SET_COOKIE)) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE,
                    new NewCookie.Builder(COOKIE).value("").path("/").maxAge(0).build());
        }
    }
}
