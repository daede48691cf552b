package vn.dondoc.importer;

import java.time.LocalDate;
import java.util.List;
import vn.dondoc.importer.reading.FoundOwner;
import vn.dondoc.importer.reading.FoundTask;
import vn.dondoc.importer.reading.Reading;
import vn.dondoc.task.DeadlineKind;
import vn.dondoc.task.Role;

/**
 * A directive as it will be saved: the reader's findings after the clerk's corrections.
 *
 * @param text   the normalised text that the task offsets refer to
 * @param number the document's number ("13/CT-TTg"), or null
 * @param kind   the code of its kind ("chi-thi"), or null
 */
public record ImportDraft(String text, String title, LocalDate documentDate, String issuer, String number, String kind,
        List<DraftTask> tasks) {

    public ImportDraft {
        tasks = List.copyOf(tasks);
    }

    /** A task, by its place in the text. */
    public record DraftTask(int start, int end, String section, LocalDate deadline, String deadlineText, DeadlineKind deadlineKind,
            String recurrence, List<DraftOwner> owners) {

        public DraftTask {
            owners = List.copyOf(owners);
            deadlineKind = deadlineKind == null ? DeadlineKind.NONE : deadlineKind;
        }
    }

    /**
     * A body the task goes to.
     *
     * @param code null for a body the text names that is not in the list yet: it is created under {@code name}
     */
    public record DraftOwner(String code, String name, Role role, boolean inferred, String reason) {
    }

    /** Everything as the reader found it, with the clerk's title if one was given. */
    public static ImportDraft of(Reading reading, String title) {
        List<DraftTask> tasks = reading.tasks().stream().map(ImportDraft::task).toList();
        String chosenTitle = title == null || title.isBlank() ? reading.title() : title.strip();
        return new ImportDraft(reading.text(), chosenTitle, reading.documentDate(), reading.issuer(), reading.number(),
                reading.kind(), tasks);
    }

    private static DraftTask task(FoundTask t) {
        List<DraftOwner> owners = t.owners().stream().filter(ImportDraft::assignable).map(ImportDraft::owner).toList();
        return new DraftTask(t.start(), t.end(), t.section(), t.deadline(), t.deadlineText(), deadlineKind(t.deadlineKind()), t.recurrence(), owners);
    }

    /**
     * A collective the reader could not expand into bodies ("các cơ quan liên quan") names nobody in particular:
     * it is shown in the preview but given to no body.
     */
    static boolean assignable(FoundOwner o) {
        return o.code() != null || !o.group();
    }

    static DraftOwner owner(FoundOwner o) {
        return new DraftOwner(o.code(), o.name(), role(o.role()), o.inferred(), o.reason());
    }

    /** The task's role for the role the reader found; null (no role in the text) stays null. */
    static Role role(vn.dondoc.importer.reading.Role found) {
        return found == null ? null : switch (found) {
            case LEAD -> Role.LEAD;
            case SUPPORT -> Role.SUPPORT;
        };
    }

    /** The task's kind of deadline for the kind the reader found; null stays null. */
    static DeadlineKind deadlineKind(vn.dondoc.importer.reading.DeadlineKind found) {
        return found == null ? null : switch (found) {
            case DATE -> DeadlineKind.DATE;
            case RECURRING -> DeadlineKind.RECURRING;
            case ONGOING -> DeadlineKind.ONGOING;
            case URGENT -> DeadlineKind.URGENT;
            case NONE -> DeadlineKind.NONE;
        };
    }
}
