package vn.dondoc.importer.reading;

import vn.dondoc.importer.reading.OwnerParser.Parsed;

/**
 * The owners stage of a clause: who does it. A subject is a list of bodies followed by a predicate (an action
 * verb, a modal, an English verb after them); "Giao Bộ Tài chính chủ trì ..." names its owner after the verb that
 * assigns. Plain grammar over {@link OwnerParser} and the {@link Lexicon}.
 */
final class Subjects {

    /** How many words an adverbial between a subject and its verb may take ("căn cứ quy định của pháp luật ..."). */
    private static final int ADVERBIAL_REACH = 40;

    private final Passage p;
    private final Tokens t;

    Subjects(Passage p) {
        this.p = p;
        this.t = p.t;
    }

    /** Owners named at token i as the subject of what follows (a verb must follow them). */
    Parsed subjectAt(int i, int limit, boolean allowColon) {
        if (i >= limit) {
            return null;
        }
        if (Lexicon.verbAt(t, i, limit) > 0 && !t.cap[i]) {
            return null;
        }
        Parsed s = p.parser.parseList(t, i, limit);
        if (s == null) {
            return null;
        }
        int k = s.end();
        if (k >= limit) {
            return allowColon && t.gapBefore(limit).strip().startsWith(":") ? s : null;
        }
        String gap = t.gapBefore(k);
        if (allowColon && gap.indexOf(':') >= 0) {
            return s;
        }
        return predicateAt(k, limit) ? s : null;
    }

    /** Whether what starts at token k says what to do: an action verb, after an adverbial, or an English modal or verb. */
    boolean predicateAt(int k0, int limit) {
        if (k0 >= limit || OwnerParser.hasAny(t.gapBefore(k0), ".;:\n|")) {
            return false;
        }
        int k = skipAdverbial(k0, limit);
        if (Lexicon.verbAt(t, k, limit) > 0) {
            return true;
        }
        if (Lexicon.MODALS.at(t, k, limit) > 0 || Lexicon.ROLE_COPULAS.at(t, k, limit) > 0) {
            return true;
        }
        return Lexicon.isEnglishVerb(t.low[k]) && !t.cap[k];
    }

    /** Skips "theo chức năng, nhiệm vụ được giao," between a subject and its verb. */
    int skipAdverbial(int k, int limit) {
        int len = Lexicon.adverbialAt(t, k, limit);
        if (len == 0) {
            return k;
        }
        int stop = Math.min(limit, k + ADVERBIAL_REACH);
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

    /** "Giao Bộ Tài chính chủ trì ...", "Đề nghị Ủy ban nhân dân ...": the body after the verb is the owner. */
    Parsed assigneeAt(int i, int limit) {
        return assigneeAt(i, limit, Lexicon.ASSIGNING);
    }

    /** The body after one of the given verbs that hand it the work, as {@link #assigneeAt(int, int)}. */
    Parsed assigneeAt(int i, int limit, Phrases verbs) {
        int w = verbs.at(t, i, limit);
        if (w == 0) {
            return null;
        }
        int j = i + w;
        if (j >= limit || OwnerParser.hasAny(t.gapBefore(j), ".;:\n|")) {
            return null;
        }
        Parsed s = p.parser.parseList(t, j, limit);
        if (s != null && s.end() < limit && predicateAt(s.end(), limit)) {
            return new Parsed(s.owners(), i, t.low[s.end()].equals("to") ? s.end() + 1 : s.end());
        }
        return null;
    }
}
