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
import jakarta.persistence.PrePersist;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.dondoc.body.ResponsibleBody;
import vn.dondoc.web.IdList;
import vn.dondoc.web.OfficeClock;

/**
 * A task given to one body, as lead (chủ trì) or support (phối hợp). Each assignment has its own status,
 * so that a task given to many bodies is checked off body by body.
 */
@Entity
@Table(name = "assignment")
public class Assignment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assignment_seq")
    @SequenceGenerator(name = "assignment_seq", sequenceName = "assignment_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id")
    public Task task;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "body_id")
    public ResponsibleBody body;

    @Enumerated(EnumType.STRING)
    public Role role;
    /** Changed only by {@link #changeStatus}, which moves the done day and writes the history with it. */
    @Enumerated(EnumType.STRING)
    public Status status = Status.NOT_STARTED;
    /** True where no body was named and the owner was inferred from the bodies' areas of work. */
    public boolean inferred;
    /** Why the importer chose this body (the words that named it or the area that matched). */
    public String reason;
    /** The day the assignment was reported or marked done; null while it is open ({@link #changeStatus}). */
    @Column(name = "done_on")
    public LocalDate doneOn;
    @Column(name = "latest_note")
    public String latestNote;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;
    @Version
    public long version;
    /**
     * The assignment's deadline: the task's, copied when the assignment is made so that counts need not read the
     * tasks, and copied again when the task's deadline is corrected ({@link Task#correct}) — unless the clerk has
     * approved a new deadline for this body ({@link DeadlineRequest#approve}), which it then keeps. Everything that
     * judges the assignment on time, late or overdue reads this one.
     */
    @Column(name = "deadline")
    public LocalDate deadline;
    /** The deadline before the first approved adjustment (hạn ban đầu); null while the deadline was never adjusted. */
    @Column(name = "original_deadline")
    public LocalDate originalDeadline;
    @Column(name = "directive_id", updatable = false)
    public Long directiveId;
    /** True while the task is removed or its directive withdrawn: kept with its history, counted nowhere. */
    public boolean withdrawn;
    /**
     * When the task was created, copied when the assignment is made: a report for a past day counts the assignments
     * of tasks created by then, and this way reads no task for it.
     */
    @Column(name = "task_created_at", updatable = false)
    public Instant taskCreatedAt;

    @PrePersist
    void copyFromTask() {
        deadline = task.deadline;
        directiveId = task.directive.id;
        if (task.createdAt == null) {
            task.createdAt = Instant.now();
        }
        taskCreatedAt = task.createdAt;
    }

    /** How the assignment reads in the audit trail: one "field: value" line per fact. */
    public String auditText() {
        return "task: " + task.id + "\nbody: " + body.code + "\nrole: " + role + "\nstatus: " + status
                + "\ndoneOn: " + (doneOn == null ? "" : doneOn) + (latestNote == null ? "" : "\nlatestNote: " + latestNote);
    }

    /** Its progress on {@code today}, judged by its own {@link #deadline} (as adjusted), never the task's. */
    public Progress progress(LocalDate today) {
        return Progress.of(status, doneOn, deadline, today);
    }

    /**
     * Changes the status, and what moves with it, and writes the change in the assignment's history; returns the
     * history entry, persisted. The done day is cleared when the work is open again, and set to {@code at}'s day
     * when it is reported or leaves the open statuses; otherwise it stays (a confirmation keeps the day of the
     * report). The caller recounts the tally ({@link AssignmentTally#refresh}) and writes the audit trail, which
     * also say what else changed (the latest note the body wrote, the body itself in a merge).
     *
     * @param to     the new status, which may be the current one (the history then records a move or a merge)
     * @param kind   the step of the follow-up, or null for a plain change
     * @param result the result reported, confirmed or returned by the change, or null
     */
    public StatusChange changeStatus(Status to, String by, Instant at, String note, StatusChange.Kind kind, TaskResult result) {
        Status from = status;
        status = to;
        if (to.open()) {
            doneOn = null;
        } else if (kind == StatusChange.Kind.REPORT || from.open() || doneOn == null) {
            doneOn = LocalDate.ofInstant(at, OfficeClock.ZONE);
        }
        updatedAt = at;
        updatedBy = by;
        StatusChange change = new StatusChange();
        change.assignment = this;
        change.changedAt = at;
        change.changedBy = by;
        change.fromStatus = from;
        change.toStatus = to;
        change.note = note;
        change.kind = kind;
        change.result = result;
        change.persist();
        return change;
    }

    /** Whether the clerk has approved another deadline for this assignment than the task's first one. */
    public boolean adjusted() {
        return originalDeadline != null;
    }

    /** The owners of the given tasks with their bodies, lead before support. */
    public static List<Assignment> ofTasks(List<Long> taskIds) {
        return IdList.read(taskIds, ids -> list("select a from Assignment a join fetch a.body where a.task.id in (" + ids.parameters()
                + ") order by a.role, a.id", ids.values()));
    }

    public static Optional<Assignment> findOfTask(long taskId, long assignmentId) {
        return find("select a from Assignment a join fetch a.body join fetch a.task where a.id = ?1 and a.task.id = ?2 and a.withdrawn = false",
                assignmentId, taskId).firstResultOptional();
    }

    /** Each body's assignment counts (by body id), read from the tally. */
    public static Map<Long, ProgressCounts> countsByBody(LocalDate today) {
        return AssignmentTally.countsByBody(null, today);
    }

    public static ProgressCounts countsOf(ResponsibleBody body, LocalDate today) {
        return AssignmentTally.countsByBody(body.id, today).getOrDefault(body.id, ProgressCounts.NONE);
    }

    /** All assignments counted together. */
    public static ProgressCounts countsOfAll(LocalDate today) {
        return AssignmentTally.countsByBody(null, today).values().stream().reduce(ProgressCounts.NONE, ProgressCounts::plus);
    }

    /** The statuses of work still to be done by the body: what a body's lists, reminders and calendar show. */
    static final List<Status> OPEN = Arrays.stream(Status.values()).filter(Status::open).toList();

    /** The body's unfinished assignments, soonest deadline first (overdue ones first of all), without a deadline last. */
    public static List<Assignment> openOf(long bodyId, int limit) {
        return find("select a from Assignment a join fetch a.task t join fetch t.directive join fetch a.body "
                + "where a.body.id = ?1 and a.status in ?2 and a.withdrawn = false "
                + "order by case when a.deadline is null then 1 else 0 end, a.deadline, t.id", bodyId, OPEN)
                .page(0, limit).list();
    }


    /** Open assignments whose deadline is on or before the given day (overdue ones included), by body and deadline. */
    public static List<Assignment> openDueBy(LocalDate day) {
        return list("select a from Assignment a join fetch a.task t join fetch t.directive join fetch a.body "
                + "where a.status in ?1 and a.deadline <= ?2 and a.withdrawn = false order by a.body.name, a.deadline, t.id", OPEN, day);
    }

    /** A body's open assignments due by the given day (overdue ones included), by deadline. */
    public static List<Assignment> openDueBy(ResponsibleBody body, LocalDate day) {
        return list("select a from Assignment a join fetch a.task t join fetch t.directive "
                + "where a.body = ?1 and a.status in ?2 and a.deadline <= ?3 and a.withdrawn = false order by a.deadline, t.id", body, OPEN, day);
    }

    /** A body's open assignments that have a deadline, by deadline: what its calendar shows. */
    public static List<Assignment> openWithDeadline(ResponsibleBody body) {
        return list("select a from Assignment a join fetch a.task t join fetch t.directive "
                + "where a.body = ?1 and a.status in ?2 and a.deadline is not null and a.withdrawn = false order by a.deadline, t.id", body, OPEN);
    }

    /** The oldest reports, of every body, that wait for the clerk's confirmation. */
    public static List<Assignment> reportedOf(int limit) {
        return find("select a from Assignment a join fetch a.task t join fetch t.directive join fetch a.body where a.status = ?1"
                + " and a.withdrawn = false order by a.updatedAt, a.id", Status.REPORTED).page(0, limit).list();
    }

    /** The assignments of the given bodies that wait for the clerk's confirmation, oldest report first. */
    public static List<Assignment> reportedOf(java.util.Collection<Long> bodyIds) {
        if (bodyIds.isEmpty()) {
            return List.of();
        }
        return list("select a from Assignment a join fetch a.task t join fetch t.directive join fetch a.body where a.status = ?1"
                + " and a.withdrawn = false and a.body.id in ?2 order by a.updatedAt, a.id", Status.REPORTED, bodyIds);
    }

    /** A body's assignments that are not done: what moves to its successor when it is merged. */
    public static List<Assignment> openOf(ResponsibleBody body) {
        return list("select a from Assignment a join fetch a.task where a.body = ?1 and a.status <> ?2 and a.withdrawn = false order by a.id",
                body, Status.DONE);
    }

    public static long countOpenOf(ResponsibleBody body) {
        return count("body = ?1 and status <> ?2 and withdrawn = false", body, Status.DONE);
    }

    /** Marks the task's assignments as counted nowhere (or counted again): the task was removed or restored. */
    static void markWithdrawn(Task task, boolean withdrawn) {
        update("withdrawn = ?1 where task = ?2", withdrawn, task);
        task.assignments.forEach(a -> a.withdrawn = withdrawn);
    }

    /** Marks a directive's assignments as counted nowhere, or those of its standing tasks as counted again. */
    public static void markWithdrawn(long directiveId, boolean withdrawn) {
        if (withdrawn) {
            update("withdrawn = true where directiveId = ?1", directiveId);
        } else {
            update("withdrawn = false where directiveId = ?1 and task.id in (select t.id from Task t where t.directive.id = ?1"
                    + " and t.removedAt is null)", directiveId);
        }
    }

    /**
     * Deletes what hangs on an assignment that is deleted: its status changes, notes, results with their files,
     * deadline requests and the record of the reminder letters that named it.
     */
    static void deleteRecordsOf(Assignment a, AttachmentStore files) {
        StatusChange.delete("assignment", a);
        TaskResult.deleteOf(a, files);
        AssignmentNote.delete("assignment", a);
        DeadlineRequest.delete("assignment", a);
        ReminderLetterItem.delete("assignment", a);
    }

    /** Moves the records of {@code from} to {@code to} when two assignments of one task become one (bodies merged). */
    public static void moveRecords(Assignment from, Assignment to) {
        StatusChange.update("assignment = ?1 where assignment = ?2", to, from);
        AssignmentNote.update("assignment = ?1 where assignment = ?2", to, from);
        DeadlineRequest.update("assignment = ?1 where assignment = ?2", to, from);
        ReminderLetterItem.update("assignment = ?1 where assignment = ?2", to, from);
        TaskResult.update("assignment = ?1 where assignment = ?2", to, from);
    }

    /** The ids of the bodies a task is given to, withdrawn or not. */
    public static List<Long> bodiesOf(long taskId) {
        return getEntityManager().createQuery("select a.body.id from Assignment a where a.task.id = :task", Long.class)
                .setParameter("task", taskId).getResultList();
    }

    /**
     * The assignments (withdrawn ones too) that {@code other} has on the tasks of {@code body}'s open assignments,
     * by task id: one query for a merger of {@code body} into {@code other}.
     */
    public static Map<Long, Assignment> onOpenTasksOf(ResponsibleBody body, ResponsibleBody other) {
        return Assignment.<Assignment>list("select s from Assignment s where s.body = ?1 and s.task.id in "
                + "(select a.task.id from Assignment a where a.body = ?2 and a.status <> ?3 and a.withdrawn = false)",
                other, body, Status.DONE).stream().collect(Collectors.toMap(s -> s.task.id, s -> s));
    }
}
