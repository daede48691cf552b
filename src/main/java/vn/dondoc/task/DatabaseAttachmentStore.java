package vn.dondoc.task;

import io.quarkus.arc.DefaultBean;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Keeps attachments' bytes in the table {@code attachment_content}, one row a file. */
@ApplicationScoped
@DefaultBean
public class DatabaseAttachmentStore implements AttachmentStore {

    @Override
    public void put(long attachmentId, byte[] bytes) {
        Content content = new Content();
        content.attachmentId = attachmentId;
        content.bytes = bytes;
        content.persist();
    }

    @Override
    public byte[] get(long attachmentId) {
        Content content = Content.findById(attachmentId);
        return content == null ? null : content.bytes;
    }

    @Override
    public void delete(long attachmentId) {
        Content.delete("attachmentId", attachmentId);
    }

    /** One file's bytes, apart from its record so that listing files never reads them. */
    @Entity
    @Table(name = "attachment_content")
    public static class Content extends PanacheEntityBase {

        @Id
        @Column(name = "attachment_id")
        public Long attachmentId;

        @Column(name = "file_bytes")
        public byte[] bytes;
    }
}
