package vn.dondoc.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import vn.dondoc.audit.AuditEntry;
import vn.dondoc.web.CurrentUser;
import vn.dondoc.web.Flash;
import vn.dondoc.web.Forms;
import vn.dondoc.web.OfficeClock;
import vn.dondoc.web.TypedDate;
import vn.dondoc.web.FieldErrors;

/**
 * Each user's own API tokens (mã truy cập API): make one for a program, see when each was last used, revoke it.
 * Every logged-in user may; the pages are reached only with the login form's session, never with a token.
 * Making and revoking go to the audit trail, on the account.
 */
@Path("/account/tokens")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ApiTokenResource {

    @Inject
    CurrentUser currentUser;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<ApiToken> tokens, String name, String expiresOn, FieldErrors errors,
                String secret);
    }

    @GET
    @Transactional
    public TemplateInstance list() {
        return page("", "", new FieldErrors(), null);
    }

    /**
     * Makes a token and answers with the page that shows it, once: the secret must not travel in a redirect's
     * address or a cookie, so this POST is answered without the usual redirect.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response create(@RestForm String name, @RestForm String expiresOn) {
        FieldErrors errors = new FieldErrors();
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty()) {
            errors.put("name", "tokens_error_name");
        } else if (cleanName.length() > ApiToken.MAX_NAME) {
            errors.put("name", "tokens_error_name_long");
        }
        LocalDate expiry = TypedDate.read(expiresOn, "expiresOn", "tokens_error_expiry", errors);
        if (expiry != null && expiry.isBefore(OfficeClock.today())) {
            errors.put("expiresOn", "tokens_error_expiry_past");
        }
        if (!errors.isEmpty()) {
            return Forms.again(400, page(name == null ? "" : name, expiresOn == null ? "" : expiresOn, errors, null));
        }
        User user = me();
        String secret = ApiToken.create(user, cleanName, expiry);
        ApiToken made = ApiToken.findBySecret(secret).orElseThrow();
        AuditEntry.record(currentUser.getName(), UserAdminResource.AUDIT_TYPE, user.id, "token_create", null, made.describe());
        return Response.ok(page("", "", new FieldErrors(), secret)).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("{id}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response revoke(@PathParam("id") long id) {
        ApiToken token = ApiToken.findOf(me(), id).orElseThrow(NotFoundException::new);
        revoke(token, currentUser.getName());
        return Flash.seeOther("/account/tokens", "tokens_flash_revoked");
    }

    /** Revokes the token (again is harmless) and says so in the trail of its owner's account. */
    static void revoke(ApiToken token, String actor) {
        if (!token.isRevoked()) {
            token.revoke(actor);
            AuditEntry.record(actor, UserAdminResource.AUDIT_TYPE, token.user.id, "token_revoke", null, token.describe());
        }
    }

    private User me() {
        return User.findByUsername(currentUser.getName()).orElseThrow(NotFoundException::new);
    }

    private TemplateInstance page(String name, String expiresOn, FieldErrors errors, String secret) {
        return Templates.list(ApiToken.of(me()), name, expiresOn, errors, secret);
    }
}
