package vn.dondoc.web;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Facts about the request that the layout needs: {@code {inject:page.uri}}. */
@RequestScoped
@Named("page")
public class Page {

    @Inject
    HttpServerRequest request;

    @Inject
    RoutingContext routing;

    /** The path and query of this page, to come back to after a form in the header. */
    public String getUri() {
        return Redirects.localPath(request.uri());
    }

    /**
     * Whether the CSRF filter has prepared a token for this request. It has not when the request was refused
     * (403) before reaching the resource: the error page then shows its forms without a token rather than fail.
     */
    public boolean isCsrfReady() {
        return routing.get("csrf_token") != null;
    }

    /** Whether this page belongs to the part of the site under {@code path}, for {@code aria-current} in the menu. */
    public boolean at(String path) {
        String current = request.path();
        return "/".equals(path) ? "/".equals(current) : current.equals(path) || current.startsWith(path + "/");
    }
}
