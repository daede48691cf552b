package vn.dondoc.importer;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.RestQuery;
import vn.dondoc.directive.Directive;
import vn.dondoc.importer.reading.FoundOwner;
import vn.dondoc.importer.reading.FoundTask;
import vn.dondoc.importer.reading.TaskDoubt;
import vn.dondoc.importer.reading.Reading;
import vn.dondoc.importer.reading.ReadingWarning;
import vn.dondoc.task.DirectiveJson;
import vn.dondoc.web.AppRole;
import vn.dondoc.web.FieldErrors;
import vn.dondoc.web.TypedDate;

/** The import workflow for programs: the directive text as the request body (text/plain, UTF-8). */
@Path("/api/imports")
@RolesAllowed({AppRole.ADMIN_ROLE, AppRole.CLERK_ROLE})
@Produces(MediaType.APPLICATION_JSON)
public class ImportApiResource {

    @Inject
    ImportService imports;

    @Inject
    SecurityIdentity identity;

    @Inject
    HttpHeaders headers;

    /** What the reader makes of the text; saves nothing. */
    @POST
    @Path("/preview")
    @Consumes(MediaType.WILDCARD)
    public Response preview(byte[] body, @RestQuery String documentDate) {
        try {
            Reading reading = imports.read(text(body), date(documentDate));
            return Response.ok(PreviewJson.of(reading)).build();
        } catch (ImportProblem problem) {
            return refusal(problem);
        }
    }

    /** Reads and saves the text as it stands: 201 with the new directive, or 409 pointing at the one that holds it. */
    @POST
    @Consumes(MediaType.WILDCARD)
    public Response create(byte[] body, @RestQuery String documentDate) {
        try {
            Reading reading = imports.read(text(body), date(documentDate));
            if (reading.tasks().isEmpty()) {
                throw new ImportProblem(ImportError.NO_TASKS);
            }
            Long id = imports.save(ImportDraft.of(reading, null), identity.getPrincipal().getName());
            return Response.created(URI.create("/api/directives/" + id)).entity(DirectiveJson.of(Directive.findById(id))).build();
        } catch (ImportProblem problem) {
            return refusal(problem);
        }
    }

    private String text(byte[] body) {
        if (body == null || body.length == 0) {
            throw new ImportProblem(ImportError.EMPTY);
        }
        if (body.length > imports.maxBytes()) {
            throw new ImportProblem(ImportError.TOO_LARGE);
        }
        return UploadedText.fromPaste(UploadedText.strictUtf8(body), imports.maxBytes());
    }

    private static LocalDate date(String value) {
        FieldErrors errors = new FieldErrors();
        LocalDate day = TypedDate.readIso(value, "documentDate", ImportError.BAD_DATE.key(), errors);
        if (errors.isAny()) {
            throw new ImportProblem(ImportError.BAD_DATE);
        }
        return day;
    }

    private Response refusal(ImportProblem problem) {
        ImportError error = problem.error();
        int status = switch (error) {
            case DUPLICATE -> 409;
            case TOO_LARGE, TOO_COMPLEX -> 413;
            case BINARY, UNSUPPORTED_TYPE -> 415;
            case NO_TASKS -> 422;
            default -> 400;
        };
        Response.ResponseBuilder answer = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorJson(error.code(), error.message(messages())));
        if (problem.existingDirectiveId() != null) {
            answer.location(URI.create("/api/directives/" + problem.existingDirectiveId()));
        }
        return answer.build();
    }

    private ImportMessages messages() {
        List<Locale> languages = headers.getAcceptableLanguages();
        String language = !languages.isEmpty() && "en".equals(languages.get(0).getLanguage()) ? "en" : "vi";
        return MessageBundles.get(ImportMessages.class, Localized.Literal.of(language));
    }

    record ErrorJson(String error, String message) {
    }

    record PreviewJson(String title, String number, String kind, LocalDate documentDate, String issuer, List<TaskJson> tasks,
            List<ReadingWarning> warnings) {

        static PreviewJson of(Reading reading) {
            return new PreviewJson(reading.title(), reading.number(), reading.kind(), reading.documentDate(), reading.issuer(),
                    reading.tasks().stream().map(TaskJson::of).toList(), reading.warnings());
        }
    }

    record TaskJson(String text, String section, int start, int end, LocalDate deadline, String deadlineText, String deadlineKind,
            List<OwnerJson> owners, double confidence, List<TaskDoubt> doubts) {

        static TaskJson of(FoundTask t) {
            return new TaskJson(t.text(), t.section(), t.start(), t.end(), t.deadline(), t.deadlineText(),
                    t.deadlineKind() == null ? null : t.deadlineKind().name(), t.owners().stream().map(OwnerJson::of).toList(),
                    t.confidence(), t.doubts());
        }
    }

    record OwnerJson(String code, String name, String role, boolean inferred, boolean group, String reason) {

        static OwnerJson of(FoundOwner o) {
            return new OwnerJson(o.code(), o.name(), o.role() == null ? null : o.role().name(), o.inferred(), o.group(), o.reason());
        }
    }
}
