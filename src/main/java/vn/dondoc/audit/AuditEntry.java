package vn.dondoc.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import vn.dondoc.web.OfficeClock;

/** One change to a task, an assignment, a body or a user: who, when, what before, what after. Never changed. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(OfficeClock.ZONE);
    /** Actions with a name in the message bundle ({@code audit_action_<action>}); others are shown as stored. */
    public static final Set<String> NAMED_ACTIONS = Set.of("create", "update", "disable", "password", "merge", "move", "delete",
            "import", "status", "note", "withdraw", "remove", "restore", "lock", "unlock", "backup", "approve", "refuse", "deadline",
            "report", "confirm", "return", "token_create", "token_revoke");
    /** Kinds of record with a name in the message bundle ({@code audit_type_<type>}); others are shown as stored. */
    public static final Set<String> NAMED_TYPES = Set.of("task", "directive", "assignment", "body", "user", "login", "backup",
            "deadline_request", "reminder_letter", "period_evaluation", "result");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
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

    /** The entry of a change, or null (and none kept) when the record reads the same after as before. */
    public static AuditEntry recordChange(String actor, String entityType, Long entityId, String action, String before, String after) {
        return after.equals(before) ? null : record(actor, entityType, entityId, action, before, after);
    }

    public static List<AuditEntry> of(String entityType, Long entityId) {
        return list("entityType = ?1 and entityId = ?2 order by at desc, id desc", entityType, entityId);
    }

    /** The newest entry about the record, or null. */
    public static AuditEntry latest(String entityType, Long entityId) {
        return find("entityType = ?1 and entityId = ?2 order by at desc, id desc", entityType, entityId).firstResult();
    }

    /** Entries matching the filters (any of them null for "all"), newest first. Days are Vietnam days. */
    public static PanacheQuery<AuditEntry> matching(String entityType, String actor, LocalDate from, LocalDate to) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (entityType != null) {
            where.append(" and entityType = :type");
            parameters.and("type", entityType);
        }
        if (actor != null) {
            where.append(" and actor = :actor");
            parameters.and("actor", actor);
        }
        if (from != null) {
            where.append(" and at >= :from");
            parameters.and("from", from.atStartOfDay(OfficeClock.ZONE).toInstant());
        }
        if (to != null) {
            where.append(" and at < :until");
            parameters.and("until", to.plusDays(1).atStartOfDay(OfficeClock.ZONE).toInstant());
        }
        return find(where + " order by at desc, id desc", parameters);
    }

    public static List<String> entityTypes() {
        return getEntityManager().createQuery("select distinct a.entityType from AuditEntry a order by a.entityType", String.class)
                .getResultList();
    }

    public String atText() {
        return SHOWN.format(at);
    }

    /** The message key naming a kind of record, or null when it has no name in the bundle. */
    public static String typeKey(String entityType) {
        return NAMED_TYPES.contains(entityType) ? "audit_type_" + entityType : null;
    }

    public String typeKey() {
        return typeKey(entityType);
    }

    /** The message key naming this action, or null when the action has no name in the bundle. */
    public String actionKey() {
        return NAMED_ACTIONS.contains(action) ? "audit_action_" + action : null;
    }

    private static String clip(String value) {
        return value == null || value.length() <= 10000 ? value : value.substring(0, 10000);
    }
}
