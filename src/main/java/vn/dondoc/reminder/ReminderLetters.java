package vn.dondoc.reminder;

import io.quarkus.qute.i18n.MessageBundles;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dondoc.body.ResponsibleBody;
import vn.dondoc.task.Assignment;
import vn.dondoc.task.Progress;
import vn.dondoc.task.ReminderLetter;
import vn.dondoc.task.ReminderLetterItem;
import vn.dondoc.web.DateFormats;

/**
 * Reminder letters (văn bản đôn đốc): which bodies get one, what each says, and the record that it was made. A
 * letter names a body's unfinished assignments that are overdue or due within {@link #DAYS_AHEAD} days, the
 * overdue ones first. Letters are written in Vietnamese, the language of the documents they answer.
 */
final class ReminderLetters {

    static final int DAYS_AHEAD = 7;

    private ReminderLetters() {
    }

    /** The fixed parts of every letter, from the configuration. */
    record Form(List<String> issuer, String issuerName, String place, String number, List<String> signature) {
    }

    /** One task in a letter: {@code days} past the deadline (negative: days still left), and which reminder this is. */
    record Item(String task, String directive, LocalDate deadline, long days, int ordinal) {
    }

    /** A letter to one body, dated {@code day}. */
    record Letter(String bodyName, List<Item> items, LocalDate day) {
    }

    /** A body with something to remind it of: how many of its assignments are overdue, and how many are due soon. */
    record Due(ResponsibleBody body, long overdue, long dueSoon) {
    }

    /** The bodies that have overdue or soon-due unfinished assignments, by name. */
    static List<Due> bodiesDue(LocalDate today) {
        Map<ResponsibleBody, long[]> counts = new LinkedHashMap<>();
        for (Assignment a : Assignment.openDueBy(today.plusDays(DAYS_AHEAD))) {
            long[] c = counts.computeIfAbsent(a.body, b -> new long[2]);
            c[a.progress(today) == Progress.OVERDUE ? 0 : 1]++;
        }
        List<Due> due = new ArrayList<>();
        counts.forEach((body, c) -> due.add(new Due(body, c[0], c[1])));
        return due;
    }

    /**
     * Makes and records the letters: to the given body, or (null) to every body with something due. Each letter is
     * recorded on the assignments it names, with its ordinal.
     */
    static List<Letter> make(ResponsibleBody only, LocalDate today, String actor) {
        List<Assignment> assignments = only == null ? Assignment.openDueBy(today.plusDays(DAYS_AHEAD))
                : Assignment.openDueBy(only, today.plusDays(DAYS_AHEAD));
        Map<ResponsibleBody, List<Assignment>> byBody = new LinkedHashMap<>();
        for (Assignment a : assignments) {
            byBody.computeIfAbsent(only == null ? a.body : only, b -> new ArrayList<>()).add(a);
        }
        List<Letter> letters = new ArrayList<>();
        byBody.forEach((body, owned) -> {
            List<ReminderLetterItem> recorded = ReminderLetter.record(body, owned, actor);
            List<Item> items = recorded.stream().map(i -> new Item(i.assignment.task.text, i.assignment.task.directive.label(),
                    i.assignment.deadline, ChronoUnit.DAYS.between(i.assignment.deadline, today), i.ordinal)).toList();
            letters.add(new Letter(body.name, items, today));
        });
        return letters;
    }

    /** The words of the letters: always the Vietnamese ones. */
    static ReminderMessages words() {
        return MessageBundles.get(ReminderMessages.class);
    }

    /** "Hà Nội, ngày 05 tháng 12 năm 2026", written as the report's date line is. */
    static String placeAndDate(String place, LocalDate day) {
        return words().letter_place_date(place, DateFormats.dateLineDay(day), DateFormats.dateLineMonth(day),
                String.valueOf(day.getYear()));
    }

    /** The headings of a letter's table of tasks. */
    static List<String> headings() {
        ReminderMessages w = words();
        return List.of(w.letter_col_no(), w.letter_col_task(), w.letter_col_source(), w.letter_col_deadline(), w.letter_col_standing());
    }

    /** The cells of the {@code n}th task (from 1) of a letter's table, under {@link #headings()}. */
    static List<String> cells(Item item, int n) {
        return List.of(String.valueOf(n), item.task(), item.directive(), DateFormats.dmy(item.deadline()),
                standing(item) + "\n" + words().letter_ordinal(item.ordinal()));
    }

    /** What the last column says of an item: how late it is, or how many days are left. */
    static String standing(Item item) {
        ReminderMessages w = words();
        return item.days() > 0 ? w.letter_days_over(item.days()) : item.days() == 0 ? w.letter_due_today() : w.letter_days_left(-item.days());
    }
}
