package vn.dondoc.importer.reading;

import java.util.List;
import java.util.function.Supplier;
import vn.dondoc.importer.reading.OwnerParser.Parsed;

/**
 * The requests stage: in running text, finds who is asked to do what. "Thủ tướng yêu cầu các bộ, ngành tập trung
 * ...", "Thủ tướng giao Bộ Tài chính chủ trì ...", "The State Bank of Vietnam was asked to ...", and the sentences
 * after a request that open with a body and its verb.
 */
final class Requests {

    private final Passage p;
    private final Tokens t;
    private final Subjects subjects;
    private final Clauses clauses;
    private final TaskMaker maker;
    private final Supplier<String> section;
    /** The bodies the last request asked, for the sentences that go on with it. */
    private List<FoundOwner> askedOf = List.of();
    /** Where the tasks of the last request begin among the passage's tasks. */
    private int askedFrom;
    /** The period the first request of running text names, for the requests after it. */
    private DeadlineParser.Deadline running;
    /** Whether no request of running text has been read yet. */
    private boolean first = true;
    /** Whether the last paragraph ended with a request, which the next one may go on with. */
    private boolean carrying;
    /** {@link #sentenceStarts()}, once found. */
    private int[] sentenceStarts;

    Requests(Passage p, Subjects subjects, Clauses clauses, TaskMaker maker, Supplier<String> section) {
        this.p = p;
        this.t = p.t;
        this.subjects = subjects;
        this.clauses = clauses;
        this.maker = maker;
        this.section = section;
    }

    /** Reads the requests in tokens [a, b) of a paragraph and makes their tasks. */
    void read(int a, int b) {
        int k = a;
        int asked = carrying ? a : -1;
        boolean requested = carrying;
        while (k < b) {
            if (k == asked && !askedOf.isEmpty()) {
                int sentenceEnd = sentenceEnd(k, b);
                int cont = Lexicon.CONTINUATIONS.at(t, k, sentenceEnd);
                if (cont > 0 && k + cont < sentenceEnd) {
                    // "Their responsibilities include addressing bottlenecks ...": more of what they were asked
                    finish(clauses.of(k + cont, sentenceEnd, askedOf, null, true, section.get()));
                    k = sentenceEnd;
                    asked = k;
                    continue;
                }
            }
            if (requested && !askedOf.isEmpty() && sentenceStart(k, a) && Lexicon.WORK_REFERENCES.at(t, k, b) > 0) {
                // "These tasks must be completed by August 1.": the day of what was just asked
                int sentenceEnd = sentenceEnd(k, b);
                DeadlineParser.Deadline d = p.deadline(p.words(k, sentenceEnd), false);
                if (d != null && d.day() != null) {
                    maker.dateUndated(askedFrom, d, null);
                }
                k = sentenceEnd;
                asked = k;
                continue;
            }
            if (sentenceStart(k, a)) {
                Parsed who = p.parser.parseList(t, k, b);
                int m = who == null ? 0 : Lexicon.DEONTIC.at(t, who.end(), b);
                if (m > 0 && who.end() + m < b) {
                    // "The office should continue modernising ...", "các địa phương cần tập trung ..."
                    int sentenceEnd = sentenceEnd(who.end(), b);
                    askedFrom = p.tasks.size();
                    finish(clauses.of(who.end(), sentenceEnd, who.owners(), null, true, section.get()));
                    k = sentenceEnd;
                    asked = k;
                    requested = true;
                    askedOf = who.owners();
                    continue;
                }
            }
            if (k == asked) {
                // After a request, each sentence that opens with a body and its verb is one more instruction
                // ("Ban Tuyên giáo Trung ương chủ trì ..."), until a sentence that does not.
                int sentenceEnd = sentenceEnd(k, b);
                Parsed subj = subjects.subjectAt(k, sentenceEnd, false);
                if (subj != null && requestAt(subjects.skipAdverbial(subj.end(), sentenceEnd), sentenceEnd) == 0) {
                    finish(clauses.of(k, sentenceEnd, List.of(), null, true, section.get()));
                    k = sentenceEnd;
                    asked = k;
                    continue;
                }
                int v = k + Lexicon.CONNECTIVES.at(t, k, sentenceEnd);
                if (subj == null && (Lexicon.VI_MODALS.at(t, v, sentenceEnd) > 0
                        || Lexicon.verbAt(t, v, sentenceEnd) > 0 && !t.cap[v] && v > k)) {
                    // "Trước mắt cần thực hiện một số nhiệm vụ trọng tâm như: ...": still asked of the same bodies
                    List<TaskDraft> drafts = clauses.of(k, sentenceEnd, askedOf, null, true, section.get());
                    finish(drafts);
                    k = sentenceEnd;
                    asked = k;
                    continue;
                }
            }
            int reported = Lexicon.REPORTING.at(t, k, b);
            if (reported > 0) {
                int m = k + reported;
                while (m < b && (t.low[m].equals("rằng") || t.low[m].equals("là"))) {
                    m++;
                }
                if (m < b && Lexicon.VI_MODALS.at(t, m, b) > 0 && !OwnerParser.hasAny(t.gapBefore(m), ".;:")) {
                    // "Bí thư Thành ủy nhấn mạnh, cần đẩy nhanh giải ngân ...": asked of those present
                    int sentenceEnd = sentenceEnd(m, b);
                    askedFrom = p.tasks.size();
                    finish(clauses.of(m, sentenceEnd, List.of(), null, true, section.get()));
                    k = sentenceEnd;
                    asked = k;
                    requested = true;
                    askedOf = List.of();
                    continue;
                }
            }
            int passive = passiveRequest(k, a, b);
            if (passive > 0 && passive < b) {
                Parsed who = p.parser.parseList(t, k, b);
                int sentenceEnd = sentenceEnd(passive, b);
                askedFrom = p.tasks.size();
                finish(clauses.of(passive, sentenceEnd, who.owners(), null, true, section.get()));
                k = sentenceEnd;
                asked = k;
                requested = true;
                askedOf = who.owners();
                continue;
            }
            int len = requestAt(k, b);
            if (len == 0) {
                k++;
                continue;
            }
            int j = k + len;
            for (int c = j; c < Math.min(b, j + 3); c++) {
                // "giao nhiệm vụ cụ thể cho các bộ, ngành ...": the bodies come after "cho"
                if (t.low[c].equals("cho") && t.low[j - 1].equals("vụ")) {
                    j = c + 1;
                    break;
                }
            }
            int sentenceEnd = sentenceEnd(j, b);
            Parsed who = j < sentenceEnd ? p.parser.parseList(t, j, sentenceEnd) : null;
            int start = -1;
            List<FoundOwner> lead = List.of();
            if (who != null && who.end() < sentenceEnd && subjects.predicateAt(who.end(), sentenceEnd)) {
                start = t.low[who.end()].equals("to") ? who.end() + 1 : who.end();
                lead = who.owners();
            } else if (j < sentenceEnd && Lexicon.OPEN_REQUESTS.at(t, k, j) > 0 && Lexicon.verbAt(t, j, sentenceEnd) > 0) {
                start = j;
            }
            if (start < 0 || start >= sentenceEnd) {
                k++;
                continue;
            }
            askedFrom = p.tasks.size();
            List<TaskDraft> drafts = clauses.of(start, sentenceEnd, lead, null, true, section.get());
            for (TaskDraft d : drafts) {
                if (d.lead == null || d.lead.isEmpty()) {
                    d.lead = lead;
                }
            }
            finish(drafts);
            k = sentenceEnd;
            asked = drafts.isEmpty() ? -1 : k;
            requested |= !drafts.isEmpty();
            askedOf = lead;
        }
        carrying = asked >= b;
    }

    /** The number of words of a request verb at token k ("giao nhiệm vụ cho", "yêu cầu"), or 0. */
    int requestAt(int k, int b) {
        if (t.cap[k] && !(k > 0 && t.end[k - 1] == t.start[k])) {
            // a capitalised word here is a name ("Ban Chỉ đạo"), not the verb
            if (k == 0 || !ClauseSplitter.isBoundary(t, k, t.gapBefore(k))) {
                return 0;
            }
        }
        int len = Lexicon.REQUESTS.at(t, k, b);
        if (len > 0 && (Lexicon.nounBefore(t, k) || k + len < b && t.gapBefore(k + len).equals(" ")
                && Lexicon.NOUN_AFTER.at(t, k + len, b) == 1)) {
            // "đáp ứng yêu cầu phát triển", "xét đề nghị của Ủy ban": the word names a requirement, asks nothing
            return 0;
        }
        if (len == 1 && t.low[k].equals("giao") && k + 1 < b && t.fold[k + 1].equals("ban")) {
            // "giao ban" is a meeting
            return 0;
        }
        return len;
    }

    /** "The State Bank of Vietnam was asked to ...": the owner comes first, then the passive request. */
    private int passiveRequest(int k, int a, int b) {
        if (!(t.cap[k] || p.english) || k > a && !sentenceStart(k, a)) {
            return -1;
        }
        Parsed who = p.parser.parseList(t, k, b);
        if (who == null) {
            return -1;
        }
        int j = who.end();
        if (j + 2 < b && Lexicon.PASSIVE_BE.at(t, j, b) > 0) {
            int m = j + 1;
            if (t.low[m].equals("been") && m + 1 < b) {
                m++;
            }
            if (Lexicon.PASSIVE_REQUESTS.at(t, m, b) > 0 && m + 1 < b && (t.low[m + 1].equals("to") || t.low[m + 1].equals("with"))) {
                return m + 2;
            }
        }
        return -1;
    }

    /**
     * Makes the tasks, and carries the period the first request of running text names ("2 tháng cuối năm", "quý III")
     * over to the requests after it that name none.
     */
    private void finish(List<TaskDraft> drafts) {
        int from = p.tasks.size();
        for (TaskDraft d : drafts) {
            d.prose = true;
        }
        maker.finishAll(drafts);
        if (first && p.tasks.size() > from) {
            first = false;
            FoundTask task = p.tasks.get(from);
            if (task.deadline() != null && DeadlineParser.isPeriod(task.deadlineText())) {
                running = p.deadline(task.deadlineText(), false);
            }
        }
        if (running != null && running.day() != null) {
            maker.dateUndated(from, running, TaskDoubt.DEADLINE_FROM_TITLE);
        }
    }

    /** Whether token k opens a sentence (or the clause after "that") of the paragraph that starts at token a. */
    private boolean sentenceStart(int k, int a) {
        return k == a || p.english && t.gapBefore(k).indexOf(',') >= 0 || ClauseSplitter.isBoundary(t, k, t.gapBefore(k)) && t.gapBefore(k).indexOf(';') < 0
                || k > a && t.low[k - 1].equals("that") || t.gapBefore(k).contains("“");
    }

    /** The first token of the next sentence (a line or a full stop ends one; a semicolon does not). */
    int sentenceEnd(int from, int b) {
        return from + 1 < b ? Math.min(sentenceStarts()[from + 1], b) : b;
    }

    /**
     * For each token, the first token at or after it that opens a sentence: found once for the whole text, since a
     * request verb may stand at every word of a sentence and each would otherwise look for its end again.
     */
    private int[] sentenceStarts() {
        if (sentenceStarts == null) {
            int[] next = new int[t.size + 1];
            next[t.size] = t.size;
            for (int k = t.size - 1; k >= 0; k--) {
                String gap = t.gapBefore(k);
                boolean opens = k > 0 && (gap.indexOf('\n') >= 0 || ClauseSplitter.isBoundary(t, k, gap) && gap.indexOf(';') < 0);
                next[k] = opens ? k : next[k + 1];
            }
            sentenceStarts = next;
        }
        return sentenceStarts;
    }
}
