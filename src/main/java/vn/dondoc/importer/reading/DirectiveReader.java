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

    /** Far longer than the largest text takes (seconds), short of the transaction's time (60 s). */
    static final long TIME_LIMIT_NANOS = 30_000_000_000L;

    private final BodyIndex index;
    private final AreaInference inference;

    private final long timeLimit;

    public DirectiveReader(Collection<KnownBody> bodies) {
        this(bodies, TIME_LIMIT_NANOS);
    }

    /** A reader that stops a reading after {@code timeLimit} nanoseconds (it then answers that reading failed). */
    DirectiveReader(Collection<KnownBody> bodies, long timeLimit) {
        this.timeLimit = timeLimit;
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
            return readNormalized(text, documentDate);
        } catch (Tokens.TooLong e) {
            LOG.log(System.Logger.Level.WARNING, "reading a text of " + text.length() + " characters ran past its time limit");
            return failed(text, documentDate);
        } catch (RuntimeException | StackOverflowError e) {
            // A text the rules did not foresee must still come back to the clerk, whole, with a word that reading failed.
            LOG.log(System.Logger.Level.WARNING, "reading a text of " + text.length() + " characters failed", e);
            return failed(text, documentDate);
        }
    }

    /** Reads the text, letting whatever the rules did not foresee escape: for tests that must see it. */
    Reading readOrThrow(String rawText, LocalDate documentDate) {
        return readNormalized(TextNormalizer.normalize(rawText), documentDate);
    }

    private Reading readNormalized(String text, LocalDate documentDate) {
        return new Outline(new Passage(text, documentDate, index, inference, timeLimit)).read();
    }

    private static Reading failed(String text, LocalDate documentDate) {
        return new Reading(text, "", documentDate, null, List.of(), List.of(ReadingWarning.READING_FAILED, ReadingWarning.NO_TASKS));
    }

    /** The steps of work reading the text takes ({@link Tokens#steps}). */
    long work(String rawText) {
        Passage p = new Passage(TextNormalizer.normalize(rawText), null, index, inference, Long.MAX_VALUE / 2);
        new Outline(p).read();
        return p.t.steps;
    }
}
