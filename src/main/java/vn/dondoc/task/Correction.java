package vn.dondoc.task;

import vn.dondoc.audit.AuditEntry;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.function.Supplier;
import vn.dondoc.web.FieldErrors;

/**
 * What came of a correction of saved data (a task, a directive): saved; refused with, for each wrong field, the
 * message key of its error; or refused because somebody else changed the record after the form was opened.
 */
public record Correction(Outcome outcome, FieldErrors errors) {

    public enum Outcome { SAVED, INVALID, STALE }

    public static final Correction SAVED = new Correction(Outcome.SAVED, new FieldErrors());
    public static final Correction STALE = new Correction(Outcome.STALE, new FieldErrors());

    public static Correction invalid(FieldErrors errors) {
        return new Correction(Outcome.INVALID, new FieldErrors().putAll(errors));
    }

    public boolean saved() {
        return outcome == Outcome.SAVED;
    }

    public boolean stale() {
        return outcome == Outcome.STALE;
    }

    /** The status of the page shown again after a refused correction: 409 when out of date, else 400. */
    public int status() {
        return stale() ? 409 : 400;
    }

    /** The change that came first, shown beside an out-of-date form; null when the form was only wrong. */
    public AuditEntry changedMeanwhile(String auditType, long id) {
        return stale() ? AuditEntry.latest(auditType, id) : null;
    }

    /**
     * The API's answer: 200 with the record as saved, 400 with each wrong field, 409 with the record as it is when
     * somebody else changed it first.
     */
    public Response json(Supplier<?> current) {
        return switch (outcome) {
            case SAVED -> Response.ok(current.get()).build();
            case INVALID -> Response.status(400).entity(Map.of("error", "invalid", "fields", errors)).build();
            case STALE -> Response.status(409).entity(Map.of("error", "stale", "current", current.get())).build();
        };
    }

    /** Runs a correction; one that another transaction committed first comes back as out of date. */
    public static Correction attempt(Supplier<Correction> correction) {
        try {
            return correction.get();
        } catch (RuntimeException e) {
            if (!AssignmentUpdate.isConcurrentChange(e)) {
                throw e;
            }
            return STALE;
        }
    }
}
