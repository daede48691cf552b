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

/** A dated progress note (ghi chú tiến độ) on an assignment, written by its body's staff or a clerk. */
@Entity
@Table(name = "assignment_note")
public class AssignmentNote extends PanacheEntityBase {

    /** What a note reports, in the two headings of a Vietnamese progress report. */
    public enum Kind {
        /** Kết quả thực hiện: what was done. */
        PROGRESS,
        /** Khó khăn, vướng mắc: what holds the work up. */
        OBSTACLE
    }

    public static final int MAX_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assignment_note_seq")
    @SequenceGenerator(name = "assignment_note_seq", sequenceName = "assignment_note_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id")
    public Assignment assignment;

    @Column(name = "written_at")
    public Instant writtenAt;
    @Column(name = "written_by")
    public String writtenBy;
    @Enumerated(EnumType.STRING)
    public Kind kind = Kind.PROGRESS;
    public String text;

    /** The notes on all of a task's assignments, newest first. */
    public static List<AssignmentNote> ofTask(Task task) {
        return list("select n from AssignmentNote n join fetch n.assignment a join fetch a.body "
                + "where a.task = ?1 order by n.writtenAt desc, n.id desc", task);
    }

    /** The words of every note on the task, for its search column. */
    public static List<String> textsOf(Task task) {
        return getEntityManager().createQuery("select n.text from AssignmentNote n where n.assignment.task = :task order by n.id",
                String.class).setParameter("task", task).getResultList();
    }
}
