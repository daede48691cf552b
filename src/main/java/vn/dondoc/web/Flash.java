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
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A one-time message after POST-redirect-GET ("Đã lưu.", "Đã cập nhật 7 phân công."), carried by a short-lived
 * cookie that holds only a message key and the numbers it shows ({@code key.7.2}), read by the next page
 * ({@code {inject:flash.key}}, {@code {inject:flash.numbers}}) and then cleared.
 */
@RequestScoped
@Named("flash")
public class Flash {

    static final String COOKIE = "dondoc-flash";
    private static final Pattern VALUE = Pattern.compile("([a-z0-9_]{1,60})((?:\\.\\d{1,9}){0,3})");

    @Inject
    HttpServerRequest request;

    /** The message key to show on this page, or null. */
    public String getKey() {
        Matcher m = matcher();
        return m == null ? null : m.group(1);
    }

    /** The numbers the message shows, in the order of its parameters. */
    public List<Long> getNumbers() {
        Matcher m = matcher();
        if (m == null || m.group(2).isEmpty()) {
            return List.of();
        }
        return Arrays.stream(m.group(2).substring(1).split("\\.")).map(Long::valueOf).toList();
    }

    private Matcher matcher() {
        Cookie cookie = request.getCookie(COOKIE);
        if (cookie == null) {
            return null;
        }
        Matcher m = VALUE.matcher(cookie.getValue());
        return m.matches() ? m : null;
    }

    /** A 303 redirect to a page of this application that will show the message with the given key and numbers. */
    public static Response seeOther(String location, String messageKey, long... numbers) {
        StringBuilder value = new StringBuilder(messageKey);
        for (long n : numbers) {
            value.append('.').append(n);
        }
        NewCookie cookie = new NewCookie.Builder(COOKIE).value(value.toString()).path("/").maxAge(60).httpOnly(true)
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
