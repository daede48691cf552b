package vn.dondoc.web;

import io.vertx.ext.web.RoutingContext;

/**
 * The CSRF token bound to the request's session, when it has one: the accounts bind it, and error pages give it to
 * their forms ({@link ErrorPageToken}), which must pass the same check as any other page's.
 */
public interface SessionToken {

    /** The token of the session this request belongs to, in the CSRF filter's format; null without a session. */
    String of(RoutingContext routing, int tokenSize);
}
