package vn.dondoc.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Facts about the request that the layout needs: {@code {inject:page.uri}}. */
@RequestScoped
@Named("page")
public class Page {

    @Inject
    HttpServerRequest request;

    /** The path and query of this page, to come back to after a form in the header. */
    public String getUri() {
        return Redirects.localPath(request.uri());
    }
}
