package vn.dondoc.task;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A body's report that its assignment is done (kết quả thực hiện): what was done, the number and date of the
 * document that answers the task, who reported it and when, and what the clerk decided. Its files are
 * {@link Attachment}s.
 */
@Entity
@Table(name = "task_result")
public class TaskResult extends PanacheEntityBase {

    public static final int MAX_TEXT = 2000;
    public static final int MAX_NUMBER = 100;

    /** Where a result stands. */
    public enum State {
        /** Chờ xác nhận. */
        PENDING,
        /** Đã xác nhận. */
        CONFIRMED,
        /** Trả lại: back to in progress, with the clerk's reason. */
        RETURNED,
        /** Recorded where no confirmation is asked for, or by the clerk: done at once. */
        ACCEPTED;

        public String cssName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "task_result_seq")
    @SequenceGenerator(name = "task_result_seq", sequenceName = "task_result_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id")
    public Assignment assignment;

    @Column(name = "result_text")
    public String text;
    @Column(name = "answer_number")
    public String answerNumber;
    @Column(name = "answer_date")
    public LocalDate answerDate;
    @Column(name = "reported_at")
    public Instant reportedAt;
    @Column(name = "reported_by")
    public String reportedBy;
    @Enumerated(EnumType.STRING)
    public State state;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "decided_by")
    public String decidedBy;
    /** The clerk's reason for returning it. */
    @Column(name = "decision_note")
    public String decisionNote;

    /** Whether the clerk has decided on it: confirmed or returned. */
    public boolean decided() {
        return state == State.CONFIRMED || state == State.RETURNED;
    }

    /** How the result reads in the audit trail. */
    public String auditText() {
        return "result: " + id + "\nstate: " + state + "\ntext: " + text
                + (answerNumber == null ? "" : "\nanswerNumber: " + answerNumber)
                + (answerDate == null ? "" : "\nanswerDate: " + answerDate)
                + (decisionNote == null ? "" : "\ndecisionNote: " + decisionNote);
    }

    /** The results reported on a task's assignments, newest first. */
    public static List<TaskResult> ofTask(Task task) {
        return list("select r from TaskResult r join fetch r.assignment a where a.task = ?1 order by r.reportedAt desc, r.id desc", task);
    }

    /** The result waiting for the clerk's decision on an assignment, if any. */
    static TaskResult pendingOf(Assignment assignment) {
        return find("assignment = ?1 and state = ?2 order by reportedAt desc, id desc", assignment, State.PENDING).firstResult();
    }

    /** Removes an assignment's results and their files: the assignment itself is being deleted. */
    static void deleteOf(Assignment assignment, AttachmentStore store) {
        for (Attachment file : Attachment.<Attachment>list("result.assignment = ?1", assignment)) {
            store.delete(file.id);
            file.delete();
        }
        delete("assignment", assignment);
    }
}
