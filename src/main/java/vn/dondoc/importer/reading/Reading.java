package vn.dondoc.importer.reading;

import java.time.LocalDate;
import java.util.List;

/**
 * What the reader made of a directive text.
 *
 * @param text         the text the offsets refer to (NFC-normalised, line ends as {@code \n})
 * @param title        the document's title, from the text or its first line
 * @param documentDate the document's date, from the text or as given
 * @param issuer       the issuing meeting or body, where the text says
 * @param tasks        the tasks in the order of the text
 * @param warnings     codes of what the reader was unsure of ({@link ReadingWarning})
 */
public record Reading(String text, String title, LocalDate documentDate, String issuer, List<FoundTask> tasks,
        List<ReadingWarning> warnings) {

    public Reading {
        tasks = List.copyOf(tasks);
        warnings = List.copyOf(warnings);
    }
}
