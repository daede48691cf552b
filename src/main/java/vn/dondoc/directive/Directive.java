package vn.dondoc.directive;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.dondoc.web.Sha256;

/** An imported directive text (văn bản chỉ đạo), kept whole so that every task can point into it. */
@Entity
@Table(name = "directive")
public class Directive extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String title;
    /** The meeting or body that issued it, where the text says. */
    public String issuer;
    @Column(name = "document_date")
    public LocalDate documentDate;
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "original_text")
    public String originalText;
    /** SHA-256 of the normalised text: the same text imported twice is recognised. */
    @Column(name = "content_hash")
    public String contentHash;
    @Column(name = "imported_at")
    public Instant importedAt;
    @Column(name = "imported_by")
    public String importedBy;

    public static Optional<Directive> findByHash(String hash) {
        return find("contentHash", hash).firstResultOptional();
    }

    public static List<Directive> latest(int count) {
        return find("order by importedAt desc, id desc").page(0, count).list();
    }

    public static String hashOf(String normalisedText) {
        return Sha256.hex(normalisedText);
    }
}
