package vn.dondoc.importer.reading;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a paragraph into clauses at {@code ;} and at the end of a sentence, but only where the next clause opens
 * with its own action verb or its own subject: a clause that only continues the list of objects of the previous
 * verb ("...; Chương trình đối ngoại ...") stays with it, and so does a closing time limit ("; hoàn thành trước ...").
 */
final class ClauseSplitter {

    /**
     * Tokens [start, end) of a clause; {@code opens} when it starts with a verb or a subject; {@code intro} when it
     * only announces the list of tasks after its colon ("Trước mắt cần thực hiện một số nhiệm vụ trọng tâm như:").
     */
    record Clause(int start, int end, boolean opens, boolean intro) {
        Clause(int start, int end, boolean opens) {
            this(start, end, opens, false);
        }
    }

    /** How far before a colon a task noun makes what follows it a list of tasks. */
    private static final int LIST_NOUN_REACH = 8;

    private static final Phrases ABBREVIATIONS = Phrases.load("abbreviations.txt", Phrases.Form.LOWER);
    private static final Phrases CLOSING_TIME_LIMITS = Phrases.load("vi/closing-time-limits.txt", Phrases.Form.LOWER);

    private ClauseSplitter() {
    }

    interface Opener {
        /** Whether a new task may start at token i: an action verb or a subject followed by one. */
        boolean opensTask(int i, int limit);
    }

    static List<Clause> split(Tokens t, int from, int to, Opener opener) {
        List<Clause> out = new ArrayList<>();
        if (from >= to) {
            return out;
        }
        int start = from;
        boolean opens = opener.opensTask(from, to);
        int depth = 0;
        boolean details = false;
        for (int k = from + 1; k < to; k++) {
            String gap = t.gapBefore(k);
            depth = Math.max(0, depth + count(gap, '(') - count(gap, ')'));
            if (gap.indexOf(':') >= 0 && depth == 0 && !details) {
                if (listOfTasks(t, start, k) || start == from && Lexicon.TOPIC_OPENERS.at(t, start, k) > 0) {
                    // "... một số nhiệm vụ trọng tâm như: A; B; C": the tasks are A, B and C; "Đối với các nội dung
                    // đề xuất ...: Giao Sở Y tế ...": the topic first, then the task
                    out.add(new Clause(start, k, opens, true));
                    start = k;
                    opens = opener.opensTask(k, to);
                    continue;
                }
                // "... toàn trình như: yêu cầu phải nộp hồ sơ gốc; ...": what follows says what the task is about
                details = true;
            }
            if (depth > 0 || details || !isBoundary(t, k, gap)) {
                continue;
            }
            if (closingTimeLimit(t, k, to)) {
                continue;
            }
            boolean next = opener.opensTask(k, to);
            if (next || !opens) {
                out.add(new Clause(start, k, opens));
                start = k;
                opens = next;
            }
        }
        out.add(new Clause(start, to, opens));
        return out;
    }

    /**
     * Whether the words before the colon at token k announce a list of tasks: a task noun, then only words that
     * announce a list ("nhiệm vụ trọng tâm như:", "các nhiệm vụ cụ thể sau:"), not a task noun in the object of a
     * task ("... về nội dung phân công nhiệm vụ tại Đề án theo hướng:").
     */
    static boolean listOfTasks(Tokens t, int start, int k) {
        for (int i = Math.max(start, k - LIST_NOUN_REACH); i < k; i++) {
            int n = Lexicon.TASK_NOUNS.at(t, i, k);
            if (n > 0 && announcing(t, i + n, k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean announcing(Tokens t, int from, int k) {
        int i = from;
        while (i < k) {
            int n = Lexicon.LIST_MARKERS.at(t, i, k);
            if (n == 0 && !t.low[i].equals(",") && Lexicon.TASK_NOUNS.at(t, i, k) == 0) {
                return false;
            }
            i += Math.max(n, 1);
        }
        return true;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    static boolean isBoundary(Tokens t, int k, String gap) {
        if (gap.indexOf(';') >= 0 || gap.indexOf('\n') >= 0 && gap.indexOf('.') >= 0) {
            return true;
        }
        int dot = -1;
        for (int i = 0; i < gap.length(); i++) {
            char c = gap.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                dot = i;
            }
        }
        if (dot < 0 || dot == gap.length() - 1) {
            return false;
        }
        boolean spaced = false;
        for (int i = dot + 1; i < gap.length(); i++) {
            if (Character.isWhitespace(gap.charAt(i))) {
                spaced = true;
            }
        }
        if (!spaced) {
            return false;
        }
        String prev = t.low[k - 1];
        boolean abbreviation = ABBREVIATIONS.has(prev) && gap.strip().equals(".");
        return !abbreviation && (t.cap[k] || Character.isDigit(t.text.charAt(t.start[k])) || gap.contains("\n"));
    }

    /** "; hoàn thành trước ngày 31 tháng 10 năm 2024" closes the clause before it. */
    private static boolean closingTimeLimit(Tokens t, int k, int to) {
        return CLOSING_TIME_LIMITS.at(t, k, to) > 0;
    }
}
