package vn.dondoc.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

/** Checks a user name and password (login form and HTTP Basic) against the accounts in the database. */
@ApplicationScoped
public class UserIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    public static final String ATTRIBUTE_BODY_ID = "bodyId";
    public static final String ATTRIBUTE_BODY_CODE = "bodyCode";

    @Inject
    LoginGuard loginGuard;

    @Inject
    Sessions sessions;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        String username = request.getUsername();
        String password = new String(request.getPassword().getPassword());
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        String address = routing == null || routing.request().remoteAddress() == null ? null
                : routing.request().remoteAddress().host();
        boolean formLogin = routing != null && routing.normalizedPath().endsWith("/j_security_check");
        return context.runBlocking(() -> {
            SecurityIdentity identity = check(username, password, address);
            if (formLogin) {
                routing.response().addCookie(Sessions.cookie(sessions.start(username)));
            }
            return identity;
        });
    }

    /** Not one transaction: a failed attempt must be recorded although the login then fails. */
    @ActivateRequestContext
    SecurityIdentity check(String username, String password, String address) {
        if (loginGuard.blocked(username, address)) {
            throw new AuthenticationFailedException("too many attempts");
        }
        User user = User.findByUsername(username).orElse(null);
        if (user == null || !user.enabled || !user.passwordMatches(password)) {
            loginGuard.failed(username, address);
            throw new AuthenticationFailedException();
        }
        loginGuard.succeeded(username);
        return identityOf(user);
    }

    static SecurityIdentity identityOf(User user) {
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.username))
                .addRole(user.role.name());
        if (user.body != null) {
            identity.addAttribute(ATTRIBUTE_BODY_ID, user.body.id);
            identity.addAttribute(ATTRIBUTE_BODY_CODE, user.body.code);
        }
        return identity.build();
    }
}
