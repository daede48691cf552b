package vn.dondoc.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.time.Instant;

/**
 * Checks a personal API token ({@link ApiToken}): one select of the token with its user and body, and at most once
 * an hour one update of its last use. No password hash, no login-delay statements: a token is 256 random bits,
 * which nobody guesses by trying.
 */
@ApplicationScoped
public class TokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String secret = request.getToken().getToken();
        return context.runBlocking(() -> check(secret));
    }

    @ActivateRequestContext
    SecurityIdentity check(String secret) {
        Instant now = Instant.now();
        ApiToken token = ApiToken.findBySecret(secret).filter(t -> t.usable(now))
                .orElseThrow(() -> new AuthenticationFailedException("unknown, revoked or expired API token"));
        if (token.needsUseNoted(now)) {
            QuarkusTransaction.requiringNew().run(() -> ApiToken.noteUse(token.id, now));
        }
        return UserIdentityProvider.identityOf(token.user);
    }
}
