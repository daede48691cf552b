package vn.dondoc.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** One change to a task, an assignment, a body or a user: who, when, what before, what after. Never changed. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Instant at;
    public String actor;
    @Column(name = "entity_type")
    public String entityType;
    @Column(name = "entity_id")
    public Long entityId;
    public String action;
    @Column(name = "before_value")
    public String before;
    @Column(name = "after_value")
    public String after;

    public static AuditEntry record(String actor, String entityType, Long entityId, String action, String before, String after) {
        AuditEntry entry = new AuditEntry();
        entry.at = Instant.now();
        entry.actor = actor;
        entry.entityType = entityType;
        entry.entityId = entityId;
        entry.action = action;
        entry.before = clip(before);
        entry.after = clip(after);
        entry.persist();
        return entry;
    }

    public static List<AuditEntry> of(String entityType, Long entityId) {
        return list("entityType = ?1 and entityId = ?2 order by at desc, id desc", entityType, entityId);
    }

    private static String clip(String value) {
        return value == null || value.length() <= 10000 ? value : value.substring(0, 10000);
    }
}
