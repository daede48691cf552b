package vn.dondoc.task;

/**
 * Where the bytes of attachments are kept, under the attachment's id. The default keeps them in the database
 * ({@link DatabaseAttachmentStore}), which every instance shares; another store (an object store, a shared
 * folder) is a bean of this type that takes its place. Calls run in the caller's transaction.
 */
public interface AttachmentStore {

    void put(long attachmentId, byte[] bytes);

    /** The bytes, or null when the store has none for that id. */
    byte[] get(long attachmentId);

    void delete(long attachmentId);
}
