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
 * @param number       the document's number ("13/CT-TTg", "155-KL/TW"), or null
 * @param kind         the code of the kind of document ("chi-thi", "ke-hoach": {@code reader/document-kinds.tsv}), or null
 * @param tasks        the tasks in the order of the text
 * @param warnings     codes of what the reader was unsure of ({@link ReadingWarning})
 */
public record Reading(String text, String title, LocalDate documentDate, String issuer, String number, String kind,
        List<FoundTask> tasks, List<ReadingWarning> warnings) {

    public Reading {
        tasks = List.copyOf(tasks);
        warnings = List.copyOf(warnings);
    }

    /** A reading of a text without a number or kind. */
    public Reading(String text, String title, LocalDate documentDate, String issuer, List<FoundTask> tasks,
            List<ReadingWarning> warnings) {
        this(text, title, documentDate, issuer, null, null, tasks, warnings);
    }
}
