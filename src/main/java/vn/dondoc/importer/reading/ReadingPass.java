package vn.dondoc.importer.reading;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.dondoc.importer.reading.DeadlineParser.Deadline;
import vn.dondoc.importer.reading.Layout.Block;
import vn.dondoc.importer.reading.Layout.Para;
import vn.dondoc.importer.reading.Layout.Row;
import vn.dondoc.importer.reading.OwnerParser.Parsed;
import vn.dondoc.task.DeadlineKind;
import vn.dondoc.task.Role;

/**
 * One reading of one text: walks its paragraphs and tables in order, keeping track of which part of the
 * document it is in (preamble, review, tasks, closing) and of the owners and time limits that items and headings
 * hand down to what follows them.
 */
final class ReadingPass {

    private enum Mode { PREAMBLE, REVIEW, TASKS, CLOSED }

    private enum HeadingKind { TASKS, REVIEW, OTHER }

    /** What an item or heading hands down to the items under it. */
    private record Context(int level, List<FoundOwner> owners, Deadline deadline, boolean heading) {
    }

    /** A task being built: its clause may still grow by a clause that only continues it. */
    private static final class Draft {
        int from;
        int to;
        List<FoundOwner> lead;
        Deadline inherited;
        String section;
        boolean table;
        List<FoundOwner> support = new ArrayList<>();
        Deadline own;
        boolean paragraphStart;
    }

    private static final Set<String> PARTY_KINDS = Set.of("party-board", "office", "party-committee", "mass-organisation");
    private static final Set<String> GOVERNMENT_KINDS = Set.of("ministry", "agency", "office", "province-group");
    private static final String[][] TRIGGERS = {
        {"giao", "nhiệm", "vụ", "cho"}, {"giao", "nhiệm", "vụ"}, {"giao", "cho"}, {"yêu", "cầu"}, {"đề", "nghị"},
        {"chỉ", "đạo"}, {"giao"}, {"requested"}, {"asked"}, {"urged"}, {"directed"}, {"instructed"}, {"assigned"},
        {"tasked"}, {"called", "on"}, {"ordered"}, {"requires"}, {"requested", "that"}};
    private static final Set<String> ENGLISH_MODALS = Set.of("shall", "must", "should", "will", "to", "needs", "need");

    private final String text;
    private final Tokens t;
    private final DocumentHeader header;
    private final LocalDate date;
    private final OwnerParser parser;
    private final AreaInference inference;
    private final Set<String> inferenceKinds;
    /** The issuer of a body's own plan, who does the items that name nobody; null for a text that assigns. */
    private final FoundOwner issuer;

    private Mode mode = Mode.PREAMBLE;
    private String section;
    private Deadline sectionDeadline;
    private List<FoundOwner> sectionOwners = List.of();
    private final Deque<Context> stack = new ArrayDeque<>();
    private int[] columns;
    private boolean sawTaskPart;
    /** Where the tasks of the last item begin in {@link #tasks}, for a time line under it. */
    private int lastItemFirstTask;
    private final List<FoundTask> tasks = new ArrayList<>();

    ReadingPass(String text, LocalDate given, BodyIndex index, AreaInference inference) {
        this.text = text;
        this.t = new Tokens(text);
        this.header = DocumentHeader.read(text);
        this.date = given != null ? given : header.date();
        this.parser = new OwnerParser(index, date);
        this.inference = inference;
        this.inferenceKinds = header.party() ? PARTY_KINDS : GOVERNMENT_KINDS;
        this.issuer = IssuingBody.ownWork(header, text, index, date);
    }

    Reading run() {
        for (Block b : Layout.of(text)) {
            if (b instanceof Row r) {
                row(r);
            } else if (b instanceof Para p) {
                columns = null;
                int s = Math.max(p.start(), header.bodyStart());
                if (s < p.end()) {
                    paragraph(s, p.end());
                }
            }
        }
        EnumSet<ReadingWarning> w = EnumSet.noneOf(ReadingWarning.class);
        if (tasks.isEmpty()) {
            w.add(ReadingWarning.NO_TASKS);
        } else if (!sawTaskPart) {
            w.add(ReadingWarning.NO_TASK_SECTION);
        }
        if (date == null) {
            w.add(ReadingWarning.NO_DOCUMENT_DATE);
        }
        for (FoundTask task : tasks) {
            for (FoundOwner o : task.owners()) {
                if (o.inferred()) {
                    w.add(ReadingWarning.INFERRED_OWNERS);
                }
                if (o.code() == null && !o.group()) {
                    w.add(ReadingWarning.NEW_BODIES);
                }
            }
        }
        return new Reading(text, header.title(), date, header.issuer(), header.number(),
                header.kind() == null ? null : header.kind().code(), tasks, List.copyOf(w));
    }

    // ---- tables

    private void row(Row r) {
        String all = Fold.fold(text.substring(r.start(), r.end()));
        int[] header = taskColumns(r);
        if (header != null) {
            columns = header;
            sawTaskPart = true;
            return;
        }
        if (columns == null) {
            if (all.contains("noi nhan")) {
                mode = Mode.CLOSED;
            }
            return;
        }
        if (all.replaceAll("[|\\s:-]", "").isEmpty()) {
            return;
        }
        int taskCol = columns[0];
        if (taskCol >= r.cells()) {
            return;
        }
        int s = r.cellStart()[taskCol];
        int e = r.cellEnd()[taskCol];
        if (s >= e) {
            return;
        }
        List<FoundOwner> lead = cellOwners(r, columns[1]);
        List<FoundOwner> support = cellOwners(r, columns[2]);
        boolean empty = lead.isEmpty() && support.isEmpty() && cellText(r, columns[3]).isEmpty();
        String number = cellText(r, columns[4]);
        if (empty && number.matches("[IVXivx]{1,5}\\.?|[A-Za-z]\\.?")) {
            section = text.substring(s, e);
            return;
        }
        Deadline d = DeadlineParser.parse(cellText(r, columns[3]), date, true);
        int a = t.firstAtOrAfter(s);
        int b = t.firstAtOrAfter(e);
        if (a >= b) {
            return;
        }
        Draft draft = new Draft();
        draft.from = a;
        draft.to = b;
        draft.lead = lead;
        draft.support = support;
        draft.own = d;
        draft.section = section;
        draft.table = true;
        finish(draft, null);
    }

    /** Column indexes {task, lead, support, time, number} of a task table's header row, or null. */
    private int[] taskColumns(Row r) {
        int task = -1;
        int lead = -1;
        int support = -1;
        int time = -1;
        int number = -1;
        for (int c = 0; c < r.cells(); c++) {
            String k = Layout.columnKey(text, r.cellStart()[c], r.cellEnd()[c]);
            if (k.length() > 60) {
                return null;
            }
            if (k.equals("tt") || k.equals("stt") || k.equals("so tt") || k.equals("no")) {
                number = c;
            } else if (k.contains("chu tri") || k.equals("lead agency") || k.contains("responsible")
                    || lead < 0 && (k.contains("don vi thuc hien") || k.contains("co quan thuc hien"))) {
                lead = c;
            } else if (k.contains("phoi hop") || k.contains("coordinat")) {
                support = c;
            } else if (k.contains("thoi gian") || k.contains("thoi han") || k.contains("tien do") || k.contains("deadline")
                    || k.contains("timeline") || k.equals("time")) {
                time = c;
            } else if (task < 0 && (k.contains("nhiem vu") || k.contains("noi dung") || k.equals("task") || k.equals("tasks"))) {
                task = c;
            }
        }
        if (task < 0 || lead < 0 && time < 0) {
            return null;
        }
        return new int[] {task, lead < 0 ? 999 : lead, support < 0 ? 999 : support, time < 0 ? 999 : time,
            number < 0 ? 999 : number};
    }

    private String cellText(Row r, int c) {
        return c < r.cells() ? text.substring(r.cellStart()[c], r.cellEnd()[c]) : "";
    }

    private List<FoundOwner> cellOwners(Row r, int c) {
        if (c >= r.cells()) {
            return List.of();
        }
        return scanOwners(t.firstAtOrAfter(r.cellStart()[c]), t.firstAtOrAfter(r.cellEnd()[c]));
    }

    /** Every owner named in tokens [a, b), in order. */
    private List<FoundOwner> scanOwners(int a, int b) {
        List<FoundOwner> out = new ArrayList<>();
        int k = a;
        while (k < b) {
            Parsed p = parser.parseList(t, k, b);
            if (p == null || p.end() <= k) {
                k++;
            } else {
                out.addAll(p.owners());
                k = p.end();
            }
        }
        return OwnerParser.dedupe(out);
    }

    // ---- paragraphs

    private void paragraph(int ps, int pe) {
        String raw = text.substring(ps, pe);
        if (NoiseFilter.isNoise(raw)) {
            return;
        }
        String folded = Fold.fold(raw).replace("*", "").strip();
        if (folded.startsWith("noi nhan")) {
            mode = Mode.CLOSED;
            return;
        }
        Marker mk = Marker.of(text, ps, pe);
        int a = t.firstAtOrAfter(mk.contentStart());
        int b = t.firstAtOrAfter(pe);
        if (a >= b) {
            return;
        }
        boolean colon = endsWith(raw, ':');
        if (isHeading(raw, mk, a, b, colon)) {
            if (colon && mode != Mode.TASKS && trigger(a, b)) {
                // "QUYẾT NGHỊ:", "CHỈ THỊ:" set in capitals hand out what follows like "Thủ tướng yêu cầu:"
                mode = Mode.TASKS;
                sawTaskPart = true;
                stack.clear();
                return;
            }
            heading(raw, mk, a, b);
            return;
        }
        if (mode == Mode.CLOSED) {
            return;
        }
        Parsed subject = subjectAt(a, b, true);
        if (colon && subject != null && ownerHeading(subject.end(), b)) {
            mode = Mode.TASKS;
            sawTaskPart = true;
            popTo(mk.level());
            stack.push(new Context(mk.level(), subject.owners(), DeadlineParser.parse(raw, date, false), true));
            return;
        }
        if (colon && trigger(a, b)) {
            if (mode != Mode.TASKS) {
                section = null;
                sectionDeadline = null;
                sectionOwners = List.of();
                stack.clear();
            }
            mode = Mode.TASKS;
            sawTaskPart = true;
            return;
        }
        if (mode == Mode.PREAMBLE && mk.level() != Marker.NONE && !mk.roman()
                && (assigneeAt(a, b) != null || subject != null && !colon)) {
            // "1. Bộ Tài chính chủ trì ...": an item that gives work to a body is an instruction, heading or not.
            mode = Mode.TASKS;
            sawTaskPart = true;
        }
        if (mode == Mode.TASKS && mk.level() == Marker.NONE && timeLine(folded)) {
            dateLastItem(raw);
            return;
        }
        if (mode == Mode.TASKS) {
            lastItemFirstTask = tasks.size();
            items(mk, a, b);
        } else {
            inline(a, b);
        }
    }

    /** "Thời gian hoàn thành: quý III năm 2024." on its own line under an item: the item's time limit. */
    private static boolean timeLine(String folded) {
        int colon = folded.indexOf(':');
        if (colon < 0 || colon > 30) {
            return false;
        }
        String label = folded.substring(0, colon).replace("-", "").strip();
        return label.equals("thoi gian") || label.equals("thoi han") || label.equals("thoi gian hoan thanh")
                || label.equals("thoi han hoan thanh") || label.equals("tien do") || label.equals("tien do hoan thanh")
                || label.equals("thoi gian thuc hien");
    }

    /** Gives the time limit of the line to the tasks of the item above it that name no day of their own. */
    private void dateLastItem(String raw) {
        String words = raw.substring(raw.indexOf(':') + 1).strip().replaceAll("[.;]+$", "");
        Deadline d = DeadlineParser.parse(words, date, true);
        if (d == null) {
            return;
        }
        for (int i = lastItemFirstTask; i < tasks.size(); i++) {
            FoundTask task = tasks.get(i);
            Deadline own = DeadlineParser.parse(task.text(), date, false);
            if (own != null && own.day() != null) {
                continue;
            }
            tasks.set(i, new FoundTask(task.text(), task.section(), task.start(), task.end(), d.day(), d.words(), d.kind(),
                    d.recurrence(), task.owners()));
        }
    }

    private boolean ownerHeading(int k, int b) {
        if (k >= b) {
            return true;
        }
        // "Cục Biến đổi khí hậu có trách nhiệm:", "Bộ Tài chính thực hiện các nhiệm vụ sau:"
        String rest = Fold.fold(text.substring(t.start[k], t.end[b - 1]));
        return rest.length() < 60 && (rest.startsWith("co trach nhiem") || rest.startsWith("chiu trach nhiem")
                || rest.contains("nhiem vu sau") || rest.contains("nhiem vu cu the") || rest.startsWith("thuc hien"));
    }

    private void heading(String raw, Marker mk, int a, int b) {
        HeadingKind kind = headingKind(Fold.fold(raw));
        if (kind == HeadingKind.TASKS) {
            mode = Mode.TASKS;
            sawTaskPart = true;
            String h = text.substring(t.start[a], t.end[b - 1]);
            if (mk.level() <= 1 || mk.level() == Marker.NONE || section == null) {
                section = h;
                sectionDeadline = DeadlineParser.parse(h, date, false);
                sectionOwners = namedIn(a, b);
                stack.clear();
            } else {
                popTo(mk.level());
                stack.push(new Context(mk.level(), namedIn(a, b), DeadlineParser.parse(h, date, false), true));
            }
        } else if (kind == HeadingKind.REVIEW) {
            if (mode != Mode.CLOSED) {
                mode = Mode.REVIEW;
            }
        } else if (mode == Mode.TASKS && mk.level() != Marker.NONE) {
            popTo(mk.level());
            stack.push(new Context(mk.level(), namedIn(a, b), DeadlineParser.parse(raw, date, false), true));
        }
    }

    private List<FoundOwner> namedIn(int a, int b) {
        List<FoundOwner> out = new ArrayList<>();
        for (FoundOwner o : scanOwners(a, b)) {
            if (o.code() != null || o.group()) {
                out.add(o);
            }
        }
        return out;
    }

    private static HeadingKind headingKind(String f) {
        if (f.contains("ket qua") || f.contains("tinh hinh") || f.contains("danh gia") || f.contains("results")) {
            return HeadingKind.REVIEW;
        }
        if (f.contains("nhiem vu") || f.contains("giai phap") || f.contains("to chuc thuc hien") || f.contains("phan cong")
                || f.contains("trach nhiem") || f.contains("tasks") || f.contains("implementation")) {
            return HeadingKind.TASKS;
        }
        if (f.contains("muc dich") || f.contains("yeu cau") || f.contains("muc tieu") || f.contains("quan diem")
                || f.contains("boi canh") || f.contains("thuc trang") || f.contains("can cu") || f.contains("background")
                || f.contains("objectives")) {
            return HeadingKind.REVIEW;
        }
        return HeadingKind.OTHER;
    }

    private boolean isHeading(String raw, Marker mk, int a, int b, boolean colon) {
        if (mk.roman()) {
            return true;
        }
        String p = raw.replace("*", "").strip();
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < p.length() && i < 2000; i++) {
            char c = p.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        if (letters >= 3 && upper * 10 >= letters * 8 && b - a <= 60) {
            return true;
        }
        if (colon || p.isEmpty()) {
            return false;
        }
        char last = p.charAt(p.length() - 1);
        if (".;!?…".indexOf(last) >= 0 || b - a > 20 || p.indexOf('\n') >= 0) {
            return false;
        }
        return Lexicon.verbAt(t, a, b) == 0 && subjectAt(a, b, false) == null;
    }

    /** Whether the sentence ending in a colon hands out tasks ("Thủ tướng Chính phủ yêu cầu:"). */
    private boolean trigger(int a, int b) {
        int from = a;
        for (int k = b - 1; k > a; k--) {
            if (ClauseSplitter.isBoundary(t, k, t.gapBefore(k))) {
                from = k;
                break;
            }
        }
        for (int k = from; k < b; k++) {
            if (t.cap[k] && k > from) {
                continue;
            }
            String w = t.low[k];
            if (w.equals("yêu") || w.equals("đề") || w.equals("chỉ") || w.equals("giao") || w.equals("kết") || w.equals("quyết")
                    || w.equals("requested") || w.equals("asked") || w.equals("directed") || w.equals("following")) {
                String two = k + 1 < b ? w + " " + t.low[k + 1] : w;
                if (two.equals("yêu cầu") || two.equals("đề nghị") || two.equals("chỉ đạo") || two.equals("chỉ thị")
                        || two.equals("kết luận") || two.equals("quyết nghị") || two.equals("quyết định")
                        || w.equals("giao") && !(k + 1 < b && t.low[k + 1].equals("ban"))
                        || w.equals("requested") || w.equals("asked") || w.equals("directed") || w.equals("following")) {
                    return true;
                }
            }
        }
        return false;
    }

    private void popTo(int level) {
        while (!stack.isEmpty() && stack.peek().level() >= level) {
            stack.pop();
        }
    }

    /** The owners and time limit an item at this level inherits. */
    private Context inherited(int level) {
        List<FoundOwner> owners = null;
        Deadline d = null;
        for (Context c : stack) {
            if (c.level() >= level) {
                continue;
            }
            if (level == Marker.NONE && !c.heading()) {
                continue;
            }
            if (owners == null && !c.owners().isEmpty()) {
                owners = c.owners();
            }
            if (d == null && c.deadline() != null && c.deadline().day() != null) {
                d = c.deadline();
            }
        }
        if (owners == null && !sectionOwners.isEmpty()) {
            owners = sectionOwners;
        }
        if (d == null && sectionDeadline != null && sectionDeadline.day() != null) {
            d = sectionDeadline;
        }
        return new Context(level, owners == null ? List.of() : owners, d, false);
    }

    private void items(Marker mk, int a, int b) {
        int level = mk.level();
        if (level != Marker.NONE) {
            popTo(level);
        }
        Context ctx = inherited(level);
        List<Draft> drafts = clauses(a, b, ctx.owners(), ctx.deadline(), level != Marker.NONE);
        List<FoundOwner> itemOwners = drafts.isEmpty() ? List.of() : drafts.get(0).lead;
        if (level != Marker.NONE) {
            stack.push(new Context(level, itemOwners == null ? List.of() : itemOwners, null, false));
        }
        finishAll(drafts);
    }

    private static final Set<String> PASSIVE_BE = Set.of("was", "were", "is", "are", "được", "has", "have");
    private static final Set<String> PASSIVE_ASK = Set.of("asked", "requested", "tasked", "assigned", "urged", "directed",
            "instructed", "giao", "yêu");

    /** "The State Bank of Vietnam was asked to ...": the owner comes first, then the passive request. */
    private int passiveRequest(int k, int a, int b) {
        if (!t.cap[k] || k > a && !ClauseSplitter.isBoundary(t, k, t.gapBefore(k))) {
            return -1;
        }
        Parsed who = parser.parseList(t, k, b);
        if (who == null) {
            return -1;
        }
        int j = who.end();
        if (j + 2 < b && PASSIVE_BE.contains(t.low[j])) {
            int m = j + 1;
            if (t.low[m].equals("been") && m + 1 < b) {
                m++;
            }
            if (PASSIVE_ASK.contains(t.low[m]) && !t.low[m].equals("giao") && !t.low[m].equals("yêu") && m + 1 < b
                    && t.low[m + 1].equals("to")) {
                return m + 2;
            }
        }
        return -1;
    }

    private void inline(int a, int b) {
        int k = a;
        int asked = -1;
        while (k < b) {
            if (k == asked) {
                // After a request, each sentence that opens with a body and its verb is one more instruction
                // ("Ban Tuyên giáo Trung ương chủ trì ..."), until a sentence that does not.
                int sentenceEnd = sentenceEnd(k, b);
                Parsed subj = subjectAt(k, sentenceEnd, false);
                if (subj != null && triggerAt(skipAdverbial(subj.end(), sentenceEnd), sentenceEnd) == 0) {
                    finishAll(clauses(k, sentenceEnd, List.of(), null, true));
                    k = sentenceEnd;
                    asked = k;
                    continue;
                }
            }
            int passive = passiveRequest(k, a, b);
            if (passive > 0 && passive < b) {
                Parsed who = parser.parseList(t, k, b);
                int sentenceEnd = sentenceEnd(passive, b);
                List<Draft> drafts = clauses(passive, sentenceEnd, who.owners(), null, true);
                finishAll(drafts);
                k = sentenceEnd;
                continue;
            }
            int len = triggerAt(k, b);
            if (len == 0) {
                k++;
                continue;
            }
            int j = k + len;
            int sentenceEnd = sentenceEnd(j, b);
            Parsed who = j < sentenceEnd ? parser.parseList(t, j, sentenceEnd) : null;
            int start = -1;
            List<FoundOwner> lead = List.of();
            if (who != null && who.end() < sentenceEnd && predicateAt(who.end(), sentenceEnd)) {
                start = t.low[who.end()].equals("to") ? who.end() + 1 : who.end();
                lead = who.owners();
            } else if (j < sentenceEnd && (t.low[k].equals("yêu") || t.low[k].equals("đề")) && Lexicon.verbAt(t, j, sentenceEnd) > 0) {
                start = j;
            }
            if (start < 0 || start >= sentenceEnd) {
                k++;
                continue;
            }
            List<Draft> drafts = clauses(start, sentenceEnd, lead, null, true);
            for (Draft d : drafts) {
                if (d.lead == null || d.lead.isEmpty()) {
                    d.lead = lead;
                }
            }
            finishAll(drafts);
            k = sentenceEnd;
            asked = drafts.isEmpty() ? -1 : k;
        }
    }

    private int triggerAt(int k, int b) {
        if (t.cap[k] && !(k > 0 && t.end[k - 1] == t.start[k])) {
            // a capitalised word here is a name ("Ban Chỉ đạo"), not the verb
            if (k == 0 || !ClauseSplitter.isBoundary(t, k, t.gapBefore(k))) {
                return 0;
            }
        }
        for (String[] tr : TRIGGERS) {
            if (t.lowAt(k, tr, b)) {
                if (tr.length == 1 && tr[0].equals("giao") && k + 1 < b && t.low[k + 1].equals("ban")) {
                    return 0;
                }
                return tr.length;
            }
        }
        return 0;
    }

    private int sentenceEnd(int from, int b) {
        for (int k = from + 1; k < b; k++) {
            String gap = t.gapBefore(k);
            if (gap.indexOf('\n') >= 0 || ClauseSplitter.isBoundary(t, k, gap) && gap.indexOf(';') < 0) {
                return k;
            }
        }
        return b;
    }

    // ---- clauses and tasks

    /** Skips "theo chức năng, nhiệm vụ được giao," between a subject and its verb. */
    private int skipAdverbial(int k, int limit) {
        int len = Lexicon.adverbialAt(t, k, limit);
        if (len > 0) {
            {
                int stop = Math.min(limit, k + 16);
                for (int j = k + len; j < stop; j++) {
                    if (OwnerParser.hasAny(t.gapBefore(j), ".;:\n|")) {
                        return k;
                    }
                    boolean passive = t.low[j - 1].equals("được") || t.low[j].equals("giao");
                    if (!passive && Lexicon.verbAt(t, j, limit) > 0) {
                        return j;
                    }
                }
                return k;
            }
        }
        return k;
    }

    private boolean predicateAt(int k0, int limit) {
        if (k0 >= limit || OwnerParser.hasAny(t.gapBefore(k0), ".;:\n|")) {
            return false;
        }
        int k = skipAdverbial(k0, limit);
        if (Lexicon.verbAt(t, k, limit) > 0) {
            return true;
        }
        String w = t.low[k];
        if (ENGLISH_MODALS.contains(w)) {
            return true;
        }
        return Lexicon.isEnglishVerb(w) && !t.cap[k];
    }

    /** Owners named at token i as the subject of what follows (a verb must follow them). */
    private Parsed subjectAt(int i, int limit, boolean allowColon) {
        if (i >= limit) {
            return null;
        }
        if (Lexicon.verbAt(t, i, limit) > 0 && !t.cap[i]) {
            return null;
        }
        Parsed p = parser.parseList(t, i, limit);
        if (p == null) {
            return null;
        }
        int k = p.end();
        if (k >= limit) {
            return allowColon && t.gapBefore(limit).strip().startsWith(":") ? p : null;
        }
        String gap = t.gapBefore(k);
        if (allowColon && gap.indexOf(':') >= 0) {
            return p;
        }
        return predicateAt(k, limit) ? p : null;
    }

    private List<Draft> clauses(int a, int b, List<FoundOwner> contextLead, Deadline inherited, boolean item) {
        List<FoundOwner> carried = null;
        boolean ownerless = contextLead == null || contextLead.isEmpty();
        // A subject may list bodies across a semicolon ("Viện A; Viện B nghiên cứu ..."): read it before cutting.
        Parsed opening = ownerless ? assigneeAt(a, b) : null;
        if (opening == null) {
            opening = subjectAt(a, b, false);
        }
        if (opening != null && opening.end() < b) {
            carried = opening.owners();
            a = opening.end();
        }
        List<ClauseSplitter.Clause> cs = ClauseSplitter.split(t, a, b,
                (i, limit) -> Lexicon.verbAt(t, i, limit) > 0 || subjectAt(i, limit, false) != null);
        List<Draft> out = new ArrayList<>();
        boolean first = true;
        for (ClauseSplitter.Clause c : cs) {
            boolean opens = c.opens() || first && item;
            first = false;
            if (!opens) {
                if (!out.isEmpty()) {
                    out.get(out.size() - 1).to = c.end();
                }
                continue;
            }
            int s = c.start();
            if (acknowledgement(s, c.end())) {
                continue;
            }
            if (!out.isEmpty() && onlyWhen(s, c.end())) {
                out.get(out.size() - 1).to = c.end();
                continue;
            }
            Parsed subj = null;
            if (s != a || carried == null) {
                subj = ownerless && carried == null ? assigneeAt(s, c.end()) : null;
                if (subj == null) {
                    subj = subjectAt(s, c.end(), false);
                }
            }
            List<FoundOwner> lead;
            if (subj != null) {
                lead = subj.owners();
                carried = lead;
                s = subj.end();
            } else {
                lead = carried != null ? carried : contextLead;
            }
            if (s >= c.end() || startsWith(s, c.end(), "tren day") || closingFormula(s, c.end())) {
                continue;
            }
            Draft d = new Draft();
            d.from = s;
            d.to = c.end();
            d.lead = lead;
            d.inherited = inherited;
            d.section = section;
            d.paragraphStart = out.isEmpty();
            out.add(d);
        }
        return out;
    }

    private static final String[][] DOING = {{"thực", "hiện"}, {"hoàn", "thành"}, {"triển", "khai"}};

    /** "...; thực hiện thường xuyên.", "...; hoàn thành trong quý IV": only says when the work before it is done. */
    private boolean onlyWhen(int a, int b) {
        for (String[] w : DOING) {
            if (t.lowAt(a, w, b)) {
                int k = a + w.length;
                if (k >= b || b - k > 8) {
                    return false;
                }
                String rest = text.substring(t.start[k], t.end[b - 1]);
                Deadline d = DeadlineParser.parse(rest, date, false);
                return d != null && d.start() <= 6 && rest.replaceAll("[.;,\\s]+$", "").endsWith(d.words());
            }
        }
        return false;
    }

    private static final String[][] ASSIGNING = {{"giao", "nhiệm", "vụ", "cho"}, {"giao", "cho"}, {"giao"}, {"yêu", "cầu"},
        {"đề", "nghị"}, {"request"}, {"requests"}, {"assign"}};
    private static final String[][] ACKNOWLEDGING = {{"đánh", "giá", "cao"}, {"ghi", "nhận"}, {"biểu", "dương"},
        {"hoan", "nghênh"}, {"cảm", "ơn"}, {"chia", "buồn"}, {"gửi", "lời"}, {"đồng", "ý"}, {"nhất", "trí"}, {"chúc", "mừng"},
        {"khen", "ngợi"}, {"appreciated"}, {"praised"}, {"welcomed"}};

    /** "Giao Bộ Tài chính chủ trì ...", "Đề nghị Ủy ban nhân dân ...": the body after the verb is the owner. */
    private Parsed assigneeAt(int i, int limit) {
        for (String[] w : ASSIGNING) {
            if (t.lowAt(i, w, limit)) {
                int j = i + w.length;
                if (j >= limit || OwnerParser.hasAny(t.gapBefore(j), ".;:\n|")) {
                    return null;
                }
                Parsed p = parser.parseList(t, j, limit);
                if (p != null && p.end() < limit && predicateAt(p.end(), limit)) {
                    return new Parsed(p.owners(), i, t.low[p.end()].equals("to") ? p.end() + 1 : p.end());
                }
                return null;
            }
        }
        return null;
    }

    /** Praise, thanks and approval are said to someone, not asked of them. */
    private boolean acknowledgement(int i, int limit) {
        for (String[] w : ACKNOWLEDGING) {
            if (t.lowAt(i, w, limit)) {
                return true;
            }
        }
        return false;
    }

    /** "Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện": the closing line of a notice. */
    private boolean closingFormula(int i, int limit) {
        String f = Fold.fold(text.substring(t.start[i], t.end[Math.min(limit, i + 14) - 1]));
        return f.startsWith("thong bao de") || f.contains(" biet, thuc hien") || f.contains(" biet va thuc hien")
                || f.contains(" biet de thuc hien") || f.startsWith("tren day");
    }

    private void finishAll(List<Draft> drafts) {
        List<FoundOwner> lastInferred = null;
        for (Draft d : drafts) {
            lastInferred = finish(d, lastInferred);
        }
    }

    /** Turns a draft into a task; returns the owners inferred for it, for the next clause of the paragraph. */
    private List<FoundOwner> finish(Draft d, List<FoundOwner> lastInferred) {
        int start = t.start[d.from];
        int end = t.end[d.to - 1];
        while (end < text.length() && ".)”\"'…/!?".indexOf(text.charAt(end)) >= 0) {
            end++;
        }
        if (end - start < 3) {
            return lastInferred;
        }
        String span = text.substring(start, end);
        Deadline own = d.own != null ? d.own : DeadlineParser.parse(span, date, false);
        Deadline use = own != null && own.day() != null ? own
                : d.inherited != null && d.inherited.day() != null ? d.inherited
                : own;
        List<FoundOwner> owners = new ArrayList<>();
        List<FoundOwner> lead = d.lead == null ? List.of() : d.lead;
        List<FoundOwner> result = lastInferred;
        if (lead.isEmpty() && issuer != null) {
            lead = List.of(issuer);
        } else if (lead.isEmpty()) {
            List<FoundOwner> inferred = inference.infer(t, d.from, d.to, inferenceKinds, date);
            if (inferred.isEmpty() && lastInferred != null) {
                inferred = lastInferred;
            }
            result = inferred.isEmpty() ? lastInferred : inferred;
            lead = inferred;
        }
        for (FoundOwner o : lead) {
            owners.add(OwnerParser.as(o, Role.LEAD));
        }
        List<FoundOwner> support = d.table ? d.support : supportIn(d.from, d.to);
        for (FoundOwner o : support) {
            boolean dup = false;
            for (FoundOwner l : owners) {
                if (o.code() != null ? o.code().equals(l.code()) : l.code() == null && Fold.fold(o.name()).equals(Fold.fold(l.name()))) {
                    dup = true;
                }
            }
            if (!dup) {
                owners.add(OwnerParser.as(o, Role.SUPPORT));
            }
        }
        DeadlineKind kind = use == null ? DeadlineKind.NONE : use.kind();
        tasks.add(new FoundTask(span, d.section, start, end, use == null ? null : use.day(), use == null ? null : use.words(),
                kind, use == null ? null : use.recurrence(), owners));
        return result;
    }

    /** Bodies after "phối hợp với" (or "in coordination with") in the clause. */
    private List<FoundOwner> supportIn(int a, int b) {
        List<FoundOwner> out = new ArrayList<>();
        for (int k = a; k < b; k++) {
            int j = -1;
            if (t.low[k].equals("phối") && k + 1 < b && t.low[k + 1].equals("hợp")) {
                j = k + 2;
                if (j + 1 < b && t.low[j].equals("chặt") && t.low[j + 1].equals("chẽ")) {
                    j += 2;
                }
                if (j < b && t.low[j].equals("với")) {
                    j++;
                }
            } else if (t.low[k].equals("coordination") && k + 1 < b && t.low[k + 1].equals("with")) {
                j = k + 2;
            }
            if (j > 0 && j < b) {
                Parsed p = parser.parseList(t, j, b);
                if (p != null) {
                    out.addAll(p.owners());
                    k = p.end() - 1;
                }
            }
        }
        return OwnerParser.dedupe(out);
    }

    private boolean startsWith(int a, int b, String foldedWords) {
        String[] w = foldedWords.split(" ");
        return t.foldedAt(a, w, b);
    }

    private static boolean endsWith(String s, char c) {
        int i = s.length() - 1;
        while (i >= 0 && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '*' || s.charAt(i) == '_')) {
            i--;
        }
        return i >= 0 && s.charAt(i) == c;
    }
}
