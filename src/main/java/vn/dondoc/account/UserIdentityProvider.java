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
import java.time.Duration;
import vn.dondoc.web.CurrentUser;

/**
 * Checks a user name and password (login form and HTTP Basic) against the accounts in the database, after the
 * login form's origin and token ({@link LoginForm}) and the login delays ({@link LoginGuard}).
 */
@ApplicationScoped
public class UserIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    @Inject
    LoginGuard loginGuard;

    @Inject
    Sessions sessions;

    @Inject
    ClientAddresses clientAddresses;

    @Inject
    LoginForm loginForm;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        String username = request.getUsername();
        String password = new String(request.getPassword().getPassword());
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        String address = routing == null ? null : clientAddresses.of(routing);
        boolean formLogin = routing != null && routing.normalizedPath().endsWith("/j_security_check");
        if (formLogin && !loginForm.fromThisSite(routing)) {
            LoginRefusal.foreignForm(routing);
            return Uni.createFrom().failure(new AuthenticationFailedException("login form from another site"));
        }
        return context.runBlocking(() -> {
            SecurityIdentity identity = check(username, password, address, routing);
            if (formLogin) {
                routing.response().addCookie(Sessions.cookie(sessions.start(username)));
            }
            return identity;
        });
    }

    /**
     * Not one transaction: a failed attempt must be recorded although the login then fails. A name without an
     * account costs a bcrypt check as a name with one does, and a disabled account has its password checked too.
     * A successful login of a name without recent failures runs one statement (the account, its body and the
     * failures of name and address), and bcrypt: HTTP Basic is meant for people, programs use API tokens.
     */
    @ActivateRequestContext
    SecurityIdentity check(String username, String password, String address, RoutingContext routing) {
        LoginGuard.Attempt attempt = loginGuard.attempt(username, address);
        Duration wait = loginGuard.wait(attempt);
        if (!wait.isZero()) {
            LoginRefusal.mustWait(routing, wait);
            throw new AuthenticationFailedException("login delayed");
        }
        User user = attempt.user();
        boolean matches = user == null ? DummyPassword.check(password) : user.passwordMatches(password);
        if (user == null || !user.enabled || !matches) {
            loginGuard.failed(username, address);
            throw new AuthenticationFailedException();
        }
        loginGuard.succeeded(attempt);
        return identityOf(user);
    }

    static SecurityIdentity identityOf(User user) {
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.username))
                .addRole(user.role.name());
        if (user.body != null) {
            identity.addAttribute(CurrentUser.ATTRIBUTE_BODY_ID, user.body.id);
            identity.addAttribute(CurrentUser.ATTRIBUTE_BODY_CODE, user.body.code);
        }
        return identity.build();
    }
}
