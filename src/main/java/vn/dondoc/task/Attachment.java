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
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A file given with a result (sản phẩm, văn bản trả lời): its name as cleaned on upload, the type read from its
 * bytes, its size and digest. The bytes are kept by an {@link AttachmentStore}, under the attachment's id.
 */
@Entity
@Table(name = "attachment")
public class Attachment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
    @SequenceGenerator(name = "attachment_seq", sequenceName = "attachment_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "result_id")
    public TaskResult result;

    @Column(name = "file_name")
    public String fileName;
    @Column(name = "content_type")
    public String contentType;
    @Column(name = "size_bytes")
    public long sizeBytes;
    public String sha256;
    @Column(name = "uploaded_at")
    public Instant uploadedAt;
    @Column(name = "uploaded_by")
    public String uploadedBy;

    /** The size as pages show it: KB below a megabyte, MB with one decimal above. */
    public String sizeText() {
        return sizeBytes < 1024 * 1024 ? Math.max(1, Math.round(sizeBytes / 1024.0)) + " KB"
                : String.format(java.util.Locale.ROOT, "%.1f MB", sizeBytes / (1024.0 * 1024));
    }

    /** The files of the given results, in the order they were given. */
    static List<Attachment> ofResults(Collection<Long> resultIds) {
        return resultIds.isEmpty() ? List.of() : list("result.id in ?1 order by id", resultIds);
    }

    /** A file of one assignment of one task, whatever the task's state: its record is kept as the task is. */
    static Optional<Attachment> findOf(long taskId, long assignmentId, long attachmentId) {
        return find("select f from Attachment f join fetch f.result r join fetch r.assignment a join fetch a.task"
                + " where f.id = ?1 and a.id = ?2 and a.task.id = ?3", attachmentId, assignmentId, taskId).firstResultOptional();
    }
}
