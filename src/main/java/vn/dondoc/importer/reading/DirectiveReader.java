package vn.dondoc.importer.reading;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Reads a directive text into tasks as a careful clerk would. Plain Java: no framework, no database,
 * safe to share between threads once built.
 */
public final class DirectiveReader {

    private static final System.Logger LOG = System.getLogger(DirectiveReader.class.getName());

    private final BodyIndex index;
    private final AreaInference inference;

    public DirectiveReader(Collection<KnownBody> bodies) {
        this.index = new BodyIndex(bodies == null ? List.of() : bodies.stream().filter(Objects::nonNull).toList());
        this.inference = new AreaInference(index);
    }

    /**
     * Reads the text. Never throws for any input.
     *
     * @param rawText      the directive as received
     * @param documentDate the date the clerk entered, or null to read it from the text
     */
    public Reading read(String rawText, LocalDate documentDate) {
        String text = TextNormalizer.normalize(rawText);
        try {
            return new Outline(new Passage(text, documentDate, index, inference)).read();
        } catch (RuntimeException | StackOverflowError e) {
            // A text the rules did not foresee must still come back to the clerk, whole, with a word that reading failed.
            LOG.log(System.Logger.Level.WARNING, "reading a text of " + text.length() + " characters failed", e);
            return new Reading(text, "", documentDate, null, List.of(), List.of(ReadingWarning.READING_FAILED,
                    ReadingWarning.NO_TASKS));
        }
    }

}
