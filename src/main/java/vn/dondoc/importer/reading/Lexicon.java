package vn.dondoc.importer.reading;

import java.util.List;
import vn.dondoc.importer.reading.Phrases.Form;

/**
 * The words of directive language the reader recognises, read once from the vocabulary files under
 * {@code src/main/resources/reader}: {@code vi/} for Vietnamese, {@code en/} for English, and the tables at the top.
 * Code holds the grammar; what it recognises is here.
 */
final class Lexicon {

    private Lexicon() {
    }

    /** Words that open an instruction. Matched on lower case with marks, since folded forms collide. */
    static final Phrases VERBS = Phrases.load("vi/action-verbs.txt", Form.LOWER);
    /** Nouns that open with an action verb ("trình tự", "trình độ"): no verb stands there. */
    static final Phrases VERB_NOUNS = Phrases.load("vi/verb-nouns.txt", Form.LOWER);
    /** English verbs that open an instruction after "to", a modal or a subject. */
    static final Phrases ENGLISH_VERBS = Phrases.load("en/action-verbs.txt", Form.LOWER);
    /** Head nouns of the names of bodies; a capitalised word after one starts a name the list may not hold. */
    static final Phrases HEADS = Phrases.load("vi/body-heads.txt", Form.LOWER);
    /** Heads that name a body on their own ("Tỉnh ủy", "Chính phủ"). */
    static final Phrases HEADS_ALONE = Phrases.load("vi/body-heads-alone.txt", Form.LOWER);
    /** Titles of the people who answer for a body ("Bộ trưởng Bộ Tài chính" means the ministry). */
    static final Phrases TITLES = Phrases.load("vi/titles.txt", Form.FOLDED);
    /** Phrases that may stand between a subject and its verb ("theo chức năng, nhiệm vụ được giao"). */
    static final Phrases ADVERBIALS = Phrases.load("vi/adverbials.txt", Form.LOWER);
    /** Verbs that hand work to the bodies named after them, in running text. */
    static final Phrases REQUESTS = Phrases.load(Form.LOWER, "vi/request-verbs.txt", "en/request-verbs.txt");
    /** Request verbs that may hand out work without naming who does it. */
    static final Phrases OPEN_REQUESTS = Phrases.load("vi/open-requests.txt", Form.LOWER);
    /** Words just before a request verb that make it a noun ("đáp ứng yêu cầu", "về việc đề nghị"). */
    static final Phrases NOUN_BEFORE = Phrases.load("vi/noun-before.txt", Form.LOWER);
    /** Words a few words before a request verb that make the verb part of a noun phrase ("của doanh nghiệp đề nghị"). */
    static final Phrases NOUN_REACH_BEFORE = Phrases.load("vi/noun-reach-before.txt", Form.LOWER);
    /** How many words before a request verb {@link #NOUN_REACH_BEFORE} may stand. */
    private static final int NOUN_REACH = 4;
    /** Words just after a request verb that make it a noun ("đề nghị của", "chỉ đạo tại"). */
    static final Phrases NOUN_AFTER = Phrases.load("vi/noun-after.txt", Form.LOWER);
    /** Words that end the name of a body in lower case ("của", "tại", "theo"). */
    static final Phrases NAME_STOPS = Phrases.load("vi/name-stops.txt", Form.LOWER);
    /** Verbs whose object a "là" completes ("Xác định ... là nhiệm vụ"): an item opening with one asks all the same. */
    static final Phrases NAMING_VERBS = Phrases.load("vi/naming-verbs.txt", Form.LOWER);
    /** Words before "là" that make it part of a phrase, not the "is" of a definition ("nhất là"). */
    static final Phrases NOT_COPULA = Phrases.load("vi/not-copula.txt", Form.LOWER);
    /** Words that open a ground in a legal text's preamble ("Căn cứ", "Xét", "Pursuant to"). */
    static final Phrases PREAMBLE_OPENERS = Phrases.load(Form.FOLDED, "vi/preamble-openers.txt", "en/preamble-openers.txt");
    /** Titles of the first articles of a text of rules ("Phạm vi điều chỉnh", "Scope of regulation"). */
    static final Phrases RULES_ARTICLES = Phrases.load(Form.FOLDED, "vi/rules-articles.txt", "en/rules-articles.txt");
    /** Words that open a line naming a topic or a purpose, the heading of the items below it. */
    static final Phrases TOPIC_OPENERS = Phrases.load("vi/topic-openers.txt", Form.LOWER);
    /** Nouns for work to be done: a list after a colon that follows one is a list of tasks. */
    static final Phrases TASK_NOUNS = Phrases.load("vi/task-nouns.txt", Form.LOWER);
    /** Words that may stand between a task noun and the colon that opens a list of tasks ("như", "sau"). */
    static final Phrases LIST_MARKERS = Phrases.load("vi/list-markers.txt", Form.LOWER);
    /** Adverbial phrases that may open a task before a comma, its verb or subject after the comma. */
    static final Phrases CLAUSE_OPENERS = Phrases.load("vi/clause-openers.txt", Form.LOWER);
    /** Words that may open a clause before its verb or subject ("đồng thời", "trên cơ sở đó"). */
    static final Phrases CONNECTIVES = Phrases.load("vi/connectives.txt", Form.LOWER);
    /** Labels that open the answer of a page of questions and answers ("Trả lời:"). */
    static final Phrases ANSWER_MARKERS = Phrases.load("vi/answer-markers.txt", Form.FOLDED);
    /** Words of a line ending in a colon that introduces duties or quoted rules, not tasks. */
    static final Phrases DUTY_INTROS = Phrases.load("vi/duty-intros.txt", Form.FOLDED);
    /** Verbs by which the issuer decides itself: with the matter decided after them, what follows is decided, not handed out. */
    static final Phrases DECIDING = Phrases.load(Form.LOWER, "vi/deciding-verbs.txt", "en/deciding-verbs.txt");
    /** Words of a sentence ending in a colon that hands out what follows. */
    static final Phrases INTRODUCING = Phrases.load(Form.LOWER, "vi/introducing-verbs.txt", "en/introducing-verbs.txt");
    /** Verbs that open an item by handing it to the body named next. */
    static final Phrases ASSIGNING = Phrases.load(Form.LOWER, "vi/assigning-verbs.txt", "en/assigning-verbs.txt");
    /** Of those, the verbs that hand work down to the body named next even inside an item that has its owner. */
    static final Phrases HANDING = Phrases.load(Form.LOWER, "vi/handing-verbs.txt");
    /** Praise, thanks and approval: said to someone, not asked of them. */
    static final Phrases ACKNOWLEDGING = Phrases.load(Form.LOWER, "vi/acknowledgements.txt", "en/acknowledgements.txt");
    /** Verbs of a clause that only says when the work before it is done. */
    static final Phrases DOING = Phrases.load("vi/doing-verbs.txt", Form.LOWER);
    /** Vietnamese words before a verb that make a clause an obligation ("cần", "phải"). */
    static final Phrases VI_MODALS = Phrases.load("vi/modals.txt", Form.LOWER);
    /** What may follow a body in place of a verb to say its part ("là cơ quan đầu mối"). */
    static final Phrases ROLE_COPULAS = Phrases.load("vi/role-copulas.txt", Form.LOWER);
    /** Verbs that report what a leader said; with "cần" after them, what follows is asked of those present. */
    static final Phrases REPORTING = Phrases.load("vi/reporting-verbs.txt", Form.LOWER);
    /** Words after a subject that make a sentence of running text an obligation for it ("cần", "must"). */
    static final Phrases DEONTIC = Phrases.load(Form.LOWER, "vi/deontic-modals.txt", "en/deontic-modals.txt");
    /** Openings of a sentence that goes on with what the bodies just asked must do ("Their responsibilities include"). */
    static final Phrases CONTINUATIONS = Phrases.load("en/continuations.txt", Form.LOWER);
    /** Openings of a sentence that only says when the work just asked for is due ("These tasks must be completed by"). */
    static final Phrases WORK_REFERENCES = Phrases.load(Form.LOWER, "vi/work-references.txt", "en/work-references.txt");
    /** English words after a subject that make what follows an instruction. */
    static final Phrases MODALS = Phrases.load("en/modals.txt", Form.LOWER);
    /** Forms of "be" (and the Vietnamese "được") before a passive request. */
    static final Phrases PASSIVE_BE = Phrases.load(Form.LOWER, "en/passive-be.txt", "vi/passive-be.txt");
    /** English participles of a passive request ("was asked to"). */
    static final Phrases PASSIVE_REQUESTS = Phrases.load("en/passive-requests.txt", Form.LOWER);
    /** Heading words of a part that looks back. */
    static final Phrases HEADING_REVIEW = Phrases.load(Form.FOLDED, "vi/heading-review.txt", "en/heading-review.txt");
    /** Heading words of a part that hands out work. */
    static final Phrases HEADING_TASKS = Phrases.load(Form.FOLDED, "vi/heading-tasks.txt", "en/heading-tasks.txt");
    /** Words of a heading over the part of a plan that lists what it will do. */
    static final Phrases PLAN_HEADING_TASKS = Phrases.load(Form.FOLDED, "vi/plan-heading-tasks.txt");
    /** Heading words of a part that sets out aims and grounds. */
    static final Phrases HEADING_AIMS = Phrases.load(Form.FOLDED, "vi/heading-aims.txt", "en/heading-aims.txt");
    /** What may follow the bodies of a line that hands them the items below it; "~" marks a phrase it contains. */
    static final List<String> OWNER_HEADING_ENDS = folded("vi/owner-heading-ends.txt");
    /** Closing formulas of a notice; "~" marks a phrase its first words contain. */
    static final List<String> CLOSING_FORMULAS = folded("vi/closing-formulas.txt");
    /** The fields of an administrative procedure ("Trình tự thực hiện", "Thành phần hồ sơ"). */
    static final Phrases PROCEDURE_FIELDS = Phrases.load("vi/procedure-fields.txt", Form.LOWER);
    /** The marks of one who signs for the issuer ("TM.", "KT."). */
    static final List<String> SIGNATURE_MARKS = folded("vi/signature-marks.txt");
    /** What a notice says its readers are to do with it ("biết, thực hiện"), closing only a clause that informs. */
    static final List<String> INFORMING_FORMULAS = folded("vi/informing-formulas.txt");
    /** Verbs with which a notice hands itself on ("thông báo", "gửi"). */
    static final Phrases INFORMING_VERBS = Phrases.load("vi/informing-verbs.txt", Form.LOWER);
    /** Whole header cells of a table set one cell per line. */
    static final Phrases TABLE_HEADER_CELLS = Phrases.load("table-header-cells.txt", Form.FOLDED);
    /** Column names of a task table and their roles: {"=name" or "~part", role}. */
    static final List<String[]> TABLE_COLUMNS = Words.rows("table-columns.tsv", 2).stream()
            .map(r -> new String[] {r[0].substring(0, 1) + Fold.fold(r[0].substring(1)), r[1]}).toList();

    private static List<String> folded(String file) {
        return Words.lines(file).stream().map(Fold::fold).toList();
    }

    /** Whether the folded text starts with one of the phrases, or contains one marked "~". */
    static boolean opensOrHolds(List<String> phrases, String folded) {
        for (String p : phrases) {
            if (p.startsWith("~") ? folded.contains(p.substring(1)) : folded.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the folded text contains one of the phrases as whole words. */
    static boolean holdsAny(List<String> phrases, String folded) {
        String padded = " " + folded + " ";
        for (String p : phrases) {
            if (padded.contains(" " + p)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the folded text ends with one of the phrases ("~" marks are ignored). */
    static boolean endsWithAny(List<String> phrases, String folded) {
        for (String p : phrases) {
            if (folded.endsWith(p.startsWith("~") ? p.substring(1) : p)) {
                return true;
            }
        }
        return false;
    }

    static int adverbialAt(Tokens t, int i, int limit) {
        return ADVERBIALS.at(t, i, limit);
    }

    static int verbAt(Tokens t, int i, int limit) {
        return VERB_NOUNS.at(t, i, limit) > 0 ? 0 : VERBS.at(t, i, limit);
    }

    static int headNounAt(Tokens t, int i, int limit) {
        return HEADS.at(t, i, limit);
    }

    static int titleAt(Tokens t, int i, int limit) {
        return TITLES.at(t, i, limit);
    }

    static boolean isEnglishVerb(String low) {
        return ENGLISH_VERBS.has(low);
    }

    /**
     * Whether the words before token k, in the same clause, make the request verb there a noun: the word or two
     * just before it ("đơn đề nghị", "theo chỉ đạo"), or a genitive a few words before ("thông tin của doanh nghiệp
     * đề nghị xác định ...": the one who asked).
     */
    static boolean nounBefore(Tokens t, int k) {
        for (int n = 1; n <= NOUN_REACH && k - n >= 0; n++) {
            if (!t.gapBefore(k - n + 1).equals(" ")) {
                return false;
            }
            if (n <= 2 && NOUN_BEFORE.at(t, k - n, k) == n || n > 1 && NOUN_REACH_BEFORE.at(t, k - n, k - n + 1) == 1) {
                return true;
            }
        }
        return false;
    }
}
