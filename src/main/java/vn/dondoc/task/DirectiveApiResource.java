package vn.dondoc.task;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.jboss.resteasy.reactive.RestPath;
import vn.dondoc.directive.Directive;
import vn.dondoc.web.AppRole;

/** Imported directives for programs; clerks' programs withdraw and restore them. */
@Path("/api/directives")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class DirectiveApiResource {

    @Inject
    DirectiveCorrections corrections;

    @Inject
    SecurityIdentity identity;

    /** The body of a withdrawal: why. */
    public record WithdrawJson(String reason) {
    }

    @GET
    @Path("/{id}")
    public DirectiveJson get(@RestPath Long id) {
        return DirectiveJson.of(DirectiveCorrections.find(id));
    }

    /** Withdraws the directive: 200 with it, 400 without a reason, 409 when it is withdrawn already. */
    @POST
    @Path("/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({AppRole.ADMIN_ROLE, AppRole.CLERK_ROLE})
    public Response withdraw(@RestPath long id, WithdrawJson body) {
        String reason = body == null ? null : body.reason();
        return answer(id, Correction.attempt(() -> corrections.withdraw(id, null, reason, identity.getPrincipal().getName())));
    }

    /**
     * Puts a withdrawn directive back: 200 with it, 409 when it is in force or its text was imported again since.
     * The body is {@code {}}: a POST without any is refused by the CSRF filter before it gets here.
     */
    @POST
    @Path("/{id}/restore")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({AppRole.ADMIN_ROLE, AppRole.CLERK_ROLE})
    public Response restore(@RestPath long id) {
        Correction result = Correction.attempt(() -> corrections.restore(id, null, identity.getPrincipal().getName()));
        if (result.outcome() == Correction.Outcome.INVALID) {
            return Response.status(409).entity(Map.of("error", "copy_in_force", "fields", result.errors())).build();
        }
        return answer(id, result);
    }

    private static Response answer(long id, Correction result) {
        return result.json(() -> DirectiveJson.of(Directive.findById(id)));
    }
}
