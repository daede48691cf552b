package vn.dondoc.task;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One assignment named in a reminder letter, with its ordinal: the letter was its n-th reminder (đôn đốc lần n). */
@Entity
@Table(name = "reminder_letter_item")
public class ReminderLetterItem extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reminder_letter_item_seq")
    @SequenceGenerator(name = "reminder_letter_item_seq", sequenceName = "reminder_letter_item_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "letter_id")
    public ReminderLetter letter;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id")
    public Assignment assignment;

    public int ordinal;

    /** The letters that named the task's assignments, newest first. */
    public static List<ReminderLetterItem> ofTask(Task task) {
        return list("select i from ReminderLetterItem i join fetch i.letter l join fetch i.assignment a join fetch a.body "
                + "where a.task = ?1 order by l.generatedAt desc, i.id desc", task);
    }

    /** How many letters have named each of the assignments so far, by assignment id. */
    static Map<Long, Long> countsOf(List<Assignment> assignments) {
        if (assignments.isEmpty()) {
            return Map.of();
        }
        return getEntityManager().createQuery("select i.assignment.id, count(i) from ReminderLetterItem i where i.assignment in ?1 "
                + "group by i.assignment.id", Object[].class).setParameter(1, assignments).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }
}
