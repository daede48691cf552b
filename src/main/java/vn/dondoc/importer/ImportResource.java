package vn.dondoc.importer;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;
import vn.dondoc.directive.Directive;
import vn.dondoc.importer.reading.KnownBody;
import vn.dondoc.importer.reading.Reading;
import vn.dondoc.importer.reading.TextNormalizer;
import vn.dondoc.web.AppRole;
import vn.dondoc.web.CurrentUser;
import vn.dondoc.web.FieldErrors;
import vn.dondoc.web.Flash;
import vn.dondoc.web.TypedDate;
import vn.dondoc.web.Forms;

/** The clerk's import: paste or upload a directive, check what was read, correct it, save. */
@Path("/imports")
@RolesAllowed({AppRole.ADMIN_ROLE, AppRole.CLERK_ROLE})
@Produces(MediaType.TEXT_HTML)
public class ImportResource {

    @Inject
    ImportService imports;

    @Inject
    CurrentUser user;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(NewForm form);

        static native TemplateInstance preview(PreviewForm form);
    }

    /**
     * The first step's values, to show the form again.
     *
     * @param duplicateOf the directive that already holds this text, for the link in the message
     */
    public record NewForm(String text, String title, String documentDate, FieldErrors errors, Long duplicateOf) {

        static NewForm empty() {
            return new NewForm("", "", "", new FieldErrors(), null);
        }
    }

    @GET
    @Path("/new")
    public TemplateInstance form() {
        return Templates.form(NewForm.empty());
    }

    @POST
    @Path("/preview")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response preview(@RestForm String text, @RestForm FileUpload file, @RestForm String title, @RestForm String documentDate) {
        String pasted = text == null ? "" : text;
        NewForm entered = new NewForm(pasted, value(title), value(documentDate), new FieldErrors(), null);
        LocalDate date = TypedDate.read(entered.documentDate(), "documentDate", ImportError.BAD_DATE.key(), entered.errors());
        boolean uploaded = file != null && file.fileName() != null && !file.fileName().isBlank();
        String field = uploaded ? "file" : "text";
        try {
            String raw = uploaded ? UploadedText.fromFile(file.fileName(), bytes(file), imports.maxBytes())
                    : UploadedText.fromPaste(pasted, imports.maxBytes());
            if (!entered.errors().isEmpty()) {
                return again(entered, 400);
            }
            Optional<Directive> before = imports.existing(TextNormalizer.normalize(raw));
            if (before.isPresent()) {
                entered.errors().putIfAbsent(field, ImportError.DUPLICATE.key());
                return again(new NewForm(pasted, entered.title(), entered.documentDate(), entered.errors(), before.get().id), 409);
            }
            Reading reading = imports.read(raw, date);
            if (reading.tasks().isEmpty()) {
                // The text stays in the form so that the clerk can fix it; an uploaded file's text is shown there too.
                entered.errors().putIfAbsent("text", ImportError.NO_TASKS.key());
                return again(new NewForm(uploaded ? reading.text() : pasted, entered.title(), entered.documentDate(), entered.errors(), null), 400);
            }
            return Response.ok(Templates.preview(PreviewForm.of(reading, title, imports.knownBodies()))).build();
        } catch (ImportProblem problem) {
            entered.errors().putIfAbsent(field, problem.error().key());
            return again(entered, problem.error() == ImportError.TOO_LARGE || problem.error() == ImportError.TOO_COMPLEX ? 413 : 400);
        }
    }

    /**
     * The preview page's form as the page sends it: multipart, because a directive of a hundred tasks makes a form of
     * more than the 1,000 fields Quarkus reads from a URL-encoded body (a fixed limit), while the multipart reader takes
     * {@code quarkus.http.limits.max-parameters}.
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response confirm(MultipartFormDataInput input) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        input.getValues().forEach((name, values) -> values.stream().filter(v -> !v.isFileItem()).forEach(v -> form.add(name, v.getValue())));
        return save(form);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(MultivaluedMap<String, String> form) {
        String text = TextNormalizer.normalize(form.getFirst("text"));
        String documentDate = value(form.getFirst("documentDate"));
        NewForm start = new NewForm(text, value(form.getFirst("title")), documentDate, new FieldErrors(), null);
        LocalDate date = TypedDate.read(documentDate, "documentDate", ImportError.BAD_DATE.key(), start.errors());
        if (start.errors().has("documentDate")) {
            return again(start, 400);
        }
        Reading reading;
        try {
            reading = imports.read(text, date);
        } catch (ImportProblem problem) {
            start.errors().putIfAbsent("text", problem.error().key());
            return again(start, 400);
        }
        List<KnownBody> known = imports.knownBodies();
        PreviewForm preview = PreviewForm.parse(form, reading, known);
        ImportDraft draft = preview.errors.isEmpty() ? preview.toDraft(date) : null;
        if (draft == null) {
            return Response.status(400).entity(Templates.preview(preview)).build();
        }
        try {
            Long id = imports.save(draft, user.getName());
            return Flash.seeOther("/directives/" + id, "import_saved");
        } catch (ImportProblem problem) {
            if (problem.error() == ImportError.DUPLICATE) {
                start.errors().putIfAbsent("text", ImportError.DUPLICATE.key());
                return again(new NewForm(text, start.title(), documentDate, start.errors(), problem.existingDirectiveId()), 409);
            }
            preview.errors.putIfAbsent("tasks", problem.error().key());
            return Response.status(400).entity(Templates.preview(preview)).build();
        }
    }

    private static Response again(NewForm form, int status) {
        return Forms.again(status, Templates.form(form));
    }

    private byte[] bytes(FileUpload file) {
        if (file.size() > imports.maxFileBytes()) {
            throw new ImportProblem(ImportError.TOO_LARGE);
        }
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String value(String value) {
        return value == null ? "" : value.strip();
    }
}
