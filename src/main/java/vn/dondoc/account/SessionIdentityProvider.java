package vn.dondoc.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Restores the identity of a logged-in user from the session cookie on each request, reading the account
 * again so that a disabled user or a changed role takes effect at once. The form-login cookie alone is not
 * enough: the browser must also hold a session that has not been ended (see {@link Sessions}).
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    @Inject
    Sessions sessions;

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name")
    String formCookie;

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        Cookie cookie = routing == null ? null : routing.request().getCookie(Sessions.COOKIE);
        String token = cookie == null ? null : cookie.getValue();
        return context.runBlocking(() -> load(request.getPrincipal(), token))
                .onFailure().invoke(() -> forget(routing));
    }

    /** Without this the browser would keep sending the dead cookies and never reach the login page. */
    private void forget(RoutingContext routing) {
        if (routing != null) {
            routing.response().addCookie(Sessions.expired(formCookie)).addCookie(Sessions.expired(Sessions.COOKIE));
        }
    }

    SecurityIdentity load(String username, String token) {
        User user = sessions.userOf(token).filter(u -> u.username.equals(username))
                .orElseThrow(AuthenticationFailedException::new);
        return UserIdentityProvider.identityOf(user);
    }
}
