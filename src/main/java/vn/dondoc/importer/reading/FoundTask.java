package vn.dondoc.importer.reading;

import java.time.LocalDate;
import java.util.List;
import vn.dondoc.task.DeadlineKind;

/**
 * A task the reader found.
 *
 * @param text         the task's exact characters: {@code text.equals(source.substring(start, end))}
 * @param section      the heading of the part of the text it came from, or null
 * @param start        offset of its first character in the normalised text
 * @param end          offset after its last character
 * @param deadline     the day it is due, or null
 * @param deadlineText the words the deadline was read from, or null
 * @param deadlineKind what kind of time limit the text gave
 * @param recurrence   for a recurring deadline, the words that say how it recurs
 * @param owners       the bodies it is given to, leads first
 */
public record FoundTask(String text, String section, int start, int end, LocalDate deadline, String deadlineText,
        DeadlineKind deadlineKind, String recurrence, List<FoundOwner> owners) {

    public FoundTask {
        owners = owners == null ? List.of() : List.copyOf(owners);
    }
}
