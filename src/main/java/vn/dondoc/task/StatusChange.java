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
import java.util.List;

/** One change of an assignment's status: who, when, from, to and why. Written by {@link Assignment#changeStatus}, never changed. */
@Entity
@Table(name = "status_change")
public class StatusChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "status_change_seq")
    @SequenceGenerator(name = "status_change_seq", sequenceName = "status_change_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id")
    public Assignment assignment;

    @Column(name = "changed_at")
    public Instant changedAt;
    @Column(name = "changed_by")
    public String changedBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public Status fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public Status toStatus;
    public String note;
    /** What the change was in the follow-up; null for a plain change of status. */
    @Enumerated(EnumType.STRING)
    public Kind kind;
    /** The result reported, confirmed or returned by this change. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "result_id")
    public TaskResult result;

    /** Whether this change returned a report; its note is the reason. */
    public boolean returned() {
        return kind == Kind.RETURN;
    }

    /** Whether this change reported a result. */
    public boolean reported() {
        return kind == Kind.REPORT;
    }

    /** The steps of the follow-up: a result reported, confirmed by the clerk, or returned with a reason (the note). */
    public enum Kind {
        REPORT, CONFIRM, RETURN;

        /** The action the audit trail names it by. */
        public String auditAction() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static List<StatusChange> ofTask(Task task) {
        return list("select c from StatusChange c join fetch c.assignment a join fetch a.body "
                + "where a.task = ?1 order by c.changedAt desc, c.id desc", task);
    }

    /** The notes written with the task's status changes, oldest first. */
    public static List<String> notesOf(Task task) {
        return getEntityManager().createQuery("select c.note from StatusChange c where c.assignment.task = :task "
                + "and c.note is not null order by c.id", String.class).setParameter("task", task).getResultList();
    }
}
