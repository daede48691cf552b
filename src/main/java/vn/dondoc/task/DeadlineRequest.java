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
import java.util.Optional;
import vn.dondoc.audit.AuditEntry;
import vn.dondoc.web.DateFormats;

/**
 * A body's request to move the deadline of its assignment (đề nghị điều chỉnh thời hạn), with its reason, and the
 * clerk's decision. An assignment has at most one pending request at a time.
 */
@Entity
@Table(name = "deadline_request")
public class DeadlineRequest extends PanacheEntityBase {

    public static final int MAX_REASON = 2000;
    /** The audit trail's name for requests. */
    public static final String AUDIT_TYPE = "deadline_request";

    public enum State {
        /** Chờ xử lý. */
        PENDING,
        /** Đã đồng ý: the assignment's deadline is the requested one. */
        APPROVED,
        /** Không đồng ý, with the clerk's reason. */
        REFUSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "deadline_request_seq")
    @SequenceGenerator(name = "deadline_request_seq", sequenceName = "deadline_request_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id")
    public Assignment assignment;

    @Column(name = "requested_deadline")
    public LocalDate requestedDeadline;
    /** The assignment's deadline when the request was made. */
    @Column(name = "previous_deadline")
    public LocalDate previousDeadline;
    public String reason;
    @Column(name = "requested_by")
    public String requestedBy;
    @Column(name = "requested_at")
    public Instant requestedAt;
    @Enumerated(EnumType.STRING)
    public State state = State.PENDING;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "decision_reason")
    public String decisionReason;

    /** Files a new pending request for the assignment, with its audit entry. */
    static DeadlineRequest file(Assignment assignment, LocalDate deadline, String reason, String actor) {
        DeadlineRequest request = new DeadlineRequest();
        request.assignment = assignment;
        request.requestedDeadline = deadline;
        request.previousDeadline = assignment.deadline;
        request.reason = reason;
        request.requestedBy = actor;
        request.requestedAt = Instant.now();
        request.persist();
        AuditEntry.record(actor, AUDIT_TYPE, request.id, "create", null, request.auditText());
        return request;
    }

    /**
     * Approves the request: the assignment's deadline becomes the requested one, the first deadline is kept as its
     * original, and the tally is recounted.
     */
    AuditEntry approve(String actor, String note) {
        String before = auditText();
        String assignmentBefore = assignment.auditText() + "\ndeadline: " + DateFormats.dmy(assignment.deadline);
        decide(State.APPROVED, actor, note);
        if (assignment.originalDeadline == null) {
            assignment.originalDeadline = assignment.deadline;
        }
        assignment.deadline = requestedDeadline;
        assignment.updatedAt = decidedAt;
        assignment.updatedBy = actor;
        AuditEntry.record(actor, "assignment", assignment.id, "deadline", assignmentBefore,
                assignment.auditText() + "\ndeadline: " + DateFormats.dmy(assignment.deadline)
                        + "\noriginalDeadline: " + DateFormats.dmy(assignment.originalDeadline));
        Assignment.flush();
        AssignmentTally.refresh(List.of(assignment.directiveId), List.of(assignment.body.id));
        return AuditEntry.record(actor, AUDIT_TYPE, id, "approve", before, auditText());
    }

    /** Refuses the request with the clerk's reason; the deadline stays. */
    AuditEntry refuse(String actor, String why) {
        String before = auditText();
        decide(State.REFUSED, actor, why);
        return AuditEntry.record(actor, AUDIT_TYPE, id, "refuse", before, auditText());
    }

    private void decide(State decision, String actor, String why) {
        if (state != State.PENDING) {
            throw new IllegalStateException("request " + id + " is " + state);
        }
        state = decision;
        decidedBy = actor;
        decidedAt = Instant.now();
        decisionReason = why;
    }

    public boolean pending() {
        return state == State.PENDING;
    }

    /** One "field: value" line per fact. */
    String auditText() {
        return "assignment: " + assignment.id + "\ntask: " + assignment.task.id + "\nbody: " + assignment.body.code
                + "\nrequestedDeadline: " + DateFormats.dmy(requestedDeadline) + "\npreviousDeadline: " + DateFormats.dmy(previousDeadline)
                + "\nreason: " + reason + "\nstate: " + state
                + (decidedBy == null ? "" : "\ndecidedBy: " + decidedBy + (decisionReason == null ? "" : "\ndecisionReason: " + decisionReason));
    }

    /** The pending request of the assignment, if any. */
    public static Optional<DeadlineRequest> pendingOf(Assignment assignment) {
        return find("assignment = ?1 and state = ?2", assignment, State.PENDING).firstResultOptional();
    }

    /** The requests on all of a task's assignments, newest first. */
    public static List<DeadlineRequest> ofTask(Task task) {
        return list("select r from DeadlineRequest r join fetch r.assignment a join fetch a.body where a.task = ?1 "
                + "order by r.requestedAt desc, r.id desc", task);
    }

    /** The pending requests, oldest first (the one waiting longest at the top), for one body or (null) all. */
    public static List<DeadlineRequest> pending(Long bodyId, int limit) {
        String ofBody = bodyId == null ? "" : " and a.body.id = ?3";
        var query = bodyId == null
                ? find(PENDING_QUERY + ofBody + PENDING_ORDER, State.PENDING, false)
                : find(PENDING_QUERY + ofBody + PENDING_ORDER, State.PENDING, false, bodyId);
        return query.page(0, limit).list();
    }

    public static long countPending(Long bodyId) {
        return bodyId == null ? count("from DeadlineRequest r join r.assignment a where r.state = ?1 and a.withdrawn = ?2" + OPEN,
                State.PENDING, false)
                : count("from DeadlineRequest r join r.assignment a where r.state = ?1 and a.withdrawn = ?2" + OPEN + " and a.body.id = ?3",
                        State.PENDING, false, bodyId);
    }

    /** Only requests on work still open wait for the clerk: one on work reported done waits until the work is returned. */
    private static final String OPEN = " and " + Progress.Columns.jpql("a", null).open();
    private static final String PENDING_QUERY = "select r from DeadlineRequest r join fetch r.assignment a join fetch a.body "
            + "join fetch a.task t join fetch t.directive where r.state = ?1 and a.withdrawn = ?2" + OPEN;
    private static final String PENDING_ORDER = " order by r.requestedAt, r.id";

    /** The requests refused since the given moment, oldest first: for the bodies' daily e-mails. */
    public static List<DeadlineRequest> refusedSince(Instant since) {
        return list("select r from DeadlineRequest r join fetch r.assignment a join fetch a.task t join fetch a.body "
                + "where r.state = ?1 and r.decidedAt >= ?2 order by r.decidedAt, r.id", State.REFUSED, since);
    }
}
