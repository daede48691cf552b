package vn.dondoc.importer.reading;

import java.time.LocalDate;
import java.util.List;

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
 * @param doubts       what the reader is unsure of, most serious first
 */
public record FoundTask(String text, String section, int start, int end, LocalDate deadline, String deadlineText,
        DeadlineKind deadlineKind, String recurrence, List<FoundOwner> owners, List<TaskDoubt> doubts) {

    /** At or above this confidence a task needs no second look. */
    public static final double SURE = 0.8;

    public FoundTask {
        owners = owners == null ? List.of() : List.copyOf(owners);
        doubts = doubts == null ? List.of() : List.copyOf(doubts);
    }

    /** A task the reader has no doubt about. */
    public FoundTask(String text, String section, int start, int end, LocalDate deadline, String deadlineText,
            DeadlineKind deadlineKind, String recurrence, List<FoundOwner> owners) {
        this(text, section, start, end, deadline, deadlineText, deadlineKind, recurrence, owners, List.of());
    }

    /** How sure the reader is of the task, from 0 to 1: each doubt takes its weight off. */
    public double confidence() {
        double c = 1.0;
        for (TaskDoubt d : doubts) {
            c -= d.weight();
        }
        return Math.max(0.05, Math.round(c * 100) / 100.0);
    }

    /** Whether the clerk should look at it again. */
    public boolean unsure() {
        return confidence() < SURE;
    }

    /** The same task with another time limit, its doubts about the old one dropped and {@code doubt} added if not null. */
    FoundTask dated(DeadlineParser.Deadline d, TaskDoubt doubt) {
        List<TaskDoubt> keep = new java.util.ArrayList<>();
        for (TaskDoubt x : doubts) {
            if (x != TaskDoubt.DEADLINE_FROM_HEADING && x != TaskDoubt.DEADLINE_FROM_TITLE) {
                keep.add(x);
            }
        }
        if (doubt != null) {
            keep.add(doubt);
        }
        return new FoundTask(text, section, start, end, d.day(), d.words(), d.kind(), d.recurrence(), owners, keep);
    }
}
