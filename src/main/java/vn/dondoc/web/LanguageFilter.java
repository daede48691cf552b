package vn.dondoc.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Pages speak Vietnamese unless the user chose English: the choice, kept in a cookie, replaces the browser's
 * Accept-Language so that templates and messages follow it.
 */
public class LanguageFilter {

    public static final String COOKIE = "dondoc-lang";

    @ServerRequestFilter(preMatching = true)
    public void chooseLanguage(ContainerRequestContext request) {
        Cookie cookie = request.getCookies().get(COOKIE);
        String language = cookie != null && "en".equals(cookie.getValue()) ? "en" : "vi";
        request.getHeaders().putSingle(HttpHeaders.ACCEPT_LANGUAGE, language);
    }
}
