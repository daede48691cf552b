package vn.dondoc.task;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import java.util.stream.Collectors;
import vn.dondoc.audit.AuditEntry;
import vn.dondoc.body.ResponsibleBody;

/**
 * The record that a reminder letter (văn bản đôn đốc) was generated for a body: when, by whom, and which of its
 * assignments it named ({@link ReminderLetterItem}), each with how many letters about it there have been.
 */
@Entity
@Table(name = "reminder_letter")
public class ReminderLetter extends PanacheEntityBase {

    /** The audit trail's name for letters. */
    public static final String AUDIT_TYPE = "reminder_letter";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reminder_letter_seq")
    @SequenceGenerator(name = "reminder_letter_seq", sequenceName = "reminder_letter_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "body_id")
    public ResponsibleBody body;

    @Column(name = "generated_at")
    public Instant generatedAt;
    @Column(name = "generated_by")
    public String generatedBy;

    /**
     * Records a letter to the body naming these assignments (all of that body), and returns its items in the
     * given order. Each assignment's row is locked first, so that two letters generated at once number their
     * reminders one after the other.
     */
    public static List<ReminderLetterItem> record(ResponsibleBody body, List<Assignment> assignments, String actor) {
        ReminderLetter letter = new ReminderLetter();
        letter.body = body;
        letter.generatedAt = Instant.now();
        letter.generatedBy = actor;
        letter.persist();
        if (!assignments.isEmpty()) {
            getEntityManager().createNativeQuery("select id from assignment where id in (:ids) order by id for update")
                    .setParameter("ids", assignments.stream().map(a -> a.id).sorted().toList()).getResultList();
        }
        var counts = ReminderLetterItem.countsOf(assignments);
        List<ReminderLetterItem> items = assignments.stream().map(a -> {
            ReminderLetterItem item = new ReminderLetterItem();
            item.letter = letter;
            item.assignment = a;
            item.ordinal = counts.getOrDefault(a.id, 0L).intValue() + 1;
            item.persist();
            return item;
        }).toList();
        AuditEntry.record(actor, AUDIT_TYPE, letter.id, "create", null, "body: " + body.code + "\nassignments: "
                + items.stream().map(i -> i.assignment.id + "#" + i.ordinal).collect(Collectors.joining(", ")));
        return items;
    }
}
