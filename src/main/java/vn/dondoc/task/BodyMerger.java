package vn.dondoc.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dondoc.audit.AuditEntry;
import vn.dondoc.body.AuditText;
import vn.dondoc.body.ResponsibleBody;

/**
 * Records that one body was merged into another (sáp nhập, as in the 2025 reorganisation): the old body ends,
 * and the work it had not finished becomes its successor's. Finished work stays where it was done, so that
 * reports on the old body's record stay true.
 */
@ApplicationScoped
public class BodyMerger {

    /** What a merger did, for the message to the administrator. */
    public record Result(int moved, int combined) {
    }

    @Inject
    TaskMessages msg;

    /** What a merger into {@code successor} would do with {@code old}'s unfinished work now, changing nothing. */
    public static Result preview(ResponsibleBody old, ResponsibleBody successor) {
        int combined = Assignment.onOpenTasksOf(old, successor).size();
        return new Result((int) Assignment.countOpenOf(old) - combined, combined);
    }

    /**
     * Records the merger and moves each open assignment of {@code old} to {@code successor}; for a body whose end and
     * successor are already recorded (as the reference list gives the 2025 reorganisation) it moves what is still
     * left with it. Where the successor already has the same task, the two become one: the successor's assignment
     * stays, as lead if either was lead, and it counts as done only if both were (the old body's open part is still
     * to do, so a finished one is reopened); the old assignment's history and notes are carried over and the old row
     * removed.
     */
    @Transactional
    public Result merge(ResponsibleBody old, ResponsibleBody successor, LocalDate on, String actor) {
        String bodyBefore = AuditText.of(old);
        old.validUntil = on;
        old.successorCode = successor.code;
        String bodyAfter = AuditText.of(old);
        if (!bodyAfter.equals(bodyBefore)) {
            AuditEntry.record(actor, "body", old.id, "merge", bodyBefore, bodyAfter);
        }

        String note = msg.merge_history_note(old.name, successor.name);
        int moved = 0;
        int combined = 0;
        Set<Long> directives = new HashSet<>();
        Map<Long, Assignment> successors = Assignment.onOpenTasksOf(old, successor);
        for (Assignment a : Assignment.openOf(old)) {
            directives.add(a.directiveId);
            Assignment existing = successors.get(a.task.id);
            if (existing == null) {
                String before = a.auditText();
                a.body = successor;
                a.changeStatus(a.status, actor, Instant.now(), note, null, null);
                AuditEntry.record(actor, "assignment", a.id, "move", before, a.auditText());
                moved++;
            } else {
                combine(a, existing, note, actor);
                combined++;
            }
        }
        AssignmentTally.refresh(directives, List.of(old.id, successor.id));
        return new Result(moved, combined);
    }

    private void combine(Assignment old, Assignment existing, String note, String actor) {
        String before = old.auditText() + "\n--\n" + existing.auditText();
        if (old.role == Role.LEAD) {
            existing.role = Role.LEAD;
        }
        // Done only if both were; else the further along of the two (the old one is not done).
        Status to = existing.status == Status.DONE || old.status.ordinal() > existing.status.ordinal() ? old.status : existing.status;
        if (existing.latestNote == null) {
            existing.latestNote = old.latestNote;
        }
        // The old assignment's record is the merged body's record now: its history moves, unchanged, with it.
        Assignment.moveRecords(old, existing);
        existing.changeStatus(to, actor, Instant.now(), msg.merge_history_note_combined(note), null, null);
        AuditEntry.record(actor, "assignment", existing.id, "merge", before, existing.auditText());
        AuditEntry.record(actor, "assignment", old.id, "delete", old.auditText(), null);
        existing.task.assignments.remove(old);
        old.delete();
    }
}
