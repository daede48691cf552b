package vn.dondoc.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** What every correction form needs: the version it was sent from, and a refused form shown again with its status. */
public final class Forms {

    private Forms() {
    }

    /**
     * The version of the record the form was opened on (a hidden field).
     *
     * @throws BadRequestException when there is none: the form was not sent from the page
     */
    public static long version(String value) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException();
        }
    }

    /** The page again, with 400 (a field is wrong) or 409 (somebody else changed the record first). */
    public static Response again(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }
}
