package vn.dondoc.importer.reading;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.dondoc.importer.reading.DeadlineParser.Deadline;
import vn.dondoc.importer.reading.OwnerParser.Parsed;

/**
 * The clauses stage: cuts an item or a request into its tasks ({@link ClauseSplitter}), carries the subject of one
 * clause over to the clauses after it, and drops what hands out nothing (praise, closing formulas, a clause that only
 * says when).
 */
final class Clauses {

    /** How far into a clause the verb of a statement may stand. */
    private static final int STATEMENT_REACH = 12;
    /** How far into an item opening with a verb the "là" of a definition may stand. */
    private static final int DEFINITION_REACH = 9;
    /** How far into a clause a closing formula ("... biết, thực hiện", "... thi hành Quyết định này") may reach. */
    private static final int CLOSING_REACH = 24;
    /** How far after an amending verb the numbered text it amends may be named ("Bãi bỏ Danh mục ... tại phần II"). */
    private static final int AMEND_REACH = 20;
    /** How far before a semicolon the "phối hợp với" whose partners run on across it may stand. */
    private static final int PARTNERS_REACH = 80;
    /** How long an adverbial that opens a task may be. */
    private static final int OPENER_REACH = 40;

    private static final Phrases AMENDING = Phrases.load("vi/amending-verbs.txt", Phrases.Form.LOWER);
    private static final Phrases TEXT_PARTS = Phrases.load("vi/text-parts.txt", Phrases.Form.LOWER);

    private final Passage p;
    private final Tokens t;
    private final Subjects subjects;

    Clauses(Passage p, Subjects subjects) {
        this.p = p;
        this.t = p.t;
        this.subjects = subjects;
    }

    /**
     * The tasks of tokens [a, b).
     *
     * @param contextLead the owners the item or request hands down, or an empty list
     * @param inherited   the time limit of the item or heading, or null
     * @param item        true for an item of a list, whose first clause is a task whatever it opens with
     * @param section     the heading of the part it is in
     */
    List<TaskDraft> of(int a, int b, List<FoundOwner> contextLead, Deadline inherited, boolean item, String section) {
        List<FoundOwner> carried = null;
        boolean ownerless = contextLead == null || contextLead.isEmpty();
        // A subject may list bodies across a semicolon ("Viện A; Viện B nghiên cứu ..."): read it before cutting.
        // Inside an item that has its owner, only a verb that hands work down names another body to do it ("Giao
        // Thanh tra thành phố ..."): "yêu cầu các doanh nghiệp ..." is then the owner's own task of asking.
        Parsed opening = subjects.assigneeAt(a, b, ownerless ? Lexicon.ASSIGNING : Lexicon.HANDING);
        if (opening == null) {
            opening = subjects.subjectAt(a, b, false);
        }
        if (opening == null && item) {
            // an item may name its body before a colon, then what it does: "- Sở Tài chính: Bố trí kinh phí ..."
            // ("Giám đốc các Sở: Nông nghiệp và Môi trường, Tài chính; ..." goes on naming bodies)
            Parsed labelled = subjects.subjectAt(a, b, true);
            opening = labelled != null && labelled.end() < b && Lexicon.verbAt(t, labelled.end(), b) > 0 ? labelled : null;
        }
        if (opening != null && opening.end() < b) {
            carried = opening.owners();
            a = opening.end();
            Parsed asked = askedBy(a, b);
            if (asked != null) {
                // "Ủy ban nhân dân Thành phố yêu cầu các Sở, ban, ngành ... nghiêm túc triển khai": the bodies asked do it
                carried = asked.owners();
                a = asked.end();
            }
        }
        // a clause opens with a verb or a subject, after a connective if it has one ("...; đồng thời cập nhật ...")
        int from = a;
        List<ClauseSplitter.Clause> cs = ClauseSplitter.split(t, a, b, (i, limit) -> {
            int k = Math.min(i + Lexicon.CONNECTIVES.at(t, i, limit), limit - 1);
            return Lexicon.verbAt(t, k, limit) > 0 || subjects.subjectAt(k, limit, false) != null && !partnersRunTo(from, i);
        });
        List<TaskDraft> out = new ArrayList<>();
        Set<TaskDraft> extended = new HashSet<>();
        boolean first = true;
        for (ClauseSplitter.Clause c : cs) {
            boolean opens = c.opens() || first && item && (carried != null || !statement(c.start(), c.end()));
            if (opens && (definition(c.start(), c.end()) || ownerless && carried == null && amends(c.start(), c.end()))) {
                // "Bảo đảm an toàn, an ninh mạng là điều kiện tiên quyết ...": what a thing is, not what to do; "Bãi bỏ
                // Quyết định số ...", where nobody is named: what the text itself does
                first = false;
                continue;
            }
            first = false;
            if (!opens) {
                if (!out.isEmpty()) {
                    out.get(out.size() - 1).to = c.end();
                    extended.add(out.get(out.size() - 1));
                }
                continue;
            }
            int s = c.start();
            if (Lexicon.ACKNOWLEDGING.at(t, s, c.end()) > 0) {
                continue;
            }
            if (c.intro()) {
                Parsed intro = subjects.subjectAt(s, c.end(), false);
                if (intro != null) {
                    carried = intro.owners();
                }
                continue;
            }
            s = afterOpener(s, c.end());
            int connective = Lexicon.CONNECTIVES.at(t, s, c.end());
            if (!out.isEmpty() && onlyWhen(s, c.end())) {
                out.get(out.size() - 1).to = c.end();
                extended.add(out.get(out.size() - 1));
                continue;
            }
            Parsed subj = null;
            if (s != a || carried == null) {
                subj = subjects.assigneeAt(s, c.end(), ownerless && carried == null ? Lexicon.ASSIGNING : Lexicon.HANDING);
                if (subj == null) {
                    subj = subjects.subjectAt(s, c.end(), false);
                }
                if (subj == null && connective > 0) {
                    subj = subjects.subjectAt(s + connective, c.end(), false);
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
            if (s >= c.end() || closingFormula(s, c.end()) || Lexicon.verbAt(t, s, c.end()) == c.end() - s) {
                // a verb alone ("Ban hành:", "Cập nhật:") asks nothing of anyone
                continue;
            }
            TaskDraft d = new TaskDraft();
            d.opened = c.opens();
            d.from = s;
            d.to = c.end();
            d.lead = lead;
            d.inherited = inherited;
            d.section = section;
            out.add(d);
        }
        // the clauses that only went on naming bodies ("Chánh Văn phòng UBND tỉnh; Giám đốc: ...; Chủ tịch UBND cấp
        // xã ...") may have made a task of the closing formula that ends them, or tasks of the names alone
        out.removeIf(d -> extended.contains(d) && closingFormula(d.from, d.to)
                || Lexicon.verbAt(t, d.from, d.to) == 0 && p.parser.namesOnly(t, d.from, d.to));
        return out;
    }

    /**
     * After a subject, "yêu cầu", "giao" or "đề nghị" and the bodies it hands the work to, then their verb; null where
     * that does not follow. ("Ngân hàng Nhà nước chỉ đạo các tổ chức tín dụng ..." keeps the work: it directs.)
     */
    private Parsed askedBy(int a, int b) {
        int r = Lexicon.ASSIGNING.at(t, a, b);
        if (r == 0 || a + r >= b) {
            return null;
        }
        Parsed who = p.parser.parseList(t, a + r, b);
        if (who == null || who.end() >= b || !subjects.predicateAt(who.end(), b)) {
            return null;
        }
        return new Parsed(who.owners(), a, t.low[who.end()].equals("to") ? who.end() + 1 : who.end());
    }

    /**
     * "Trên cơ sở Nghị quyết Đại hội ..., khẩn trương xây dựng ...": where an adverbial opens the clause, the task
     * starts after the comma that ends it, at a verb or a subject; elsewhere at token s.
     */
    private int afterOpener(int s, int end) {
        if (Lexicon.CLAUSE_OPENERS.at(t, s, end) == 0) {
            return s;
        }
        int stop = Math.min(end, s + OPENER_REACH);
        for (int k = s + 1; k < stop; k++) {
            String gap = t.gapBefore(k);
            if (OwnerParser.hasAny(gap, ".;:")) {
                return s;
            }
            if (gap.indexOf(',') >= 0 && (Lexicon.verbAt(t, k, end) > 0 && !t.cap[k] || subjects.subjectAt(k, end, false) != null)) {
                return k;
            }
        }
        return s;
    }

    /**
     * "Thị trường các-bon được coi là công cụ kinh tế ...", "Ngân sách Thành phố đảm bảo kinh phí ...": an item that
     * opens with a noun phrase which is no body, its verb after it, states a fact or a target; it asks nothing.
     */
    private boolean statement(int a, int b) {
        if (p.english) {
            // English verbs are too many to list: an English item is taken as it comes
            return false;
        }
        if (Lexicon.verbAt(t, a, b) > 0 || Lexicon.isEnglishVerb(t.low[a]) || subjects.subjectAt(a, b, false) != null
                || subjects.assigneeAt(a, b) != null
                || p.parser.parseList(t, a, b) != null) {
            return false;
        }
        int stop = Math.min(b, a + STATEMENT_REACH);
        for (int k = a + 1; k < stop; k++) {
            if (OwnerParser.hasAny(t.gapBefore(k), ".;:")) {
                return false;
            }
            if (!t.cap[k] && (Lexicon.verbAt(t, k, b) > 0 || Lexicon.PASSIVE_BE.at(t, k, b) > 0)) {
                return true;
            }
        }
        // "Máy móc, thiết bị chuyên dùng trong lĩnh vực y tế": a noun phrase alone names things, it asks nothing
        return b - a <= STATEMENT_REACH;
    }

    /**
     * "Bãi bỏ Quyết định số 1374/QĐ-UBND ...", "Sửa đổi Danh mục số thứ tự 1594 ...": an amending verb and the
     * numbered text or part of one that it amends, the text's own act.
     */
    private boolean amends(int a, int b) {
        int verb = AMENDING.at(t, a, b);
        if (verb == 0) {
            return false;
        }
        int stop = Math.min(b, a + AMEND_REACH);
        for (int k = a + verb; k < stop; k++) {
            if (OwnerParser.hasAny(t.gapBefore(k), ".;:")) {
                return false;
            }
            int part = TEXT_PARTS.at(t, k, stop);
            int n = k + part;
            if (part > 0 && n < stop && t.low[n].equals("số")) {
                n++;
            }
            if (part > 0 && n < stop && (Character.isDigit(t.low[n].charAt(0)) || t.low[n].matches("[ivxlc]+")
                    || t.low[n].equals("thứ"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether tokens [a, b) open with a verb as a noun and say what it is: "Phát triển văn hóa số là đòn bẩy ...",
     * nouns only between the verb and "là". "Hướng dẫn cho các đối tượng kiểm kê là ..." and "nhất là" say no such.
     */
    private boolean definition(int a, int b) {
        int verb = p.english ? 0 : Lexicon.verbAt(t, a, b);
        if (verb == 0 || Lexicon.NAMING_VERBS.at(t, a, b) > 0 || Lexicon.REQUESTS.at(t, a, b) > 0) {
            return false;
        }
        int stop = Math.min(b, a + DEFINITION_REACH);
        for (int k = a + verb; k < stop; k++) {
            if (OwnerParser.hasAny(t.gapBefore(k), ".;:()")) {
                return false;
            }
            if (t.low[k].equals("là")) {
                return Lexicon.NOT_COPULA.at(t, k - 1, k) == 0;
            }
            if (Lexicon.NAME_STOPS.has(t.low[k]) || !t.cap[k] && Lexicon.verbAt(t, k, b) > 0) {
                return false;
            }
        }
        return false;
    }

    /** "...; thực hiện thường xuyên.", "...; hoàn thành trong quý IV": only says when the work before it is done. */
    private boolean onlyWhen(int a, int b) {
        int w = Lexicon.DOING.at(t, a, b);
        if (w == 0) {
            return false;
        }
        int k = a + w;
        if (k >= b || b - k > 8) {
            return false;
        }
        String rest = p.words(k, b);
        Deadline d = p.deadline(rest, false);
        return d != null && d.start() <= 6 && rest.replaceAll("[.;,\\s]+$", "").endsWith(d.words());
    }

    /**
     * Whether the bodies after a "phối hợp với" in tokens [from, i) run on up to token i across semicolons: "... phối
     * hợp với các Sở, ban, ngành của tỉnh; Ủy ban nhân dân các xã, phường; các cơ quan ..." lists partners, and the
     * body after each semicolon is one more of them.
     */
    private boolean partnersRunTo(int from, int i) {
        for (int k = Math.max(from, i - PARTNERS_REACH); k < i; k++) {
            int j = TaskMaker.supportStart(t, k, i);
            if (j < 0) {
                continue;
            }
            while (j < i) {
                Parsed s = p.parser.parseList(t, j, i);
                if (s == null || s.end() <= j) {
                    break;
                }
                j = s.end();
                if (j < i && t.gapBefore(j).indexOf(';') < 0) {
                    break;
                }
            }
            if (j == i && t.gapBefore(i).indexOf(';') >= 0) {
                return true;
            }
        }
        return false;
    }

    /** "Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện": the closing line of a notice. */
    private boolean closingFormula(int i, int limit) {
        // the formula opens the clause, or ends it after a long list of those who carry it out ("Chánh Văn phòng ...,
        // Giám đốc các Sở: ...; Chủ tịch UBND các xã ... chịu trách nhiệm thi hành Quyết định này")
        String head = Fold.fold(p.words(i, Math.min(limit, i + CLOSING_REACH)));
        String tail = limit - i > CLOSING_REACH
                ? Fold.fold(p.words(limit - CLOSING_REACH, limit)).replaceAll("[\\s,.:;/]+$", "") : null;
        if (Lexicon.opensOrHolds(Lexicon.CLOSING_FORMULAS, head)
                || tail != null && Lexicon.endsWithAny(Lexicon.CLOSING_FORMULAS, tail)) {
            return true;
        }
        boolean informs = Lexicon.verbAt(t, i, limit) == 0 || Lexicon.INFORMING_VERBS.at(t, i, limit) > 0;
        return informs && (Lexicon.holdsAny(Lexicon.INFORMING_FORMULAS, head)
                || tail != null && Lexicon.endsWithAny(Lexicon.INFORMING_FORMULAS, tail));
    }
}
