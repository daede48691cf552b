package vn.dondoc.importer.reading;

/**
 * A body the reader assigned a task to.
 *
 * @param code     the known body's code, or null for a body the text names that is not in the list yet
 * @param name     the body's official name (or, for an unknown body, the words the text uses)
 * @param role     LEAD (chủ trì) or SUPPORT (phối hợp)
 * @param inferred true where the text names nobody and the body was chosen from its areas of work
 * @param group    true where the text named a collective ("các bộ, ngành") that was expanded to this body
 * @param reason   the words that led to this body
 */
public record FoundOwner(String code, String name, Role role, boolean inferred, boolean group, String reason) {
}
