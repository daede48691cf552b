package vn.dondoc.directive;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import vn.dondoc.audit.AuditEntry;
import vn.dondoc.web.IdList;
import vn.dondoc.web.Sha256;

/** An imported directive text (văn bản chỉ đạo), kept whole so that every task can point into it. */
@Entity
@Table(name = "directive")
@SecondaryTable(name = Directive.TEXT_TABLE, pkJoinColumns = @PrimaryKeyJoinColumn(name = "directive_id"))
public class Directive extends PanacheEntityBase {

    /** The audit trail's name for directives. */
    public static final String AUDIT_TYPE = "directive";
    /**
     * The table of the original texts, apart from the directive's row: the foreign key of every task of an import
     * is checked against that row, which must stay small.
     */
    static final String TEXT_TABLE = "directive_text";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "directive_seq")
    @SequenceGenerator(name = "directive_seq", sequenceName = "directive_seq", allocationSize = 50)
    public Long id;

    /** The number as its header writes it ("13/CT-TTg"), or null. */
    @Column(name = "doc_number")
    public String number;
    /** The code of its kind ("chi-thi", as in {@code reader/document-kinds.tsv}), or null. */
    public String kind;
    public String title;
    /** The meeting or body that issued it, where the text says. */
    public String issuer;
    @Column(name = "document_date")
    public LocalDate documentDate;
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "original_text", table = TEXT_TABLE)
    public String originalText;
    /** SHA-256 of the normalised text: the same text imported twice is recognised. */
    @Column(name = "content_hash")
    public String contentHash;
    /** The hash while the directive is in force, null once withdrawn: unique, so one copy of a text is in force at a time. */
    @Column(name = "active_hash")
    public String activeHash;
    @Column(name = "imported_at")
    public Instant importedAt;
    @Column(name = "imported_by")
    public String importedBy;
    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;
    @Column(name = "withdrawn_by")
    public String withdrawnBy;
    @Column(name = "withdrawal_reason")
    public String withdrawalReason;
    @Version
    public long version;

    @PrePersist
    void holdHashWhileInForce() {
        if (withdrawnAt == null && activeHash == null) {
            activeHash = contentHash;
        }
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    /** The message key naming its kind ({@code directive_kind_chi_thi}), or null when the kind is not known. */
    public String kindKey() {
        return kindKey(kind);
    }

    public static String kindKey(String kind) {
        return kind == null || kind.isBlank() ? null : "directive_kind_" + kind.replace('-', '_');
    }

    /** How lists name it: "13/CT-TTg — Về tăng cường quản lý tín chỉ các-bon", or the title alone. */
    public String label() {
        return number == null || number.isBlank() ? title : number + " — " + title;
    }

    /** The label cut to about {@code length} characters at a word, for a choice in a select. */
    public String shortLabel(int length) {
        String label = label();
        if (label.length() <= length) {
            return label;
        }
        int cut = label.lastIndexOf(' ', length);
        return label.substring(0, cut > length / 2 ? cut : length).strip() + "…";
    }

    /** Takes the directive out of lists and reports, for the given reason; its hash is free for a new import. */
    public AuditEntry withdraw(String actor, String reason) {
        String before = auditText();
        withdrawnAt = Instant.now();
        withdrawnBy = actor;
        withdrawalReason = reason;
        activeHash = null;
        return AuditEntry.record(actor, AUDIT_TYPE, id, "withdraw", before, auditText());
    }

    /** Puts a withdrawn directive back in force (the caller has checked that no other copy of its text is). */
    public AuditEntry restore(String actor) {
        String before = auditText();
        withdrawnAt = null;
        withdrawnBy = null;
        withdrawalReason = null;
        activeHash = contentHash;
        return AuditEntry.record(actor, AUDIT_TYPE, id, "restore", before, auditText());
    }

    /** Corrects the details read from the text; null when nothing changed. */
    public AuditEntry correct(String newNumber, String newKind, String newTitle, LocalDate newDate, String newIssuer, String actor) {
        String before = auditText();
        number = newNumber;
        kind = newKind;
        title = newTitle;
        documentDate = newDate;
        issuer = newIssuer;
        return AuditEntry.recordChange(actor, AUDIT_TYPE, id, "update", before, auditText());
    }

    /** One "field: value" line per fact, as the audit trail shows it. */
    String auditText() {
        StringJoiner lines = new StringJoiner("\n")
                .add("number: " + orEmpty(number))
                .add("kind: " + orEmpty(kind))
                .add("title: " + title)
                .add("documentDate: " + orEmpty(documentDate))
                .add("issuer: " + orEmpty(issuer));
        if (withdrawnAt != null) {
            lines.add("withdrawn: " + withdrawnBy + ", " + orEmpty(withdrawalReason));
        }
        return lines.toString();
    }

    /** The directive in force that holds this text, if any. */
    public static Optional<Directive> findByHash(String hash) {
        return find("activeHash", hash).firstResultOptional();
    }

    /** The directives with the given ids, a query per {@link IdList#MAX} (those already loaded are not read again by lazy links). */
    public static List<Directive> withIds(List<Long> ids) {
        return IdList.read(ids, in -> list("id in (" + in.parameters() + ")", in.values()));
    }

    /**
     * The latest directives in force, newest import first. They are read along {@code ix_directive_latest} in pages
     * twice the count, the withdrawn ones skipped: with the withdrawal in the query, H2 took its index instead and
     * read and sorted every directive for the few shown.
     */
    public static List<Directive> latest(int count) {
        List<Directive> latest = new ArrayList<>();
        int size = 2 * count;
        for (int page = 0; latest.size() < count; page++) {
            List<Directive> read = find("order by importedAt desc, id desc").page(page, size).list();
            read.stream().filter(d -> d.withdrawnAt == null).limit(count - latest.size()).forEach(latest::add);
            if (read.size() < size) {
                break;
            }
        }
        return latest;
    }

    /**
     * The directives a filter offers: the {@code count} latest in force, and the chosen one after them when it is
     * older and in force, so that a form shows what it is filtered by.
     */
    public static List<Directive> choices(int count, Long chosen) {
        List<Directive> choices = latest(count);
        if (chosen == null || choices.stream().anyMatch(d -> d.id.equals(chosen))) {
            return choices;
        }
        Directive older = findById(chosen);
        if (older == null || older.isWithdrawn()) {
            return choices;
        }
        choices.add(older);
        return choices;
    }

    /** The latest directives in force of one kind (null: of every kind), newest import first. */
    public static List<Directive> latest(String kind, int count) {
        return kind == null ? latest(count)
                : find("withdrawnAt is null and kind = ?1 order by importedAt desc, id desc", kind).page(0, count).list();
    }

    /** The kinds that directives in force have, in the order of their codes. */
    public static List<String> kindsInForce() {
        return getEntityManager().createQuery("select distinct d.kind from Directive d where d.kind is not null"
                + " and d.withdrawnAt is null order by d.kind", String.class).getResultList();
    }

    /** The withdrawn directives, last withdrawn first. */
    public static List<Directive> withdrawn() {
        return list("withdrawnAt is not null order by withdrawnAt desc, id desc");
    }

    public static String hashOf(String normalisedText) {
        return Sha256.hex(normalisedText);
    }

    private static String orEmpty(Object value) {
        return value == null ? "" : value.toString();
    }
}
