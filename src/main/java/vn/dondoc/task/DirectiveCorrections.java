package vn.dondoc.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.LocalDate;
import vn.dondoc.directive.Directive;
import vn.dondoc.directive.DirectiveKinds;
import vn.dondoc.web.FieldErrors;
import vn.dondoc.web.Forms;

/**
 * Corrections of an imported directive: its details, and withdrawing it (thu hồi) or putting it back. A withdrawn
 * directive stays for the record but its tasks leave every list and report, and its text may be imported again.
 * Each change is checked against the version the clerk saw and recounted in the progress tally.
 */
@ApplicationScoped
public class DirectiveCorrections {

    static final int MAX_NUMBER = 100;
    static final int MAX_TITLE = 1000;
    static final int MAX_ISSUER = 500;
    static final int MAX_REASON = 1000;

    /** The details as the form gives them; {@code dateError} when the typed date was no day. */
    public record Details(String number, String kind, String title, LocalDate documentDate, boolean dateError, String issuer) {
    }

    @Transactional
    public Correction correct(long id, Long version, Details details, String actor) {
        Directive directive = find(id);
        FieldErrors errors = new FieldErrors();
        String number = Forms.blankToNull(details.number());
        if (number != null && number.length() > MAX_NUMBER) {
            errors.put("number", "directive_edit_error_number_long");
        }
        String kind = Forms.blankToNull(details.kind());
        if (kind != null && !DirectiveKinds.CODES.contains(kind)) {
            errors.put("kind", "directive_edit_error_kind");
        }
        String title = Forms.blankToNull(details.title());
        if (title == null) {
            errors.put("title", "directive_edit_error_title_missing");
        } else if (title.length() > MAX_TITLE) {
            errors.put("title", "directive_edit_error_title_long");
        }
        if (details.dateError()) {
            errors.put("documentDate", "directive_edit_error_date");
        }
        String issuer = Forms.blankToNull(details.issuer());
        if (issuer != null && issuer.length() > MAX_ISSUER) {
            errors.put("issuer", "directive_edit_error_issuer_long");
        }
        if (version == null) {
            errors.putIfAbsent("title", "task_status_error_version");
        }
        if (!errors.isEmpty()) {
            return Correction.invalid(errors);
        }
        if (version != directive.version) {
            return Correction.STALE;
        }
        if (directive.correct(number, kind, title, details.documentDate(), issuer, actor) != null) {
            Directive.flush();
            Task.refreshSearchTextsOf(directive);
        }
        return Correction.SAVED;
    }

    /** Withdraws the directive for the given reason; {@code version} null skips the check (the API names none). */
    @Transactional
    public Correction withdraw(long id, Long version, String reason, String actor) {
        Directive directive = find(id);
        String why = Forms.blankToNull(reason);
        if (why == null) {
            return Correction.invalid(FieldErrors.of("reason", "directive_withdraw_error_reason_missing"));
        }
        if (why.length() > MAX_REASON) {
            return Correction.invalid(FieldErrors.of("reason", "directive_withdraw_error_reason_long"));
        }
        if (directive.isWithdrawn() || version != null && version != directive.version) {
            return Correction.STALE;
        }
        directive.withdraw(actor, why);
        Assignment.markWithdrawn(directive.id, true);
        AssignmentTally.refreshDirective(directive.id);
        return Correction.SAVED;
    }

    /**
     * Puts a withdrawn directive back in force, unless its text was imported again meanwhile: two copies of one
     * text in force would count its tasks twice.
     */
    @Transactional
    public Correction restore(long id, Long version, String actor) {
        Directive directive = find(id);
        if (!directive.isWithdrawn() || version != null && version != directive.version) {
            return Correction.STALE;
        }
        if (Directive.findByHash(directive.contentHash).isPresent()) {
            return Correction.invalid(FieldErrors.of("restore", "directive_restore_error_copy"));
        }
        directive.restore(actor);
        Assignment.markWithdrawn(directive.id, false);
        AssignmentTally.refreshDirective(directive.id);
        return Correction.SAVED;
    }

    /** The directive, or a 404 page. */
    static Directive find(long id) {
        Directive directive = Directive.findById(id);
        if (directive == null) {
            throw new NotFoundException();
        }
        return directive;
    }
}
