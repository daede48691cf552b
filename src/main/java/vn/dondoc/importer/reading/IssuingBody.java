package vn.dondoc.importer.reading;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * The body whose own plan, programme or notice of its own work a text is (kế hoạch, chương trình công tác của
 * ...). An item of such a text that names nobody is work the issuer does itself: a clerk gives it to the issuer
 * as lead (chủ trì), not to the body whose area the item touches. The Politburo, the Secretariat, the Central
 * Committee, the Government and the Prime Minister only assign work; they are not bodies of the list, so their
 * texts never resolve here and their items keep being inferred from areas of work.
 */
final class IssuingBody {

    /** Kinds of bodies that carry out work themselves; a group of provinces is many issuers, never one. */
    private static final Set<String> WORKING_KINDS = Set.of("ministry", "agency", "office", "party-board",
            "party-committee", "mass-organisation");
    private static final String CENTRAL_COMMITTEE = "ban chap hanh trung uong";
    private static final int MAX_HEADER_LINES = 3;

    private IssuingBody() {
    }

    /** The issuer as lead of the unowned items, or null when the text is not a working body's own plan. */
    static FoundOwner ownWork(DocumentFacts header, String text, BodyIndex index, LocalDate day) {
        String title = Fold.fold(header.ownTitle() == null ? "" : header.ownTitle()).strip();
        String kind = ownKind(title);
        if (kind == null) {
            return null;
        }
        String issuer = header.issuer() != null ? header.issuer() : headerLines(text, header.bodyStart());
        KnownBody body = issuer == null ? null : resolve(issuer, index);
        if (body == null && issuer == null) {
            body = namedAfterCua(title, index);
        }
        body = body == null ? null : index.onDate(body, day);
        if (body == null || !WORKING_KINDS.contains(body.kind()) || !body.existedOn(day)) {
            return null;
        }
        // A notice may carry the conclusions of someone above the issuer (a Government Office notice of the Prime
        // Minister's conclusions): it is the issuer's own work only where its title names the issuer.
        if (kind.equals("Thông báo") && !title.contains(Fold.fold(body.name()))) {
            return null;
        }
        return new FoundOwner(body.code(), body.name(), Role.LEAD, true, false, kind + " của " + body.name());
    }

    private static String ownKind(String foldedTitle) {
        if (foldedTitle.startsWith("ke hoach") || foldedTitle.startsWith("plan")) {
            return "Kế hoạch";
        }
        if (foldedTitle.startsWith("chuong trinh") || foldedTitle.startsWith("work programme")) {
            return "Chương trình";
        }
        if (foldedTitle.startsWith("thong bao")) {
            return "Thông báo";
        }
        return null;
    }

    /**
     * The capitalised lines at the top of a text whose header is not a table ("BAN CHẤP HÀNH TRUNG ƯƠNG" then
     * "BAN TUYÊN GIÁO"), up to the rule or number under them.
     */
    private static String headerLines(String text, int bodyStart) {
        StringBuilder sb = new StringBuilder();
        int pos = bodyStart;
        int lines = 0;
        while (pos < text.length() && lines < MAX_HEADER_LINES) {
            int e = text.indexOf('\n', pos);
            if (e < 0) {
                e = text.length();
            }
            String line = text.substring(pos, e).replace("*", "").strip();
            pos = e + 1;
            if (line.isEmpty() && sb.isEmpty()) {
                continue;
            }
            String f = Fold.fold(line);
            boolean letters = line.chars().anyMatch(Character::isLetter);
            if (!letters || !line.equals(line.toUpperCase(Locale.ROOT)) || f.startsWith("so ") || f.contains("cong hoa")
                    || f.contains("dang cong san") || ownKind(f) != null) {
                break;
            }
            sb.append(sb.isEmpty() ? "" : " ").append(line);
            lines++;
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    /**
     * The body the whole issuer line names. Under "Ban Chấp hành Trung ương" a party board writes its name without
     * "Trung ương" ("BAN TUYÊN GIÁO"). A line naming more than a body ("BỘ X / CỤC Y") is a unit of it, not the body.
     */
    static KnownBody resolve(String issuer, BodyIndex index) {
        String s = issuer.replaceAll("[*_]", " ").replaceAll("-{2,}", " ").strip();
        boolean party = Fold.fold(s).startsWith(CENTRAL_COMMITTEE);
        if (party) {
            s = s.substring(CENTRAL_COMMITTEE.length()).strip();
        }
        KnownBody body = whole(s, index);
        if (body == null && party && !s.isEmpty()) {
            body = whole(s + " Trung ương", index);
        }
        return body;
    }

    private static KnownBody whole(String s, BodyIndex index) {
        Tokens t = new Tokens(s);
        if (t.size == 0) {
            return null;
        }
        KnownBody[] out = new KnownBody[1];
        int n = index.longest(t, 0, t.size, index.root(), out);
        return n == t.size ? out[0] : null;
    }

    /** "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025 CỦA BAN TUYÊN GIÁO TRUNG ƯƠNG": the body after the title's first "của". */
    private static KnownBody namedAfterCua(String foldedTitle, BodyIndex index) {
        int i = foldedTitle.indexOf(" cua ");
        if (i < 0) {
            return null;
        }
        Tokens t = new Tokens(foldedTitle.substring(i + 5));
        KnownBody[] out = new KnownBody[1];
        return t.size > 0 && index.longest(t, 0, t.size, index.root(), out) > 0 ? out[0] : null;
    }
}
