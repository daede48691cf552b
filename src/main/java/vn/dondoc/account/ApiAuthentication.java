package vn.dondoc.account;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.quarkus.security.credential.PasswordCredential;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * How programs log in: {@code Authorization: Bearer dd_...} with a personal API token ({@link ApiToken}), or HTTP
 * Basic with a user name and password (checked with bcrypt, so slow on purpose: meant for people, such as a
 * calendar program set up by hand). The paths under {@code /api} take only this mechanism
 * ({@code quarkus.http.auth.permission.api.auth-mechanism}), and an anonymous call there is answered with a Basic
 * challenge. Elsewhere Quarkus' own Basic mechanism reads Basic, and this one reads a token only for the calendar
 * feeds.
 */
@ApplicationScoped
public class ApiAuthentication implements HttpAuthenticationMechanism {

    /** The name the configuration gives this mechanism. */
    static final String SCHEME = "dondoc-api";

    private static final String BEARER = "bearer ";
    private static final String BASIC = "basic ";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String header = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            return Uni.createFrom().optional(Optional.empty());
        }
        String path = context.normalizedPath();
        boolean api = isApi(path);
        AuthenticationRequest request = null;
        if (startsWith(header, BEARER) && (api || path.endsWith("/deadlines.ics"))) {
            request = new TokenAuthenticationRequest(new TokenCredential(header.substring(BEARER.length()).strip(), "bearer"));
        } else if (startsWith(header, BASIC) && api) {
            request = basic(header.substring(BASIC.length()).strip());
        }
        if (request == null) {
            return Uni.createFrom().optional(Optional.empty());
        }
        return identityProviderManager.authenticate(HttpSecurityUtils.setRoutingContextAttribute(request, context));
    }

    /** A Basic header's name and password, or a request no account has for a header that does not decode. */
    private static AuthenticationRequest basic(String encoded) {
        String plain;
        try {
            plain = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            plain = "";
        }
        int colon = plain.indexOf(':');
        String username = colon < 0 ? plain : plain.substring(0, colon);
        String password = colon < 0 ? "" : plain.substring(colon + 1);
        return new UsernamePasswordAuthenticationRequest(username, new PasswordCredential(password.toCharArray()));
    }

    private static boolean startsWith(String header, String scheme) {
        return header.regionMatches(true, 0, scheme, 0, scheme.length());
    }

    /** The Basic challenge under /api; none elsewhere, where the pages' login form answers (a redirect to /login). */
    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (!isApi(context.normalizedPath())) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Basic realm=\"dondoc\", charset=\"UTF-8\""));
    }

    private static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenAuthenticationRequest.class, UsernamePasswordAuthenticationRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, SCHEME));
    }
}
