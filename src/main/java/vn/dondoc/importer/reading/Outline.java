package vn.dondoc.importer.reading;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.importer.reading.DeadlineParser.Deadline;
import vn.dondoc.importer.reading.DocumentKind.Hands;
import vn.dondoc.importer.reading.Layout.Block;
import vn.dondoc.importer.reading.Layout.Para;
import vn.dondoc.importer.reading.Layout.Row;
import vn.dondoc.importer.reading.OwnerParser.Parsed;

/**
 * The outline stage, which drives a reading: walks the text's paragraphs and table rows in order, keeps track of
 * which part of the document it is in (preamble, review, tasks, closing) and of the owners and time limits that
 * headings and items hand down to what follows them, and passes each item to the clauses stage and each running
 * paragraph to the requests stage.
 */
final class Outline {

    private enum Mode { PREAMBLE, REVIEW, TASKS, CLOSED }

    private enum HeadingKind { TASKS, REVIEW, OTHER }

    /** What an item or heading hands down to the items under it. */
    private record Context(int level, List<FoundOwner> owners, List<FoundOwner> support, Deadline deadline,
            boolean heading, boolean details) {
        Context(int level, List<FoundOwner> owners, List<FoundOwner> support, Deadline deadline, boolean heading) {
            this(level, owners, support, deadline, heading, false);
        }
    }

    /** Words besides the bodies that a line handing out the items below it may hold ("chủ trì, lãnh đạo, chỉ đạo"). */
    private static final int MAX_OWNER_HEADING_WORDS = 6;
    /** A line without a stop is a heading up to this many words, in bold up to the second. */
    private static final int MAX_HEADING_WORDS = 20;
    private static final int MAX_BOLD_HEADING_WORDS = 40;
    /** A label before a colon is short: "Thời gian hoàn thành", "Đơn vị chủ trì tham mưu thực hiện". */
    private static final int MAX_LABEL_LENGTH = 50;
    /** How long the sentence that gives a plan's time may be ("Công tác giám sát được tiến hành ... trong năm 2025 ..."). */
    private static final int MAX_PERIOD_LENGTH = 400;
    /** How many paragraphs after it a quotation whose closing mark is missing may run. */
    private static final int MAX_QUOTED_PARAGRAPHS = 60;
    /** Words that announce the details below an item ("... sau:", "Cụ thể:"). */
    private static final Phrases DETAIL_ANNOUNCERS = Phrases.load("vi/detail-announcers.txt", Phrases.Form.LOWER);
    /** The most words of those ("với các nội dung"). */
    private static final int MAX_ANNOUNCER_WORDS = 4;
    /** How many words the label of an item that details the task above it may have ("Các thông số:"). */
    private static final int MAX_SPEC_LABEL_WORDS = 4;
    private static final int MAX_LABEL_WORDS = 8;
    /** A kind line ("KẾ HOẠCH", "QUY CHẾ") is this short. */
    private static final int MAX_KIND_LINE = 30;
    /** How many words may come before the word that gives a heading its kind: its marker and "một số", "các". */
    private static final int HEADING_LEAD_WORDS = 3;
    /** "- Lưu: VT, KSTT.": the last line of the list of those who receive the text, which has ended. */
    private static final Pattern ARCHIVED = Pattern.compile("(^|[-;]\\s*)luu\\s*:");
    /** "Điều 1.", "Article 2:" opening a folded paragraph. */
    private static final Pattern ARTICLE = Pattern.compile("^(dieu|article)\\s+\\d+\\s*[.:]?\\s*");

    private final Passage p;
    private final Tokens t;
    private final String text;
    private final Subjects subjects;
    private final Clauses clauses;
    private final TaskMaker maker;
    private final TaskTable table;
    private final Requests requests;

    private Mode mode = Mode.PREAMBLE;
    /** What the text (or the part issued with it that is being read) hands down: tasks, a plan's work, or rules. */
    private Hands hands;
    /** Whether the text, or a part of it, laid down rules. */
    private boolean laidDown;
    private String section;
    private Deadline sectionDeadline;
    private List<FoundOwner> sectionOwners = List.of();
    /** The level of a heading that looks back or aims inside a part of tasks, until its next sibling; else -1. */
    private int reviewWithin = -1;
    /** The level of the field of a procedure whose description is being read ("a) Trình tự thực hiện:"), or -1. */
    private int procedureWithin = -1;
    /** The paragraphs left in a passage that opened with a quotation mark and has not closed it yet, or 0. */
    private int quoting;
    /** Whether the paragraph before was a plan's time label with its time on the next line ("3. Thời gian thực hiện:"). */
    private boolean periodNext;
    /** A list marker that stood alone on the paragraph before, for the paragraph after it; else null. */
    private Marker loneMarker;
    private final Deque<Context> stack = new ArrayDeque<>();
    /** The styles of marks in the order this text nests them. */
    private final List<String> styles = new ArrayList<>();
    private TaskTable.Columns columns;
    private boolean sawTaskPart;
    /** Where the tasks of the block above begin in the passage's tasks, for the lines of labels under it. */
    private int labelFrom;
    /** Whether the last paragraph was a line of labels ("Đơn vị chủ trì: ..."). */
    private boolean labelled;

    Outline(Passage p) {
        this.p = p;
        this.t = p.t;
        this.text = p.text;
        this.subjects = new Subjects(p);
        this.clauses = new Clauses(p, subjects);
        this.maker = new TaskMaker(p);
        this.table = new TaskTable(p);
        this.requests = new Requests(p, subjects, clauses, maker, () -> section);
        this.hands = answers(p) ? Hands.RULES : p.facts.kind() == null ? Hands.TASKS : p.facts.kind().hands();
        this.laidDown = rules();
    }

    Reading read() {
        for (Block b : p.blocks) {
            if (b instanceof Row r) {
                row(r);
            } else if (b instanceof Para para) {
                columns = null;
                int s = Math.max(para.start(), p.facts.bodyStart());
                if (s < para.end()) {
                    paragraph(s, para.end());
                }
            }
        }
        DocumentFacts h = p.facts;
        return new Reading(text, h.title(), p.date, h.issuer(), h.number(), h.kind() == null ? null : h.kind().code(),
                p.tasks, warnings());
    }

    private List<ReadingWarning> warnings() {
        EnumSet<ReadingWarning> w = EnumSet.noneOf(ReadingWarning.class);
        if (laidDown) {
            w.add(ReadingWarning.RULES);
        }
        if (p.tasks.isEmpty()) {
            w.add(ReadingWarning.NO_TASKS);
        } else if (!sawTaskPart) {
            w.add(ReadingWarning.NO_TASK_SECTION);
        }
        if (p.date == null) {
            w.add(ReadingWarning.NO_DOCUMENT_DATE);
        }
        for (FoundTask task : p.tasks) {
            if (task.unsure()) {
                w.add(ReadingWarning.UNSURE_TASKS);
            }
            for (FoundOwner o : task.owners()) {
                if (o.inferred()) {
                    w.add(ReadingWarning.INFERRED_OWNERS);
                }
                if (o.code() == null && !o.group()) {
                    w.add(ReadingWarning.NEW_BODIES);
                }
            }
        }
        return List.copyOf(w);
    }

    // ---- tables

    private void row(Row r) {
        if (rules()) {
            return;
        }
        TaskTable.Columns header = table.header(r);
        if (header != null) {
            columns = header;
            sawTaskPart = true;
            return;
        }
        if (columns == null) {
            if (Fold.fold(text.substring(r.start(), r.end())).contains("noi nhan") || signedIn(r)) {
                mode = Mode.CLOSED;
            }
            return;
        }
        TaskTable.Cells cells = table.row(r, columns, section);
        if (cells == null) {
            return;
        }
        if (cells.heading() != null) {
            section = cells.heading();
        } else {
            maker.finish(cells.task(), null);
        }
    }

    /** Whether a cell of the row opens with the mark of one who signs ("KT. CHỦ TỊCH"). */
    private boolean signedIn(Row r) {
        for (int c = 0; c < r.cells(); c++) {
            if (signature(text.substring(r.cellStart()[c], r.cellEnd()[c]).replace("*", "").strip())) {
                return true;
            }
        }
        return false;
    }

    /** "TM. ỦY BAN NHÂN DÂN", "KT. BỘ TRƯỞNG": the line of one who signs for the issuer. */
    private static boolean signature(String line) {
        int space = line.indexOf(' ');
        if (space < 0 || !Lexicon.SIGNATURE_MARKS.contains(Fold.fold(line.substring(0, space)))) {
            return false;
        }
        int end = line.indexOf('\n');
        String rest = line.substring(space, end < 0 ? line.length() : end);
        return TitleCase.mostlyCapitals(rest, 0, rest.length()) && rest.strip().length() >= 3;
    }

    // ---- paragraphs

    private void paragraph(int ps, int pe) {
        String raw = text.substring(ps, pe);
        Marker marker = Marker.of(text, ps, pe);
        if (marker.level() != Marker.NONE && t.firstAtOrAfter(marker.contentStart()) >= t.firstAtOrAfter(pe)) {
            // "**2.**" on a line of its own, its words in the paragraph after it: that paragraph is the item
            loneMarker = place(marker);
            return;
        }
        if (quoted(raw)) {
            // "Căn cứ khoản 3 Điều 2 Thông tư số 111/2013/TT-BTC quy định: “Điều 2. ... có trách nhiệm ...”": what a
            // text quotes from another is not its own instruction
            return;
        }
        if (NoiseFilter.isNoise(raw) || pe <= p.facts.titleEnd()) {
            // the document's own title hands out nothing, whatever words it uses
            return;
        }
        String folded = Fold.fold(raw).replace("*", "").strip();
        if (folded.startsWith("noi nhan") || ARCHIVED.matcher(folded).find() || signature(raw.replace("*", "").strip())) {
            mode = Mode.CLOSED;
            return;
        }
        if (!rules() && rulesArticle(folded)) {
            // "Điều 1. Phạm vi điều chỉnh": the text lays down rules, whatever its kind
            hands = Hands.RULES;
            laidDown = true;
            return;
        }
        DocumentKind attached = attachedKind(raw, folded);
        if (attached != null && mode == Mode.CLOSED && attached.hands() == Hands.TASKS) {
            // after the signature, the forms of a procedure ("BÁO CÁO GIẢI TRÌNH", "QUYẾT ĐỊNH" to fill in) hand out
            // nothing; only a plan or a set of rules issued with the text is a document of its own
            attached = null;
        }
        if (attached != null) {
            // "KẾ HOẠCH" or "QUY CHẾ" issued with the decision above: a document of its own starts, of its own kind
            hands = attached.hands();
            laidDown |= rules();
            mode = Mode.PREAMBLE;
            stack.clear();
            styles.clear();
            endSection();
            return;
        }
        if (hands == Hands.PLAN && !sawTaskPart && planPeriod(raw)) {
            return;
        }
        Marker mk = marker.level() == Marker.NONE && loneMarker != null ? loneMarker.from(marker.contentStart()) : place(marker);
        loneMarker = null;
        int a = t.firstAtOrAfter(mk.contentStart());
        int b = t.firstAtOrAfter(pe);
        if (a >= b) {
            return;
        }
        boolean colon = endsWith(raw, ':');
        if (procedure(raw, mk, a, b, colon)) {
            return;
        }
        if (mode == Mode.PREAMBLE && mk.level() == Marker.NONE && !colon && Lexicon.PREAMBLE_OPENERS.at(t, a, b) > 0) {
            // "Căn cứ Luật ...;", "Xét Tờ trình số ... đề nghị ban hành Nghị quyết ...;": the grounds of the text
            return;
        }
        // "9. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố": the bodies asked, after the verb that asks them
        int namesFrom = a + Lexicon.ASSIGNING.at(t, a, b);
        if (mk.level() != Marker.NONE && !mk.roman() && mode != Mode.CLOSED && namesFrom < b && p.parser.namesOnly(t, namesFrom, b)) {
            // "1. Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ" on a line of its own, its tasks on the lines after it
            handDown(mk, p.parser.parseList(t, namesFrom, b).owners(), List.of(), null);
            return;
        }
        if (isHeading(raw, mk, a, b, colon)) {
            if (colon && mode != Mode.TASKS && mode != Mode.CLOSED && introduces(a, b)) {
                // "QUYẾT NGHỊ:", "CHỈ THỊ:" set in capitals hand out what follows like "Thủ tướng yêu cầu:"
                openTasks();
                stack.clear();
                return;
            }
            heading(raw, mk, a, b);
            return;
        }
        if (mode == Mode.CLOSED) {
            return;
        }
        if (rules()) {
            // a decree, a circular or a law lays down duties that hold for everyone; it hands down no tasks
            return;
        }
        if (colon && decidesItself(a, b)) {
            // "Ủy ban Thường vụ Quốc hội quyết định sắp xếp ... như sau:": the items below are what the text decides
            mode = Mode.REVIEW;
            stack.clear();
            return;
        }
        if (colon && Lexicon.DUTY_INTROS.occursIn(Lexicon.DUTY_INTROS.pad(raw))) {
            // "Sở Tư pháp có nhiệm vụ, quyền hạn sau:": what follows lists duties, it hands out nothing
            mode = Mode.REVIEW;
            stack.clear();
            return;
        }
        Parsed subject = subjects.subjectAt(a, b, true);
        Parsed assignee = colon && subject == null ? subjects.assigneeAt(a, b) : null;
        Parsed named = subject != null ? subject : assignee;
        if (named == null && colon) {
            // "Điều 2. Sở Y tế, UBND cấp xã và các cơ quan, đơn vị có liên quan đến ..., có trách nhiệm:": the bodies
            // first, what they are, and then the words that hand them the items below
            Parsed names = p.parser.parseList(t, a, b);
            if (names != null && names.end() < b && endsHandingOut(names.end(), b)) {
                named = names;
            }
        }
        if (colon && named != null && ownerHeading(named.end(), b)) {
            // "Giao Đảng ủy Quốc hội chủ trì, phối hợp với Đảng ủy Chính phủ:" hands its bodies the items below it;
            // "Thủ tướng yêu cầu các Bộ, ngành thực hiện các nhiệm vụ sau:", the bodies it asks
            List<FoundOwner> asked = subject != null ? askedIn(named.end(), b) : List.of();
            List<FoundOwner> owners = asked.isEmpty() ? named.owners() : asked;
            openTasks();
            handDown(mk, owners, asked.isEmpty() ? maker.supportIn(named.end(), b) : List.of(), p.deadline(raw, false));
            if (mk.level() == Marker.NONE && !asked.isEmpty()) {
                // a line without a number over numbered items: they pop its context, so the section keeps the bodies
                // it asks (the issuer who asks, "Ban Bí thư yêu cầu:", does none of the items)
                sectionOwners = asked;
            }
            return;
        }
        if (colon && mode == Mode.TASKS && Lexicon.TOPIC_OPENERS.at(t, a, b) > 0) {
            // "1. Về tăng trưởng kinh tế:", "5. Để kịp thời giải quyết ...:": a topic over the items below it
            handDown(mk, List.of(), List.of(), p.deadline(raw, false));
            return;
        }
        if (colon && introduces(a, b)) {
            boolean within = mode == Mode.TASKS;
            if (!within) {
                endSection();
                stack.clear();
                // "Chủ tịch ... yêu cầu Giám đốc các sở, ... tập trung thực hiện các nhiệm vụ sau:": the bodies asked
                // do the items that name nobody
                sectionOwners = askedIn(a, b);
            }
            openTasks();
            if (within && named != null && mk.level() != Marker.NONE) {
                // "d) Giao Ban Quản lý ... chỉ đạo các đơn vị ... có trách nhiệm:": the items below are that body's
                handDown(mk, named.owners(), maker.supportIn(named.end(), b), p.deadline(raw, false));
            }
            return;
        }
        if (mode == Mode.PREAMBLE && mk.level() != Marker.NONE && !mk.roman()
                && (subjects.assigneeAt(a, b) != null || subject != null && !colon)) {
            // "1. Bộ Tài chính chủ trì ...": an item that gives work to a body is an instruction, heading or not.
            openTasks();
        }
        if (mode == Mode.TASKS && labelLine(raw, a, b)) {
            return;
        }
        int content = mode == Mode.TASKS ? contentLabel(raw, a, b) : -1;
        if (content >= 0) {
            // "- Nội dung thực hiện: Tổ chức phổ biến ...": the task itself, which the label lines after it give owners
            items(mk, content, b, colon);
            return;
        }
        if (labelled) {
            // the lines of labels closed the block above: the next ones are for what follows
            labelled = false;
            labelFrom = p.tasks.size();
        }
        if (mode == Mode.TASKS) {
            items(mk, a, b, colon);
        } else {
            requests.read(a, b);
        }
    }

    /** Whether the paragraph is quoted: it opens with a quotation mark, or a quotation opened before it is still open. */
    private boolean quoted(String raw) {
        String s = raw.replace("*", "").replace("_", "").strip();
        boolean opens = s.startsWith("“");
        if (quoting == 0 && !opens) {
            return false;
        }
        int open = s.lastIndexOf('“');
        int close = s.lastIndexOf('”');
        quoting = close < open || close < 0 ? (opens ? MAX_QUOTED_PARAGRAPHS : quoting - 1) : 0;
        return true;
    }

    /**
     * Whether the paragraph describes an administrative procedure: a field of one ("a) Trình tự thực hiện:", "c) Thành
     * phần, số lượng hồ sơ: Không quy định.") or what stands under such a field (its steps, its papers), up to the
     * next item at the field's level or above, or a heading.
     */
    private boolean procedure(String raw, Marker mk, int a, int b, boolean colon) {
        if (procedureWithin >= 0) {
            boolean under = mk.level() == Marker.NONE ? !isHeading(raw, mk, a, b, colon) : mk.level() > procedureWithin;
            if (under) {
                return true;
            }
            procedureWithin = -1;
        }
        if (Lexicon.PROCEDURE_FIELDS.at(t, a, b) == 0) {
            return false;
        }
        if (mk.level() != Marker.NONE) {
            procedureWithin = mk.level();
        }
        return true;
    }

    /**
     * Whether the text is a page of questions and answers: a line opens with "Trả lời:" or the like. Such a page
     * quotes the duties a law lays down; it assigns nothing.
     */
    private static boolean answers(Passage p) {
        for (Block b : p.blocks) {
            if (b instanceof Para) {
                String s = p.text.substring(b.start(), Math.min(b.end(), b.start() + MAX_LABEL_LENGTH)).replace("*", "");
                int colon = s.indexOf(':');
                if (colon > 0 && Lexicon.ANSWER_MARKERS.has(s.substring(0, colon))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the text (or the part issued with it that is being read) lays down rules rather than hands down tasks. */
    private boolean rules() {
        return hands == Hands.RULES;
    }

    /** Whether a folded paragraph opens with an article whose title is that of a text of rules. */
    private static boolean rulesArticle(String folded) {
        Matcher m = ARTICLE.matcher(folded);
        return m.find() && Lexicon.RULES_ARTICLES.opensWithin(Lexicon.RULES_ARTICLES.pad(folded.substring(m.end())), 0);
    }

    /** The kind of a document issued with the text that starts at this paragraph, its kind line in capitals; else null. */
    private static DocumentKind attachedKind(String raw, String folded) {
        String s = raw.replace("*", "").strip();
        if (s.length() > MAX_KIND_LINE || !s.equals(s.toUpperCase(java.util.Locale.ROOT)) || s.chars().noneMatch(Character::isLetter)) {
            return null;
        }
        return DocumentKind.named(folded);
    }

    /**
     * "Thời gian hoàn thành: quý III năm 2024.", "Đơn vị chủ trì: Sở Nội vụ.", "Đơn vị phối hợp: Sở Tư pháp; ...":
     * a line under the items of a block that gives them their time limit, lead or support, as a plan's table would.
     * Returns false for a line that is no such label.
     */
    private boolean labelLine(String raw, int a, int b) {
        String s = unstyled(raw);
        String role = labelRole(s, s.indexOf(':'));
        if (role == null || role.equals("task") || role.equals("number")) {
            return false;
        }
        int v = t.firstAtOrAfter(text.indexOf(':', t.start[a]) + 1);
        if (p.ownersIn(a, Math.min(b, v)).stream().anyMatch(o -> o.code() != null || !o.group())) {
            // "Giao Bộ Tài chính chủ trì:" names its body before the colon: it hands out the items below, it labels none
            return false;
        }
        labelled = true;
        if (role.equals("time")) {
            String words = raw.substring(raw.indexOf(':') + 1).replace("*", "").strip().replaceAll("[.;]+$", "");
            Deadline d = p.deadline(words, true);
            if (d != null) {
                dateLabelled(d);
            }
            return true;
        }
        List<FoundOwner> named = p.ownersIn(v, b);
        if (named.isEmpty() && v < b) {
            String words = text.substring(t.start[v], t.end[b - 1]).replaceAll("\\s+", " ").replaceAll("[.;]+$", "").strip();
            named = List.of(new FoundOwner(null, words, Role.LEAD, false, false, words));
        }
        maker.regive(labelFrom, role.startsWith("lead") ? named : List.of(), role.equals("support") ? named : List.of());
        return true;
    }

    /**
     * "Thời gian thực hiện: Từ nay đến hết năm 2025.", before a plan's work: the time the plan gives itself, for its
     * tasks that name none (a period, "Giai đoạn 2026 - 2030", or "Năm 2025 và các năm tiếp theo" names no day).
     * Returns whether the paragraph was such a label or the time after one.
     */
    private boolean planPeriod(String raw) {
        String s = unstyled(raw);
        s = s.substring(Math.min(s.length(), Marker.of(s, 0, s.length()).contentStart())).strip();
        String value;
        // "Thời gian thực hiện: ...", or the label alone as the heading of what follows ("2. Thời gian thực hiện")
        int colon = s.indexOf(':') >= 0 ? s.indexOf(':') : s.length();
        boolean labelled = "time".equals(labelRole(s, colon));
        boolean next = periodNext && !labelled;
        periodNext = false;
        if (next) {
            value = s;
        } else {
            if (!labelled) {
                return false;
            }
            value = s.substring(Math.min(s.length(), colon + 1)).strip();
            if (value.isEmpty()) {
                periodNext = true;
                return true;
            }
        }
        Deadline d = value.length() > MAX_PERIOD_LENGTH ? null : p.deadline(value.replaceAll("[.;]+$", ""), false);
        boolean dated = d != null && d.day() != null && d.kind() == DeadlineKind.DATE;
        if (dated && p.titleDeadline == null) {
            p.titleDeadline = d;
        }
        // the paragraph after a bare label is its time only if it names one; else it is read as it comes
        return dated || !next;
    }

    /**
     * "Nội dung thực hiện: Tổ chức phổ biến ...": where a line is labelled as the block's task, as a plan's table
     * column would be, the first token of the task after its label; else -1.
     */
    private int contentLabel(String raw, int a, int b) {
        String s = unstyled(raw);
        if (!"task".equals(labelRole(s, s.indexOf(':')))) {
            return -1;
        }
        int v = t.firstAtOrAfter(text.indexOf(':', t.start[a]) + 1);
        return v < b && p.ownersIn(a, v).isEmpty() ? v : -1;
    }

    /** A line without its bold and italic marks. */
    private static String unstyled(String raw) {
        return raw.replace("*", "").replace("_", "");
    }

    /**
     * What the words before the colon at {@code colon} label, as a plan's table column ("Thời gian thực hiện" is the
     * time, "Cơ quan chủ trì" the lead, "Nội dung thực hiện" the task); null where they are no short label.
     */
    private static String labelRole(String s, int colon) {
        if (colon < 0 || colon > MAX_LABEL_LENGTH) {
            return null;
        }
        String label = Layout.columnKey(s, 0, colon);
        return label.split(" ").length > MAX_LABEL_WORDS ? null : TaskTable.role(label);
    }

    /** Gives the time limit of a label line to the tasks of the block above it that name no day of their own. */
    private void dateLabelled(Deadline d) {
        for (int i = labelFrom; i < p.tasks.size(); i++) {
            FoundTask task = p.tasks.get(i);
            Deadline own = p.deadline(task.text(), false);
            if (own != null && own.day() != null) {
                continue;
            }
            p.tasks.set(i, task.dated(d, null));
        }
    }

    /**
     * "Cục Biến đổi khí hậu có trách nhiệm:", "Bộ Tài chính thực hiện các nhiệm vụ sau:", "Giao Văn phòng Trung ương
     * Đảng chủ trì, phối hợp với ...:": after its bodies, a line that hands out the items below says no more than who
     * leads, who supports and that tasks follow.
     */
    private boolean ownerHeading(int k, int b) {
        if (k >= b) {
            return true;
        }
        String rest = Fold.fold(p.words(k, b));
        if (rest.length() < 60 && Lexicon.opensOrHolds(Lexicon.OWNER_HEADING_ENDS, rest) || endsHandingOut(k, b)) {
            return true;
        }
        int other = 0;
        for (int i = k; i < b; i++) {
            int support = maker.supportAt(i, b);
            if (support > i) {
                i = support - 1;
            } else {
                other++;
            }
        }
        return other <= MAX_OWNER_HEADING_WORDS;
    }

    /**
     * Whether tokens [k, b) end with the words that hand the bodies before them the items below: "... các cơ quan, đơn
     * vị có liên quan đến các lĩnh vực nêu tại Điều 1 của Quyết định này, có trách nhiệm:".
     */
    private boolean endsHandingOut(int k, int b) {
        return Lexicon.endsWithAny(Lexicon.OWNER_HEADING_ENDS, Fold.fold(p.words(k, b)).replaceAll("[\\s,.:;]+$", ""));
    }

    private void heading(String raw, Marker mk, int a, int b) {
        labelFrom = p.tasks.size();
        HeadingKind kind = headingKind(raw);
        if (kind == HeadingKind.OTHER && hands == Hands.PLAN
                && Lexicon.PLAN_HEADING_TASKS.opensWithin(Lexicon.PLAN_HEADING_TASKS.pad(raw), HEADING_LEAD_WORDS)) {
            // "II. NỘI DUNG", "III. NỘI DUNG, HÌNH THỨC", "3. Nội dung thi đua": the part of a plan that lists what it
            // will do
            kind = HeadingKind.TASKS;
        }
        if (mk.roman()) {
            reviewWithin = -1;
        } else if (kind == HeadingKind.REVIEW && mode == Mode.TASKS && mk.level() != Marker.NONE) {
            // "1. Mục tiêu ..." inside a part of tasks looks back or aims only as far as its next sibling
            reviewWithin = mk.level();
        } else if (kind == HeadingKind.OTHER && mode == Mode.REVIEW && reviewWithin >= 0 && mk.level() <= reviewWithin) {
            // "2. Các chương trình, dự án ...": the part of tasks goes on after it
            reviewWithin = -1;
            openTasks();
        }
        if (kind == HeadingKind.TASKS && mode == Mode.CLOSED) {
            // a heading after the signature, in what the text attaches, opens no task part of the text
            return;
        }
        if (kind == HeadingKind.TASKS) {
            openTasks();
            String h = p.words(a, b);
            if (mk.level() <= 1 || mk.level() == Marker.NONE || section == null) {
                section = h;
                sectionDeadline = p.deadline(h, false);
                sectionOwners = namedIn(a, b);
                stack.clear();
            } else {
                popTo(mk.level());
                stack.push(new Context(mk.level(), namedIn(a, b), List.of(), p.deadline(h, false), true));
            }
        } else if (kind == HeadingKind.REVIEW) {
            if (mode != Mode.CLOSED) {
                mode = Mode.REVIEW;
            }
        } else if (hands == Hands.PLAN && (mode == Mode.PREAMBLE || mode == Mode.REVIEW && mk.roman()) && mk.level() != Marker.NONE && t.cap[a]
                && Lexicon.verbAt(t, a, b) > 0) {
            // "1. Hoàn thiện cơ chế, chính sách ...", "III. PHÁT TRIỂN NỀN MÓNG KINH TẾ SỐ": in a plan, a numbered part
            // named by what is to be done is work
            openTasks();
            stack.clear();
            stack.push(new Context(mk.level(), namedIn(a, b), List.of(), p.deadline(raw, false), true));
        } else if (hands == Hands.PLAN && mode == Mode.REVIEW && mk.roman()) {
            // "III. NỘI DUNG CỦA KẾ HOẠCH" after "I. MỤC TIÊU": the aims are over, what the part holds is yet to be seen
            mode = Mode.PREAMBLE;
        } else if (mode == Mode.TASKS && mk.level() != Marker.NONE) {
            popTo(mk.level());
            stack.push(new Context(mk.level(), namedIn(a, b), List.of(), p.deadline(raw, false), true));
        }
    }

    /** A line at the mark's depth hands the items below it these owners and time limit; the labels below are theirs. */
    private void handDown(Marker mk, List<FoundOwner> owners, List<FoundOwner> support, Deadline deadline) {
        popTo(mk.level());
        stack.push(new Context(mk.level(), owners, support, deadline, true));
        labelFrom = p.tasks.size();
    }

    /** The text enters a part that hands out work. */
    private void openTasks() {
        mode = Mode.TASKS;
        sawTaskPart = true;
    }

    /** No section heading stands over what follows any more. */
    private void endSection() {
        section = null;
        sectionDeadline = null;
        sectionOwners = List.of();
    }

    /** The known bodies and collectives a heading names. */
    private List<FoundOwner> namedIn(int a, int b) {
        List<FoundOwner> out = new ArrayList<>();
        for (FoundOwner o : p.ownersIn(a, b)) {
            if (o.code() != null || o.group()) {
                out.add(o);
            }
        }
        return out;
    }

    private static HeadingKind headingKind(String raw) {
        String words = Lexicon.HEADING_REVIEW.pad(raw);
        if (Lexicon.HEADING_REVIEW.opensWithin(words, HEADING_LEAD_WORDS)) {
            return HeadingKind.REVIEW;
        }
        if (Lexicon.HEADING_TASKS.opensWithin(words, HEADING_LEAD_WORDS)) {
            // "II. NHIỆM VỤ, GIẢI PHÁP", "MỘT SỐ NHIỆM VỤ TRỌNG TÂM": a heading about tasks names them first; one that
            // names them further on ("Thủ tục xét tài trợ nhiệm vụ khoa học") is about something else
            return HeadingKind.TASKS;
        }
        if (Lexicon.HEADING_AIMS.opensWithin(words, HEADING_LEAD_WORDS)) {
            return HeadingKind.REVIEW;
        }
        return HeadingKind.OTHER;
    }

    private boolean isHeading(String raw, Marker mk, int a, int b, boolean colon) {
        if (mk.roman()) {
            return true;
        }
        String s = raw.replace("*", "").strip();
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < s.length() && i < 2000; i++) {
            char c = s.charAt(i);
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
        if (colon || s.isEmpty()) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        if (".;!?…".indexOf(last) >= 0 || b - a > MAX_BOLD_HEADING_WORDS) {
            return false;
        }
        if (bold(raw)) {
            // "**1. Hoàn thiện thể chế**": a short line set in bold, without a stop, titles what follows
            return true;
        }
        return b - a <= MAX_HEADING_WORDS && raw.indexOf('\n') < 0 && Lexicon.verbAt(t, a, b) == 0
                && subjects.subjectAt(a, b, false) == null;
    }

    /** Whether the whole paragraph is set in bold ("**...**"), its mark included. */
    private static boolean bold(String raw) {
        String s = raw.strip();
        return s.startsWith("**") && s.endsWith("**") && s.length() > 4;
    }

    /** Where the last sentence or clause of the words from a to b starts. */
    private int lastClause(int a, int b) {
        for (int k = b - 1; k > a; k--) {
            if (ClauseSplitter.isBoundary(t, k, t.gapBefore(k))) {
                if (DETAIL_ANNOUNCERS.at(t, k, b) != b - k) {
                    return k;
                }
                // "... đề nghị UBND các xã, phường; các đơn vị thực hiện nghiêm ... Cụ thể:": the sentence before it
                // hands out what follows
                for (int j = k - 1; j > a; j--) {
                    if (ClauseSplitter.isBoundary(t, j, t.gapBefore(j)) && t.gapBefore(j).indexOf(';') < 0) {
                        return j;
                    }
                }
                return a;
            }
        }
        return a;
    }

    /**
     * Whether the sentence ending in a colon is the issuer deciding a matter itself: a deciding verb, not a name
     * ("Quyết định số ..."), with the matter decided after it and no verb after that handing it out to anyone.
     */
    private boolean decidesItself(int a, int b) {
        int from = lastClause(a, b);
        for (int k = from; k < b; k++) {
            if (t.cap[k] && k > from) {
                continue;
            }
            int len = Lexicon.DECIDING.at(t, k, b);
            if (len == 0) {
                continue;
            }
            int next = k + len;
            if (next >= b || t.low[next].isEmpty() || !Character.isLetter(t.low[next].charAt(0)) || t.fold[next].equals("so")) {
                return false;
            }
            // an obligation after it hands the matter out: "... có thẩm quyền quyết định ... có trách nhiệm:"; so does a
            // verb that hands out, a name included ("... tại Quyết định này")
            for (int j = next; j < b; j++) {
                if (Lexicon.DEONTIC.at(t, j, b) > 0) {
                    return false;
                }
            }
            return introducingAt(b, next, b) < 0;
        }
        return false;
    }

    /** Whether the sentence ending in a colon hands out what follows ("Thủ tướng Chính phủ yêu cầu:"). */
    private boolean introduces(int a, int b) {
        int from = lastClause(a, b);
        return introducingAt(from, from, b) >= 0;
    }

    /**
     * Where the first word from {@code k} to b that hands out what follows stands, or -1: past {@code from} a
     * capitalised word is a name (b: none is), and "giao ban" is a meeting, not a handing out.
     */
    private int introducingAt(int from, int k, int b) {
        for (; k < b; k++) {
            if (t.cap[k] && k > from) {
                continue;
            }
            int len = Lexicon.INTRODUCING.at(t, k, b);
            boolean meeting = len == 1 && t.low[k].equals("giao") && k + 1 < b && t.fold[k + 1].equals("ban");
            if (len > 0 && !meeting && !Lexicon.nounBefore(t, k)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The mark at the depth this text gives its style: a style seen before returns to its depth, a new one nests
     * under the one before it; a part (roman) or an article always starts again from the top.
     */
    private Marker place(Marker mk) {
        if (mk.level() == Marker.NONE) {
            return mk;
        }
        if (mk.roman() || mk.style().equals("Điều")) {
            styles.clear();
            styles.add(mk.style());
            return mk.at(0);
        }
        int i = styles.indexOf(mk.style());
        if (i < 0) {
            styles.add(mk.style());
            i = styles.size() - 1;
        } else {
            styles.subList(i + 1, styles.size()).clear();
        }
        return mk.at(i + (styles.get(0).equals("I.") ? 0 : 1));
    }

    private void popTo(int level) {
        while (!stack.isEmpty() && stack.peek().level() >= level) {
            stack.pop();
        }
    }

    /** The owners and time limit an item at this level inherits. */
    private Context inherited(int level) {
        List<FoundOwner> owners = null;
        List<FoundOwner> support = List.of();
        Deadline d = null;
        for (Context c : stack) {
            if (c.level() >= level) {
                continue;
            }
            if (owners == null && !c.owners().isEmpty() && (level != Marker.NONE || c.heading())) {
                owners = c.owners();
                support = c.support();
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
        return new Context(level, owners == null ? List.of() : owners, support, d, false);
    }

    private void items(Marker mk, int a, int b, boolean colon) {
        int level = mk.level();
        if (level != Marker.NONE) {
            popTo(level);
        }
        if (level != Marker.NONE && specification(a, b)) {
            // "- Các thông số: Độ mặn, pH ...", "- Hình thức: In tài liệu ...": what the task above is made of
            stack.push(new Context(level, List.of(), List.of(), null, false, true));
            return;
        }
        Context parent = stack.isEmpty() ? null : stack.peek();
        Context ctx = inherited(level);
        List<TaskDraft> drafts = clauses.of(a, b, ctx.owners(), ctx.deadline(), level != Marker.NONE, section);
        if (parent != null && parent.details() && level != Marker.NONE && !drafts.isEmpty() && drafts.get(0).lead == ctx.owners()) {
            // "(1) Trung ương tập trung ..." under "Triển khai ... theo một số nguyên tắc chính sau:": what the task
            // above is about, not a task of its own
            stack.push(new Context(level, ctx.owners(), List.of(), null, false, true));
            return;
        }
        Deadline whole = p.deadline(p.words(a, b), false);
        // "...; Thực hiện chuyển đổi dữ liệu ..., hoàn thành trong tháng 11 năm 2025": a time limit in the last
        // clause of an item is the item's; one in an earlier clause ("...; hoàn thành trước ...; xây dựng ...") is
        // that clause's alone
        Deadline closing = drafts.isEmpty() ? null
                : p.deadline(p.words(drafts.get(drafts.size() - 1).from, drafts.get(drafts.size() - 1).to), false);
        for (TaskDraft d : drafts) {
            if (d.lead == ctx.owners()) {
                d.support = ctx.support();
            }
            if ((d.inherited == null || d.inherited.day() == null) && closing != null && closing.day() != null
                    && closing.kind() == DeadlineKind.DATE) {
                d.inherited = closing;
            }
        }
        List<FoundOwner> itemOwners = drafts.isEmpty() ? List.of() : drafts.get(0).lead;
        if (level != Marker.NONE) {
            boolean details = colon && !drafts.isEmpty() && !listsTasks(a, b) && announcesDetails(a, b);
            Deadline own = drafts.isEmpty() ? null : whole;
            stack.push(new Context(level, itemOwners == null ? List.of() : itemOwners, List.of(), own, false, details));
        }
        maker.finishAll(drafts);
    }

    /** The bodies named right after the word that hands out what follows in tokens [a, b), or none. */
    private List<FoundOwner> askedIn(int a, int b) {
        int from = lastClause(a, b);
        int k = introducingAt(from, from, b);
        int after = k < 0 ? b : k + Lexicon.INTRODUCING.at(t, k, b);
        Parsed asked = after < b ? p.parser.parseList(t, after, b) : null;
        return asked == null ? List.of() : asked.owners();
    }

    /**
     * Whether an item opens with a label of a few words and a colon that names no body, no time, no column of a plan
     * and no topic: "Các thông số: ...", "Số lượng: 5.000 cuốn", "Cửa sông Mã: Lấy mẫu 01 vị trí". It details the
     * task above it; it is not one.
     */
    private boolean specification(int a, int b) {
        int colon = -1;
        for (int k = a + 1; k < Math.min(b, a + MAX_SPEC_LABEL_WORDS + 1); k++) {
            if (OwnerParser.hasAny(t.gapBefore(k), ".;()")) {
                return false;
            }
            if (t.gapBefore(k).indexOf(':') >= 0) {
                colon = k;
                break;
            }
        }
        if (colon < 0 || colon >= b || Lexicon.verbAt(t, a, colon) > 0 || Lexicon.TOPIC_OPENERS.at(t, a, colon) > 0
                || Lexicon.CLAUSE_OPENERS.at(t, a, colon) > 0 || !p.ownersIn(a, colon).isEmpty()
                || p.parser.parseList(t, a, colon) != null) {
            return false;
        }
        String label = p.words(a, colon);
        return TaskTable.role(Layout.columnKey(label, 0, label.length())) == null && p.deadline(label, false) == null;
    }

    /** Whether the words before the colon that ends tokens [a, b) announce what the task is made of ("... sau:"). */
    private boolean announcesDetails(int a, int b) {
        for (int k = Math.max(a, b - MAX_ANNOUNCER_WORDS); k < b; k++) {
            if (DETAIL_ANNOUNCERS.at(t, k, b) == b - k) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words before the colon that ends tokens [a, b) announce tasks ("các nhiệm vụ sau:"). */
    private boolean listsTasks(int a, int b) {
        return ClauseSplitter.listOfTasks(t, a, b);
    }

    private static boolean endsWith(String s, char c) {
        int i = s.length() - 1;
        while (i >= 0 && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '*' || s.charAt(i) == '_')) {
            i--;
        }
        return i >= 0 && s.charAt(i) == c;
    }
}
