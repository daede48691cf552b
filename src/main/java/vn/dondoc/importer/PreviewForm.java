package vn.dondoc.importer;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import vn.dondoc.body.BodyKind;
import vn.dondoc.body.BodyPicker;
import vn.dondoc.directive.Directive;
import vn.dondoc.importer.ImportDraft.DraftOwner;
import vn.dondoc.importer.ImportDraft.DraftTask;
import vn.dondoc.importer.reading.FoundOwner;
import vn.dondoc.importer.reading.FoundTask;
import vn.dondoc.importer.reading.TaskDoubt;
import vn.dondoc.importer.reading.KnownBody;
import vn.dondoc.importer.reading.Reading;
import vn.dondoc.importer.reading.ReadingWarning;
import vn.dondoc.importer.reading.TextNormalizer;
import vn.dondoc.task.DeadlineKind;
import vn.dondoc.task.Role;
import vn.dondoc.web.DateFormats;
import vn.dondoc.web.FieldErrors;
import vn.dondoc.web.OfficeClock;
import vn.dondoc.web.TypedDate;

/**
 * The preview page's form: what the reader found, as the clerk corrected it. It carries the whole text in a hidden
 * field, so that the confirm step needs nothing kept on the server, and checks everything again when it comes back.
 */
public final class PreviewForm {

    static final String NEW_BODY = "new:";
    private static final int CONTEXT = 600;

    public final String text;
    public final String title;
    public final String documentDate;
    public final String issuer;
    /** The number and kind read from the text ("13/CT-TTg", "chi-thi"), or null; corrected after saving if need be. */
    public final String number;
    public final String kind;
    public final List<TaskRow> tasks;
    /** The bodies to choose from, the same for every task. */
    public final BodyPicker picker;
    public final List<ReadingWarning> warnings;
    public final FieldErrors errors = new FieldErrors();

    /** One task of the form, with the clerk's values. */
    public record TaskRow(int index, int start, int end, String text, String section, String deadline, String originalDeadline,
            String deadlineText, String deadlineKind, String recurrence, List<FoundOwner> found, Set<String> leads,
            Set<String> supports, boolean drop, boolean merge, String split, String before, String marked, String after,
            List<TaskDoubt> doubts, double confidence) implements BodyPicker.Selection {

        public int number() {
            return index + 1;
        }

        /** Whether the reader was unsure of the task: the clerk should look at it first. */
        public boolean unsure() {
            return confidence < FoundTask.SURE;
        }

        /** The confidence in whole per cent. */
        public int percent() {
            return (int) Math.round(confidence * 100);
        }

        /** The id of the task's fieldset, and the key of errors about the task as a whole. */
        public String key() {
            return "t" + index;
        }

        /** The deadline the reader found, as dd/MM/yyyy. */
        public String shownDeadline() {
            return TypedDate.shown(originalDeadline);
        }

        /** The name of the form field: {@code t3.deadline}. */
        public String name(String field) {
            return "t" + index + "." + field;
        }

        /** The id of the input: {@code t3-deadline}, the target of the error summary's links. */
        public String id(String field) {
            return "t" + index + "-" + field;
        }
    }

    /** What only the reader decides (the issuer, the number and kind, the warnings) comes from {@code reading}. */
    private PreviewForm(Reading reading, String title, String documentDate, List<TaskRow> tasks, BodyPicker picker) {
        this.text = reading.text();
        this.title = title;
        this.documentDate = documentDate;
        this.issuer = reading.issuer();
        this.number = reading.number();
        this.kind = reading.kind();
        this.tasks = tasks;
        this.picker = picker;
        this.warnings = reading.warnings();
    }

    public String kindKey() {
        return Directive.kindKey(kind);
    }

    public String shownDate() {
        return TypedDate.shown(documentDate);
    }

    /** The tasks the reader was unsure of, least sure first: the clerk looks at these first. */
    public List<TaskRow> unsure() {
        return tasks.stream().filter(TaskRow::unsure).sorted(java.util.Comparator.comparingDouble(TaskRow::confidence)).toList();
    }

    /** The form as the reader filled it in. */
    static PreviewForm of(Reading reading, String title, List<KnownBody> known) {
        List<TaskRow> rows = new ArrayList<>();
        for (FoundTask t : reading.tasks()) {
            rows.add(row(reading.text(), rows.size(), t.start(), t.end(), t.section(), DateFormats.dmy(t.deadline()), date(t.deadline()), t.deadlineText(),
                    t.deadlineKind() == null ? DeadlineKind.NONE.name() : t.deadlineKind().name(), t.recurrence(), t.owners(),
                    values(t.owners(), Role.LEAD), values(t.owners(), Role.SUPPORT), false, false, "", t));
        }
        String chosenTitle = title == null || title.isBlank() ? Objects.toString(reading.title(), "") : title.strip();
        return new PreviewForm(reading, chosenTitle, date(reading.documentDate()), rows, options(reading, known));
    }

    /**
     * The form as it came back from the preview page. {@code reading} is the text read again, for what the page
     * only shows (the owners found and why) and for the bodies the text names.
     */
    static PreviewForm parse(MultivaluedMap<String, String> form, Reading reading, List<KnownBody> known) {
        String text = reading.text();
        int count = number(form.getFirst("taskCount"), -1);
        List<TaskRow> rows = new ArrayList<>();
        List<Integer> broken = new ArrayList<>();
        for (int i = 0; i < Math.min(count, 5000); i++) {
            String p = "t" + i + ".";
            int start = number(form.getFirst(p + "start"), -1);
            int end = number(form.getFirst(p + "end"), -1);
            if (start < 0 || end > text.length() || start >= end) {
                broken.add(i);
                start = 0;
                end = 0;
            }
            int s = start;
            int e = end;
            FoundTask read = reading.tasks().stream().filter(t -> t.start() == s && t.end() == e).findFirst().orElse(null);
            List<FoundOwner> found = read == null ? List.of() : read.owners();
            rows.add(row(text, i, start, end, form.getFirst(p + "section"), value(form.getFirst(p + "deadline")),
                    value(form.getFirst(p + "originalDeadline")), form.getFirst(p + "deadlineText"), form.getFirst(p + "deadlineKind"),
                    form.getFirst(p + "recurrence"), found, set(form.get(p + "lead")), set(form.get(p + "support")),
                    form.containsKey(p + "drop"), form.containsKey(p + "merge"), value(form.getFirst(p + "split")), read));
        }
        PreviewForm parsed = new PreviewForm(reading, value(form.getFirst("title")), value(form.getFirst("documentDate")), rows,
                options(reading, known));
        if (count < 0) {
            parsed.errors.putIfAbsent("tasks", ImportError.BAD_OFFSETS.key());
        }
        broken.forEach(i -> parsed.errors.putIfAbsent("t" + i, ImportError.BAD_OFFSETS.key()));
        return parsed;
    }

    /**
     * The directive to save, after drops, merges and splits; null when a field is wrong (see {@link #errors}).
     */
    ImportDraft toDraft(LocalDate documentDate) {
        Set<String> allowed = picker.values();
        List<DraftTask> out = new ArrayList<>();
        for (TaskRow row : tasks) {
            if (row.drop() || errors.has("t" + row.index())) {
                continue;
            }
            LocalDate deadline = TypedDate.read(row.deadline(), row.id("deadline"), ImportError.BAD_DATE.key(), errors);
            DeadlineKind kind = kind(row.deadlineKind());
            if (kind == null) {
                errors.putIfAbsent("t" + row.index(), ImportError.BAD_OFFSETS.key());
                continue;
            }
            List<DraftOwner> owners = new ArrayList<>();
            if (row.leads().stream().anyMatch(row.supports()::contains)) {
                errors.putIfAbsent(row.id("owners"), ImportError.TWO_ROLES.key());
            }
            Stream.concat(row.leads().stream().map(v -> Map.entry(v, Role.LEAD)), row.supports().stream().map(v -> Map.entry(v, Role.SUPPORT)))
                    .forEach(choice -> {
                        if (!allowed.contains(choice.getKey())) {
                            errors.putIfAbsent(row.id("owners"), ImportError.UNKNOWN_BODY.key());
                        } else {
                            owners.add(owner(choice.getKey(), choice.getValue(), row.found()));
                        }
                    });
            boolean changed = !Objects.equals(deadline, TypedDate.orNull(row.originalDeadline()));
            String deadlineText = changed ? null : row.deadlineText();
            String recurrence = changed ? null : row.recurrence();
            if (changed) {
                kind = deadline == null ? DeadlineKind.NONE : DeadlineKind.DATE;
            }
            List<int[]> spans = split(row);
            if (spans == null) {
                errors.putIfAbsent(row.id("split"), ImportError.SPLIT_NOT_FOUND.key());
                continue;
            }
            for (int part = 0; part < spans.size(); part++) {
                int[] span = spans.get(part);
                if (part == 0 && row.merge()) {
                    if (out.isEmpty()) {
                        errors.putIfAbsent(row.id("merge"), ImportError.NOTHING_TO_MERGE.key());
                        continue;
                    }
                    out.set(out.size() - 1, merged(out.get(out.size() - 1), span, owners));
                } else {
                    out.add(new DraftTask(span[0], span[1], row.section(), deadline, deadlineText, kind, recurrence, owners));
                }
            }
        }
        for (int i = 0; i < out.size(); i++) {
            DraftTask t = out.get(i);
            if (t.end() - t.start() > ImportService.MAX_TASK_LENGTH) {
                errors.putIfAbsent("tasks", ImportError.TASK_TOO_LONG.key());
            }
        }
        if (errors.isEmpty() && out.isEmpty()) {
            errors.putIfAbsent("tasks", ImportError.NO_TASKS.key());
        }
        return errors.isEmpty() ? new ImportDraft(text, title, documentDate, issuer, number, kind, out) : null;
    }

    /** The task's span, or its two parts when the clerk asked to split it after some words; null if the words are not there. */
    private List<int[]> split(TaskRow row) {
        if (row.split().isBlank()) {
            return List.of(new int[] {row.start(), row.end()});
        }
        String words = TextNormalizer.normalize(row.split()).strip();
        int at = text.substring(row.start(), row.end()).indexOf(words);
        if (at < 0) {
            return null;
        }
        int cut = row.start() + at + words.length();
        int next = cut;
        while (next < row.end() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (next >= row.end()) {
            return null;
        }
        return List.of(new int[] {row.start(), cut}, new int[] {next, row.end()});
    }

    private static DraftTask merged(DraftTask before, int[] span, List<DraftOwner> owners) {
        Map<String, DraftOwner> all = new LinkedHashMap<>();
        Stream.concat(before.owners().stream(), owners.stream()).forEach(o -> all.putIfAbsent(o.code() != null ? o.code() : NEW_BODY + o.name(), o));
        boolean keepBefore = before.deadline() != null || before.deadlineKind() != DeadlineKind.NONE;
        return new DraftTask(Math.min(before.start(), span[0]), Math.max(before.end(), span[1]), before.section(),
                keepBefore ? before.deadline() : null, keepBefore ? before.deadlineText() : null,
                keepBefore ? before.deadlineKind() : DeadlineKind.NONE, keepBefore ? before.recurrence() : null, List.copyOf(all.values()));
    }

    /** The chosen body, with the reader's reason where the reader had chosen it too. */
    private static DraftOwner owner(String value, Role role, List<FoundOwner> found) {
        String code = value.startsWith(NEW_BODY) ? null : value;
        String name = value.startsWith(NEW_BODY) ? value.substring(NEW_BODY.length()) : null;
        return found.stream().filter(o -> value.equals(valueOf(o))).findFirst()
                .map(o -> new DraftOwner(code, name, role, o.inferred(), o.reason()))
                .orElse(new DraftOwner(code, name, role, false, null));
    }

    private static TaskRow row(String text, int index, int start, int end, String section, String deadline, String originalDeadline,
            String deadlineText, String deadlineKind, String recurrence, List<FoundOwner> found, Set<String> leads,
            Set<String> supports, boolean drop, boolean merge, String split, FoundTask read) {
        int from = text.lastIndexOf('\n', Math.max(start - 1, 0)) + 1;
        if (start == 0) {
            from = 0;
        }
        int to = text.indexOf('\n', end);
        to = to < 0 ? text.length() : to;
        from = Math.max(from, start - CONTEXT);
        to = Math.min(to, end + CONTEXT);
        return new TaskRow(index, start, end, text.substring(start, end), section, deadline, originalDeadline, deadlineText,
                deadlineKind, recurrence, found, leads, supports, drop, merge, split, text.substring(from, start),
                text.substring(start, end), text.substring(end, to), read == null ? List.of() : read.doubts(),
                read == null ? 1.0 : read.confidence());
    }

    /** The known bodies by their codes, then the bodies the text names that are not in the list yet. */
    private static BodyPicker options(Reading reading, List<KnownBody> known) {
        List<BodyPicker.Entry> entries = new ArrayList<>();
        known.forEach(b -> entries.add(new BodyPicker.Entry(b.code(), b.code(), b.name(), BodyKind.ofCode(b.kind()), b.validUntil(), b.successorCode())));
        reading.tasks().stream().flatMap(t -> t.owners().stream())
                .filter(o -> o.code() == null && ImportDraft.assignable(o) && o.name() != null && !o.name().isBlank())
                .map(FoundOwner::name).distinct()
                .forEach(name -> entries.add(new BodyPicker.Entry(NEW_BODY + name, null, name, null, null, null)));
        return BodyPicker.of(entries, OfficeClock.today());
    }

    static String valueOf(FoundOwner owner) {
        return owner.code() != null ? owner.code() : NEW_BODY + owner.name();
    }

    private static Set<String> values(List<FoundOwner> owners, Role role) {
        Set<String> values = new LinkedHashSet<>();
        owners.stream().filter(ImportDraft::assignable).filter(o -> (o.role() == null ? Role.LEAD : ImportDraft.role(o.role())) == role)
                .forEach(o -> values.add(valueOf(o)));
        return values;
    }

    private static Set<String> set(List<String> values) {
        return values == null ? Set.of() : new LinkedHashSet<>(values.stream().filter(v -> v != null && !v.isBlank()).toList());
    }

    private static DeadlineKind kind(String name) {
        try {
            return name == null || name.isBlank() ? DeadlineKind.NONE : DeadlineKind.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int number(String value, int otherwise) {
        try {
            return value == null ? otherwise : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static String value(String value) {
        return value == null ? "" : value.strip();
    }

    private static String date(LocalDate day) {
        return day == null ? "" : day.toString();
    }
}
