package vn.dondoc.importer.reading;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.task.DeadlineKind;

/**
 * Reads a directive text into tasks as a careful clerk would. Plain Java: no framework, no database,
 * safe to share between threads once built.
 */
public final class DirectiveReader {

    private static final Pattern SENTENCE = Pattern.compile("[^.;\\n]+[.;]?");

    private final List<KnownBody> bodies;

    public DirectiveReader(Collection<KnownBody> bodies) {
        this.bodies = List.copyOf(bodies);
    }

    /**
     * Reads the text. Never throws for any input.
     *
     * @param rawText      the directive as received
     * @param documentDate the date the clerk entered, or null to read it from the text
     */
    public Reading read(String rawText, LocalDate documentDate) {
        String text = TextNormalizer.normalize(rawText);
        List<FoundTask> tasks = new ArrayList<>();
        Matcher m = SENTENCE.matcher(text);
        while (m.find()) {
            String sentence = m.group().strip();
            if (sentence.length() > 20) {
                int start = text.indexOf(sentence, m.start());
                tasks.add(new FoundTask(sentence, null, start, start + sentence.length(), null, null, DeadlineKind.NONE, null, List.of()));
            }
        }
        List<ReadingWarning> warnings = tasks.isEmpty() ? List.of(ReadingWarning.NO_TASKS) : List.of();
        String firstLine = text.strip().lines().findFirst().orElse("");
        return new Reading(text, firstLine.length() > 200 ? firstLine.substring(0, 200) : firstLine, documentDate, null, tasks, warnings);
    }

    List<KnownBody> bodies() {
        return bodies;
    }
}
