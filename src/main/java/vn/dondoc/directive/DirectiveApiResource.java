package vn.dondoc.directive;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;

/** Imported directives for programs. */
@Path("/api/directives")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class DirectiveApiResource {

    @GET
    @Path("/{id}")
    public DirectiveJson get(@RestPath Long id) {
        Directive directive = Directive.findById(id);
        if (directive == null) {
            throw new NotFoundException();
        }
        return DirectiveJson.of(directive);
    }
}
