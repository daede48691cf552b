package vn.dondoc.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The login page (the form posts to the built-in {@code /j_security_check}) and logout, which ends the session for good. */
@Path("/")
public class LoginResource {

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name")
    String sessionCookie;

    @Inject
    Sessions sessions;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean error, boolean loggedOut, Long wait, boolean refused);
    }

    @GET
    @Path("login")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance login(@QueryParam("error") boolean error, @QueryParam("out") boolean loggedOut,
            @QueryParam("wait") String wait, @QueryParam("refused") boolean refused) {
        return Templates.login(error, loggedOut, seconds(wait), refused);
    }

    /** The seconds a delayed login must wait, as the refusal put them in the address; null when there are none. */
    private static Long seconds(String wait) {
        return wait == null || !wait.matches("[1-9]\\d{0,5}") ? null : Long.valueOf(wait);
    }

    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout(@CookieParam(Sessions.COOKIE) String sessionToken) {
        sessions.end(sessionToken);
        return Response.seeOther(URI.create("/login?out=true"))
                .cookie(expired(sessionCookie), expired(Sessions.COOKIE)).build();
    }

    private static NewCookie expired(String name) {
        return new NewCookie.Builder(name).value("").path("/").maxAge(0).httpOnly(true).build();
    }
}
