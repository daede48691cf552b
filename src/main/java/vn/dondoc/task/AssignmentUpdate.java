package vn.dondoc.task;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.StaleStateException;
import vn.dondoc.audit.AuditEntry;
import vn.dondoc.web.CurrentUser;
import vn.dondoc.web.OfficeClock;
import vn.dondoc.web.Sha256;
import vn.dondoc.web.TypedDate;
import vn.dondoc.web.FieldErrors;
import vn.dondoc.web.Forms;

/**
 * Checking off an assignment: the new status, the day it was done, the note, a line in its history and in the
 * audit trail, all in one transaction. A change made from an out-of-date page is refused rather than
 * written over what somebody else saved in the meantime.
 *
 * <p>The follow-up's rules live here, whichever page, list or program asks:
 * <ul>
 * <li>Staff who mark their assignment done report a result (what was done, required; the answering document;
 * files). Where confirmation is asked for ({@code dondoc.confirmation.required}) the assignment is then
 * {@link Status#REPORTED} until the clerk decides; otherwise it is done at once. Its done day is the day of the
 * report either way.</li>
 * <li>A reported assignment is the clerk's: "done" confirms it (the done day stays), another status returns it
 * with the note as the reason, which is required. Staff cannot change it meanwhile.</li>
 * <li>A clerk who marks an assignment done makes it done, with or without a result.</li>
 * </ul>
 */
@ApplicationScoped
@Named("assignmentUpdate")
public class AssignmentUpdate {

    public static final int MAX_NOTE = 2000;
    public static final int MAX_FILES = 10;

    public enum Outcome { SAVED, INVALID, STALE }

    /** What came of a change; for INVALID, each wrong field with the message key of its error. */
    public record Result(Outcome outcome, FieldErrors errors, StatusChange.Kind kind) {

        public Result(Outcome outcome, FieldErrors errors) {
            this(outcome, errors, null);
        }
    }

    /** A file as uploaded: the name the browser gave, its size, and where the upload was kept. */
    public record Upload(String name, long size, Path file) {
    }

    /** The result given with "done": what was done, the number and date (as typed) of the answering document, the files. */
    public record Report(String text, String answerNumber, String answerDate, List<Upload> files) {

        boolean hasFiles() {
            return files != null && !files.isEmpty();
        }
    }

    @Inject
    CurrentUser user;

    @Inject
    AttachmentStore store;

    @ConfigProperty(name = "dondoc.confirmation.required", defaultValue = "true")
    boolean confirmationRequired;

    @ConfigProperty(name = "dondoc.attachments.max-bytes", defaultValue = "20971520")
    long maxBytes;

    /** Whether staff's "done" waits for the clerk's confirmation in this deployment. */
    public boolean confirmationRequired() {
        return confirmationRequired;
    }

    /** A change without a result of its own: with "done" by staff, the note is the result. */
    public Result apply(long taskId, long assignmentId, String status, String note, String version) {
        return apply(taskId, assignmentId, status, note, version, null);
    }

    /**
     * Applies a status change seen by the user at {@code version}, with the result given ({@code report}, or null).
     *
     * @throws NotFoundException  no such assignment of that task
     * @throws ForbiddenException the user may not change that body's assignments
     * @throws OptimisticLockException somebody else's change was committed while this one was being written
     */
    @Transactional
    public Result apply(long taskId, long assignmentId, String status, String note, String version, Report report) {
        Assignment assignment = Assignment.findOfTask(taskId, assignmentId).orElseThrow(NotFoundException::new);
        if (!user.mayUpdateBody(assignment.body.id)) {
            throw new ForbiddenException();
        }
        FieldErrors errors = new FieldErrors();
        Status newStatus = null;
        try {
            newStatus = status == null ? null : Status.valueOf(status.trim());
        } catch (IllegalArgumentException e) {
            newStatus = null;
        }
        if (newStatus == null || newStatus == Status.REPORTED) {
            errors.put("status", "task_status_error_status");
        }
        String newNote = note == null || note.isBlank() ? null : note.strip();
        if (newNote != null && newNote.length() > MAX_NOTE) {
            errors.put("note", "task_status_error_note");
        }
        Long seen = parseVersion(version);
        if (seen == null) {
            errors.put("status", "task_status_error_version");
        }
        if (!errors.isEmpty()) {
            return invalid(errors, report);
        }
        if (seen != assignment.version) {
            return new Result(Outcome.STALE, new FieldErrors());
        }
        Status before = assignment.status;
        boolean clerk = user.isClerk();
        StatusChange.Kind kind = kindOf(before, newStatus, clerk, report);
        if (before == Status.REPORTED && !clerk) {
            errors.put("status", "task_status_error_reported");
        }
        if (kind == StatusChange.Kind.RETURN && newNote == null) {
            errors.put("note", "result_error_reason_needed");
        }
        Reported given = kind == StatusChange.Kind.REPORT ? read(report, newNote, errors) : null;
        if (!errors.isEmpty()) {
            return invalid(errors, report);
        }
        Status target = newStatus;
        if (kind == StatusChange.Kind.REPORT && !clerk && confirmationRequired) {
            target = Status.REPORTED;
        }

        String beforeText = describe(assignment.status, assignment.latestNote);
        Instant now = Instant.now();
        TaskResult result = null;
        if (kind == StatusChange.Kind.REPORT) {
            result = given.save(assignment, target == Status.REPORTED ? TaskResult.State.PENDING : TaskResult.State.ACCEPTED, now);
        } else if (kind == StatusChange.Kind.CONFIRM || kind == StatusChange.Kind.RETURN) {
            result = TaskResult.pendingOf(assignment);
            if (result != null) {
                String resultBefore = result.auditText();
                result.state = kind == StatusChange.Kind.CONFIRM ? TaskResult.State.CONFIRMED : TaskResult.State.RETURNED;
                result.decidedAt = now;
                result.decidedBy = user.getName();
                result.decisionNote = newNote;
                AuditEntry.record(user.getName(), "result", result.id, kind == StatusChange.Kind.CONFIRM ? "confirm" : "return",
                        resultBefore, result.auditText());
            }
        }
        String shownNote = kind == StatusChange.Kind.REPORT && newNote == null ? given.text : newNote;
        if (shownNote != null) {
            assignment.latestNote = shownNote;
        }
        assignment.changeStatus(target, user.getName(), now, newNote, kind, result);
        AuditEntry.record(user.getName(), "assignment", assignment.id, kind == null ? "status" : kind.auditAction(), beforeText,
                describe(assignment.status, assignment.latestNote));
        if (shownNote != null) {
            TaskSearchText.refresh(assignment.task);
        }
        // Writing now, inside the method, lets a concurrent change surface here as an OptimisticLockException.
        Assignment.flush();
        if (before == Status.DONE) {
            // Its earlier done day came from the assignment; now it comes from its history, which may say otherwise.
            AssignmentTally.refresh(List.of(assignment.directiveId), List.of(assignment.body.id));
        } else {
            AssignmentTally.refreshPresent(List.of(assignment.directiveId), List.of(assignment.body.id));
        }
        return new Result(Outcome.SAVED, new FieldErrors(), kind);
    }

    /**
     * What the change is in the follow-up: a report (done from an open status, by staff always, by a clerk when
     * a result is given), a decision on a report, or a plain change (null).
     */
    private static StatusChange.Kind kindOf(Status before, Status requested, boolean clerk, Report report) {
        if (before == Status.REPORTED) {
            return !clerk ? null : requested == Status.DONE ? StatusChange.Kind.CONFIRM : StatusChange.Kind.RETURN;
        }
        if (requested != Status.DONE || before == Status.DONE) {
            return null;
        }
        return !clerk || report != null ? StatusChange.Kind.REPORT : null;
    }

    /** A result read and checked, not yet saved: the files' bytes are read once each is known to be allowed. */
    private final class Reported {
        String text;
        String answerNumber;
        LocalDate answerDate;
        final List<String> names = new ArrayList<>();
        final List<FileKind> kinds = new ArrayList<>();
        final List<byte[]> bytes = new ArrayList<>();

        TaskResult save(Assignment assignment, TaskResult.State state, Instant at) {
            TaskResult result = new TaskResult();
            result.assignment = assignment;
            result.text = text;
            result.answerNumber = answerNumber;
            result.answerDate = answerDate;
            result.reportedAt = at;
            result.reportedBy = user.getName();
            result.state = state;
            if (state == TaskResult.State.ACCEPTED) {
                result.decidedAt = at;
                result.decidedBy = user.getName();
            }
            result.persist();
            for (int i = 0; i < names.size(); i++) {
                Attachment file = new Attachment();
                file.result = result;
                file.fileName = names.get(i);
                file.contentType = kinds.get(i).contentType;
                file.sizeBytes = bytes.get(i).length;
                file.sha256 = Sha256.hex(bytes.get(i));
                file.uploadedAt = result.reportedAt;
                file.uploadedBy = result.reportedBy;
                file.persist();
                file.flush();
                store.put(file.id, bytes.get(i));
            }
            AuditEntry.record(user.getName(), "result", result.id, "report", null,
                    result.auditText() + names.stream().map(n -> "\nfile: " + n).reduce("", String::concat));
            return result;
        }
    }

    /** The result of a report, checked; the note stands for the text when no report form was used. */
    private Reported read(Report report, String note, FieldErrors errors) {
        Reported r = new Reported();
        String text = report == null ? note : Forms.blankToNull(report.text());
        String field = report == null ? "note" : "result";
        if (text == null) {
            errors.put(field, report == null ? "task_status_error_result_needed" : "result_error_text_needed");
        } else if (text.length() > TaskResult.MAX_TEXT) {
            errors.put(field, "result_error_text_long");
        }
        r.text = text;
        if (report == null) {
            return r;
        }
        String number = Forms.blankToNull(report.answerNumber());
        if (number != null && number.length() > TaskResult.MAX_NUMBER) {
            errors.put("answerNumber", "result_error_number_long");
        }
        r.answerNumber = number;
        r.answerDate = TypedDate.read(report.answerDate(), "answerDate", "result_error_date", errors);
        if (r.answerDate != null && r.answerDate.isAfter(OfficeClock.today())) {
            errors.put("answerDate", "result_error_date_future");
        }
        List<Upload> files = report.files() == null ? List.of() : report.files().stream().filter(u -> u.size() > 0).toList();
        if (files.size() > MAX_FILES) {
            errors.put("files", "result_error_files_many");
            return r;
        }
        for (Upload upload : files) {
            if (upload.size() > maxBytes) {
                errors.put("files", "result_error_file_big");
                return r;
            }
            byte[] content;
            try {
                content = Files.readAllBytes(upload.file());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            FileKind kind = FileKind.sniff(content);
            if (kind == null || FileKind.named(upload.name()) != kind) {
                errors.put("files", "result_error_file_type");
                return r;
            }
            r.names.add(FileKind.cleanName(upload.name(), kind));
            r.kinds.add(kind);
            r.bytes.add(content);
        }
        return r;
    }

    /** A refused change; files cannot be given back to the browser, so the form says to choose them again. */
    private static Result invalid(FieldErrors errors, Report report) {
        if (report != null && report.hasFiles() && !errors.has("files")) {
            errors.put("files", "result_error_files_again");
        }
        return new Result(Outcome.INVALID, errors);
    }

    /** Whether a failure means that another change was committed first. */
    public static boolean isConcurrentChange(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Status status, String note) {
        return status + (note == null ? "" : "; " + note);
    }

    private static Long parseVersion(String version) {
        try {
            return version == null ? null : Long.valueOf(version.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
