package vn.dondoc.importer.reading;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the names of bodies in a text: known bodies by any of their names, bodies the list does not hold
 * ("Cục Biến đổi khí hậu", "Ủy ban nhân dân tỉnh Quảng Ninh"), ministries listed after "các Bộ:", people who
 * answer for a body ("Chủ tịch Ủy ban nhân dân ..."), and collectives ("các bộ, ngành, địa phương").
 */
final class OwnerParser {

    /** Owners read from tokens [start, end). */
    record Parsed(List<FoundOwner> owners, int start, int end) {
    }

    private static final int MAX_NAME_WORDS = 20;
    /** How far back "the office" looks for the office it stands for. */
    private static final int MAX_ANAPHORA_REACH = 2000;
    private static final int MAX_LIST_ITEMS = 40;
    private static final int MAX_COLLECTIVE_WORDS = 24;
    /**
     * A bare "ban" as an item of a list that names the ministries ("các ban, bộ, ngành"): the central party boards,
     * as "ban đảng" is; "ban chỉ đạo", "ban quản lý" are other bodies, and without "bộ" ("các sở, ban, ngành") the
     * boards are local ones.
     */
    private static final Pattern BOARD_ITEM = Pattern.compile("(?<![\\p{L}])(?<!uy\\s)ban\\s{0,3}(?:,|va\\s|$)");
    private static final Phrases ORGANISATION_KINDS = Phrases.load("vi/organisation-kinds.txt", Phrases.Form.FOLDED);
    private static final Phrases STOP_WORDS = Lexicon.NAME_STOPS;
    private static final Phrases ADMIN_UNITS = Phrases.load("vi/admin-units.txt", Phrases.Form.FOLDED);
    private static final Phrases ENGLISH_COLLECTIVE = Phrases.load("en/collective-words.txt", Phrases.Form.FOLDED);
    private static final Phrases ENGLISH_COLLECTIVE_HEADS = Phrases.load("en/collective-heads.txt", Phrases.Form.FOLDED);
    private static final Phrases COLLECTIVE_HEADS = Phrases.load("vi/collective-heads.txt", Phrases.Form.FOLDED);
    private static final List<String[]> LOCAL_AUTHORITIES = Words.rows("vi/local-authorities.tsv", 2);
    /** The body of a province that the provinces listed after "Ủy ban nhân dân các tỉnh:" stand for. */
    private static final String PROVINCE_BODY = LOCAL_AUTHORITIES.get(0)[1];
    /** The end of a collective after which a colon lists provinces by name ("... các tỉnh: Khánh Hòa, Gia Lai"). */
    private static final Phrases PROVINCES = Phrases.of("các tỉnh;các tỉnh, thành phố;các thành phố", Phrases.Form.FOLDED);
    private static final Phrases HONORIFICS = Phrases.load("vi/honorifics.txt", Phrases.Form.LOWER);
    private static final Phrases DESCRIBED = Phrases.load("vi/body-heads-described.txt", Phrases.Form.LOWER);
    private static final Phrases BARE_COLLECTIVES = Phrases.load("vi/bare-collectives.txt", Phrases.Form.FOLDED);
    private static final Phrases COLLECTIVE_STOPS = Phrases.load("vi/collective-stops.txt", Phrases.Form.LOWER);
    private static final Phrases UNNAMED = Phrases.load("collective-unnamed.txt", Phrases.Form.FOLDED);
    /** A phrase of a collective, the kind of body it brings in, and the phrases that cancel it. */
    private record CollectiveKind(Phrases phrase, String kind, Phrases unless) {
    }

    private static final List<CollectiveKind> COLLECTIVE_KINDS = Words.rows("collective-kinds.tsv", 3).stream()
            .map(r -> new CollectiveKind(Phrases.of(r[0], Phrases.Form.FOLDED), r[1], Phrases.of(r[2], Phrases.Form.FOLDED)))
            .toList();

    private final BodyIndex index;
    private final LocalDate day;
    private final boolean english;
    /** Whether the text is a province's or city's, whose collectives ("các sở, ngành, địa phương") are its own. */
    private final boolean local;

    OwnerParser(BodyIndex index, LocalDate day, boolean english) {
        this(index, day, english, false);
    }

    OwnerParser(BodyIndex index, LocalDate day, boolean english, boolean local) {
        this.index = index;
        this.day = day;
        this.english = english;
        this.local = local;
    }

    /** The name of a known body in the language of the text: an English text names bodies in English. */
    private String name(KnownBody b) {
        return english && b.nameEn() != null ? b.nameEn() : b.name();
    }

    private static final Phrases ENGLISH_HEADS = Phrases.load("en/body-heads.txt", Phrases.Form.FOLDED);
    private static final Phrases ENGLISH_STOPS = Phrases.load(Phrases.Form.LOWER, "en/deontic-modals.txt", "en/modals.txt",
            "en/passive-be.txt", "en/request-verbs.txt");

    /**
     * English names the list does not spell out: "the Minister of Finance" (the ministry), "the ministries of
     * Agriculture and Environment, and Justice" (one ministry each), "the office" (the office the text named last),
     * "the committee preparing the draft plan" (a body of its own). Null where none starts at token j.
     */
    private Parsed english(Tokens t, int j, int limit, int reportedStart) {
        String w = t.fold[j];
        BodyIndex.Node ministry = index.child(index.root(), "ministry");
        if ((w.equals("minister") || w.equals("ministry") || w.equals("ministries")) && j + 2 < limit
                && t.fold[j + 1].equals("of") && ministry != null && index.child(ministry, "of") != null) {
            BodyIndex.Node of = index.child(ministry, "of");
            List<FoundOwner> owners = new ArrayList<>();
            int pos = j + 2;
            int end = -1;
            KnownBody[] found = new KnownBody[1];
            while (pos < limit) {
                int n = index.longest(t, pos, limit, of, found);
                if (n == 0) {
                    break;
                }
                KnownBody b = index.onDate(found[0], day);
                owners.add(new FoundOwner(b.code(), name(b), Role.LEAD, false, false, text(t, j, pos + n)));
                end = pos + n;
                if (!w.equals("ministries") || end >= limit || hasAny(t.gapBefore(end), ".;:\n|()")) {
                    break;
                }
                pos = end;
                if (t.low[pos].equals("and")) {
                    pos++;
                } else if (t.gapBefore(pos).indexOf(',') < 0) {
                    break;
                } else if (pos < limit && t.low[pos].equals("and")) {
                    pos++;
                }
            }
            if (!owners.isEmpty()) {
                return new Parsed(owners, reportedStart, end);
            }
        }
        int head = ENGLISH_HEADS.at(t, j, limit);
        if (head == 0 || t.cap[j] || reportedStart == j) {
            return null;
        }
        int k = j + head;
        if (k < limit && !hasAny(t.gapBefore(k), ",;.:\n|()") && t.low[k].endsWith("ing")) {
            // "the committee preparing the draft government action plan"
            int e = k + 1;
            while (e < limit && e - j < MAX_NAME_WORDS && !hasAny(t.gapBefore(e), ",;.:\n|()")
                    && ENGLISH_STOPS.at(t, e, limit) == 0) {
                e++;
            }
            return new Parsed(List.of(new FoundOwner(null, "the " + text(t, j, e), Role.LEAD, false, false, text(t, j, e))),
                    reportedStart, e);
        }
        int[] at = new int[2];
        KnownBody last = lastNamed(t, j, w, at);
        return last == null ? null : new Parsed(List.of(new FoundOwner(last.code(), text(t, at[0], at[1]), Role.LEAD, false,
                false, text(t, j, k))), reportedStart, k);
    }

    /**
     * "Tỉnh cần tập trung ...": a province or city named by its kind alone, capitalised and not followed by its name,
     * is the one the text names with its name, last before token j or else first after it.
     */
    private Parsed localAuthority(Tokens t, int j, int limit, int reportedStart) {
        for (String[] kind : LOCAL_AUTHORITIES) {
            String[] words = Phrases.words(kind[0], Phrases.Form.LOWER);
            if (!t.lowAt(j, words, limit)) {
                continue;
            }
            int k = j + words.length;
            if (k < limit && t.cap[k] && !hasAny(t.gapBefore(k), ",;.:\n|()") || Lexicon.headNounAt(t, j, limit) > words.length) {
                // "Tỉnh Sơn La" names its place; "Tỉnh đoàn", "Tỉnh ủy" are bodies of their own
                return null;
            }
            String place = placeNamed(t, j, words);
            if (place == null) {
                return null;
            }
            String name = kind[1] + " " + place;
            FoundOwner o = leading(name, text(t, j, k));
            return new Parsed(List.of(o), reportedStart, k);
        }
        return null;
    }

    /** The name after the words of a kind of place ("tỉnh" Sơn La) nearest before token j, or first after it. */
    private static String placeNamed(Tokens t, int j, String[] kind) {
        for (int i = j - 1; i >= Math.max(0, j - MAX_ANAPHORA_REACH); i--) {
            String p = LocalPlace.placeAt(t, i, kind);
            if (p != null) {
                return p;
            }
        }
        for (int i = j + 1; i < Math.min(t.size, j + MAX_ANAPHORA_REACH); i++) {
            String p = LocalPlace.placeAt(t, i, kind);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    /** The known body with this head noun in its English name that the text named last before token j. */
    private KnownBody lastNamed(Tokens t, int j, String head, int[] at) {
        KnownBody[] found = new KnownBody[1];
        for (int i = j - 1; i >= 0 && i >= j - MAX_ANAPHORA_REACH; i--) {
            if (!t.cap[i]) {
                continue;
            }
            int n = index.longest(t, i, j, index.root(), found);
            at[0] = i;
            at[1] = i + n;
            if (n > 0 && found[0].nameEn() != null
                    && (" " + Fold.fold(found[0].nameEn()) + " ").contains(" " + head + " ")) {
                return index.onDate(found[0], day);
            }
        }
        return null;
    }

    /**
     * Whether tokens [a, b) are nothing but the names of bodies ("Giám đốc Sở Nội vụ; Thủ trưởng các sở"), none of
     * them a run of words too long to be one name.
     */
    boolean namesOnly(Tokens t, int a, int b) {
        Parsed names = parseList(t, a, b);
        return names != null && names.end() >= b && names.owners().stream().noneMatch(o -> o.code() == null && !o.group()
                && o.name().split(" ").length > MAX_NAME_WORDS);
    }

    /** A list of owners joined by commas, semicolons, "và" or "and", starting at token i; null if none starts there. */
    Parsed parseList(Tokens t, int i, int limit) {
        Parsed first = parseOne(t, i, limit);
        if (first == null) {
            return null;
        }
        List<FoundOwner> owners = new ArrayList<>(first.owners());
        int end = first.end();
        int items = 1;
        while (end < limit && items++ < MAX_LIST_ITEMS) {
            String gap = t.gapBefore(end);
            int next = end;
            if (hasAny(gap, ".:\n|()")) {
                break;
            }
            boolean separated = gap.indexOf(',') >= 0 || gap.indexOf(';') >= 0;
            if (!separated && (t.low[next].equals("và") || t.low[next].equals("and") || t.low[next].equals("hoặc"))) {
                next++;
                separated = true;
            }
            if (!separated || next >= limit) {
                break;
            }
            if (t.low[next].equals("và") || t.low[next].equals("and")) {
                next++;
            }
            Parsed more = parseOne(t, next, limit, true);
            if (more == null && COLLECTIVE_HEADS.at(t, next, limit) > 0 && !t.cap[next]) {
                // "..., Thủ trưởng các cơ quan ngang bộ, cơ quan thuộc Chính phủ": the next item of a list of collectives
                more = collectiveOwners(t, next, collectiveEnd(t, next, next, limit), next);
            }
            if (more == null) {
                break;
            }
            owners.addAll(more.owners());
            end = more.end();
        }
        return new Parsed(dedupe(owners), i, end);
    }

    /** One name (or one "các Bộ: ..." list, or one collective) at token i. */
    Parsed parseOne(Tokens t, int i, int limit) {
        return parseOne(t, i, limit, false);
    }

    /**
     * One name at token i; {@code listed} for an item after the first of a list, where a title may be in lower case
     * ("..., Gia Lai và lãnh đạo các Bộ, ngành").
     */
    private Parsed parseOne(Tokens t, int i, int limit, boolean listed) {
        if (i >= limit || i >= t.size) {
            return null;
        }
        int j = i;
        if (t.low[j].equals("the") && j + 1 < limit) {
            j++;
        }
        int honour = HONORIFICS.at(t, j, limit);
        if (honour > 0 && j + honour < limit && Lexicon.titleAt(t, j + honour, limit) > 0) {
            // "Đồng chí Bí thư Tỉnh ủy ...": the title after the word of address is what counts
            j += honour;
        }
        Parsed en = english(t, j, limit, i);
        if (en != null) {
            return en;
        }
        int title = Lexicon.titleAt(t, j, limit);
        if (title > 0 && (t.cap[j] || listed)) {
            int k = j + title;
            Parsed after = k < limit && !hasAny(t.gapBefore(k), ",;.:\n") ? parseAfterTitle(t, k, limit) : null;
            if (after != null) {
                return new Parsed(after.owners(), i, after.end());
            }
            if (t.fold[j].equals("bo") && title == 2) {
                // "Bộ trưởng" alone: the ministers, that is the ministries.
                return new Parsed(group(Set.of("ministry"), text(t, j, k)), i, k);
            }
            if (k < limit && t.gapBefore(k).strip().equals(",") && Lexicon.titleAt(t, k, limit) > 0) {
                // "Giám đốc, Thủ trưởng các sở, ban ngành": titles that share the bodies named after the last of them
                Parsed shared = parseOne(t, k, limit, true);
                return shared == null ? null : new Parsed(shared.owners(), i, shared.end());
            }
            return null;
        }
        return parseBody(t, j, limit, false, i);
    }

    private Parsed parseAfterTitle(Tokens t, int k, int limit) {
        Parsed p = parseBody(t, k, limit, true, k);
        if (p != null) {
            return p;
        }
        return null;
    }

    private Parsed parseBody(Tokens t, int j, int limit, boolean afterTitle, int reportedStart) {
        // "các Bộ: Công Thương, Tài chính" or "các Bộ Quốc phòng, Công an"
        if (j + 2 < limit && t.fold[j].equals("cac") && t.fold[j + 1].equals("bo")) {
            Parsed listed = ministryList(t, j + 2, limit, reportedStart);
            if (listed != null) {
                return listed;
            }
        }
        Parsed each = distributive(t, j, limit, reportedStart);
        if (each != null) {
            return each;
        }
        KnownBody[] found = new KnownBody[1];
        if (t.cap[j]) {
            int n = index.longest(t, j, limit, index.root(), found);
            if (n > 0) {
                int unknownEnd = unknownEnd(t, j, limit);
                if (unknownEnd <= j + n) {
                    KnownBody b = index.onDate(found[0], day);
                    boolean group = "province-group".equals(b.kind());
                    Parsed places = group ? placesListed(t, j + n, limit, reportedStart) : null;
                    if (places != null) {
                        return places;
                    }
                    // an English text names the body as it writes it ("Party Central Committee's Office")
                    String name = english ? text(t, j, j + n) : name(b);
                    return new Parsed(List.of(new FoundOwner(b.code(), name, Role.LEAD, false, group, text(t, j, j + n))),
                            reportedStart, j + n);
                }
            }
            Parsed local = localAuthority(t, j, limit, reportedStart);
            if (local != null) {
                return local;
            }
        }
        int e = unknownEnd(t, j, limit);
        if (e > j) {
            return new Parsed(List.of(new FoundOwner(null, unknownName(t, j, e), Role.LEAD, false, false, text(t, j, e))),
                    reportedStart, e);
        }
        return collective(t, j, limit, afterTitle, reportedStart);
    }

    /**
     * "Các Đảng uỷ Bộ Tài chính, Bộ Nội vụ", "các Sở Y tế, Giáo dục và Đào tạo": one body of the kind the head noun
     * names for each of the names listed after it, not a collective.
     */
    private Parsed distributive(Tokens t, int j, int limit, int reportedStart) {
        if (!t.fold[j].equals("cac") || j + 2 >= limit) {
            return null;
        }
        int n = Lexicon.headNounAt(t, j + 1, limit);
        int k = j + 1 + n;
        if (n == 0 || k >= limit || !t.cap[j + 1] || !t.cap[k] || hasAny(t.gapBefore(k), ",;.\n|()")) {
            return null;
        }
        String head = text(t, j + 1, k);
        List<FoundOwner> owners = new ArrayList<>();
        int end = k;
        int pos = k;
        KnownBody[] found = new KnownBody[1];
        while (pos < limit && t.cap[pos] && owners.size() < MAX_LIST_ITEMS) {
            int m = index.longest(t, pos, limit, index.root(), found);
            int e = m > 0 ? pos + m : capitalRun(t, pos, limit);
            if (e <= pos) {
                break;
            }
            String name = head + " " + text(t, pos, e);
            owners.add(leading(name, name));
            end = e;
            if (e >= limit || hasAny(t.gapBefore(e), ".;:\n|()")) {
                break;
            }
            pos = e;
            boolean comma = t.gapBefore(e).indexOf(',') >= 0;
            if (t.low[pos].equals("và")) {
                pos++;
            } else if (!comma) {
                break;
            }
        }
        return owners.size() < 2 ? null : new Parsed(owners, reportedStart, end);
    }

    /**
     * "Ủy ban nhân dân các tỉnh: Khánh Hòa, Đắk Lắk, Gia Lai": the provinces listed after the colon, each its own
     * body; null where no list follows.
     */
    private Parsed placesListed(Tokens t, int k, int limit, int reportedStart) {
        if (k >= limit || t.gapBefore(k).strip().indexOf(':') != 0 || !t.cap[k]) {
            return null;
        }
        List<FoundOwner> owners = new ArrayList<>();
        int pos = k;
        int end = k;
        while (pos < limit && t.cap[pos] && owners.size() < MAX_LIST_ITEMS) {
            int e = pos;
            while (e < limit && t.cap[e] && (e == pos || t.gapBefore(e).equals(" ")) && e - pos < 4) {
                e++;
            }
            String name = PROVINCE_BODY + " " + text(t, pos, e);
            owners.add(leading(name, name));
            end = e;
            if (e >= limit || hasAny(t.gapBefore(e), ".;:\n|()")) {
                break;
            }
            pos = e;
            if (t.low[pos].equals("và") && pos + 1 < limit && t.cap[pos + 1]) {
                pos++;
            } else if (t.gapBefore(pos).indexOf(',') < 0) {
                break;
            }
        }
        return owners.isEmpty() ? null : new Parsed(owners, reportedStart, end);
    }

    /** The end of a run of capitalised words and the lower-case words between them ("Giáo dục và Đào tạo"). */
    private static int capitalRun(Tokens t, int pos, int limit) {
        int e = pos;
        while (e < limit && (t.cap[e] || e > pos && !t.low[e].equals("và") && Lexicon.verbAt(t, e, limit) == 0
                && e + 1 < limit && t.cap[e + 1]) && (e == pos || !hasAny(t.gapBefore(e), ",;.:\n|()"))) {
            e++;
        }
        return e;
    }

    /** A leading owner by the name the text gives it: the known body of that name, or a new one. */
    private FoundOwner leading(String name, String written) {
        KnownBody b = known(name);
        return b != null ? new FoundOwner(b.code(), name(b), Role.LEAD, false, false, written)
                : new FoundOwner(null, name, Role.LEAD, false, false, written);
    }

    private KnownBody known(String name) {
        Tokens n = new Tokens(name);
        KnownBody[] out = new KnownBody[1];
        return index.longest(n, 0, n.size, index.root(), out) == n.size ? index.onDate(out[0], day) : null;
    }

    private Parsed ministryList(Tokens t, int k, int limit, int reportedStart) {
        BodyIndex.Node bo = index.child(index.root(), "bo");
        if (bo == null) {
            return null;
        }
        List<FoundOwner> owners = new ArrayList<>();
        int pos = k;
        int end = -1;
        KnownBody[] found = new KnownBody[1];
        while (pos < limit) {
            if (!t.cap[pos]) {
                break;
            }
            int n = index.longest(t, pos, limit, bo, found);
            if (n == 0) {
                break;
            }
            KnownBody b = index.onDate(found[0], day);
            owners.add(new FoundOwner(b.code(), name(b), Role.LEAD, false, false, text(t, pos, pos + n)));
            end = pos + n;
            if (end >= limit) {
                break;
            }
            String gap = t.gapBefore(end);
            if (hasAny(gap, ".;:\n|()")) {
                break;
            }
            pos = end;
            if (gap.indexOf(',') < 0) {
                if (t.low[pos].equals("và") && pos + 1 < limit && t.cap[pos + 1]) {
                    pos++;
                } else {
                    break;
                }
            } else if (t.low[pos].equals("và")) {
                pos++;
            }
        }
        return owners.isEmpty() ? null : new Parsed(owners, reportedStart, end);
    }

    /** The end of a name the list may not hold, or {@code j} when none starts at token j. */
    int unknownEnd(Tokens t, int j, int limit) {
        int head = Lexicon.headNounAt(t, j, limit);
        // "UBND các xã, phường": a head noun written short, in capitals, in a line that is not
        boolean acronym = head == 1 && shouting(t, j) && (j + 1 >= limit || !shouting(t, j + 1));
        if (head == 0 || !t.cap[j] || shouting(t, j) && !acronym) {
            // In a line set in capitals every word looks like the start of a name: only known names count there.
            return j;
        }
        int k = j + head;
        if (k >= limit || hasAny(t.gapBefore(k), ",;.:\n|()")) {
            // "Tỉnh ủy", "Tỉnh đoàn": the body of the text's own place
            return Lexicon.HEADS_ALONE.at(t, j, limit) == head ? k : j;
        }
        int e = k + 1;
        if (!t.cap[k]) {
            // "Ủy ban nhân dân tỉnh Quảng Ninh", "Sở Y tế thành phố Hà Nội"
            int unit = ADMIN_UNITS.at(t, k, limit);
            boolean admin = unit > 0 && k + unit < limit && t.cap[k + unit];
            // "Thanh tra thành phố tổ chức ...", "Ủy ban nhân dân xã, phường", "Ủy ban nhân dân cấp xã": the body of
            // the place's own level, or the bodies of a level
            int ofLevel = t.low[k].equals("cấp") && k + 1 < limit ? ADMIN_UNITS.at(t, k + 1, limit) : 0;
            int levelWords = unit > 0 ? unit : ofLevel > 0 ? 1 + ofLevel : 0;
            boolean level = levelWords > 0 && endsName(t, k + levelWords, limit);
            // "Ban Quản lý các khu công nghệ cao", "Ban Chỉ đạo phòng thủ dân sự quốc gia"
            boolean described = DESCRIBED.at(t, j, limit) == head && Lexicon.verbAt(t, k, limit) == 0
                    && !STOP_WORDS.has(t.low[k]);
            if (!admin && !level && !described) {
                return j;
            }
            if (level) {
                e = k + levelWords;
            }
        }
        while (e < limit && e - j < MAX_NAME_WORDS) {
            String gap = t.gapBefore(e);
            if (hasAny(gap, ";.:\n|()\"“”")) {
                break;
            }
            String w = t.low[e];
            boolean comma = gap.indexOf(',') >= 0;
            int unit = t.cap[e] ? 0 : ADMIN_UNITS.at(t, e, limit);
            if (unit > 1 && !comma) {
                // "... thành phố trực thuộc Trung ương": the kind of place, whole
                e += unit;
                continue;
            }
            if (comma && unit > 0 && ADMIN_UNITS.at(t, e - 1, e) == 1) {
                // "Sở Văn hóa và Thể thao tỉnh, thành phố trực thuộc Trung ương": one body of each province and city
                e += unit;
                continue;
            }
            if (comma) {
                if (!t.cap[e] || w.equals("các") || Lexicon.headNounAt(t, e, limit) > 0 || startsKnown(t, e, limit)
                        || Lexicon.titleAt(t, e, limit) > 0) {
                    break;
                }
            }
            if (w.equals("và") || w.equals("and") || w.equals("hoặc")) {
                int n = e + 1;
                if (n >= limit || t.low[n].equals("các") || t.low[n].equals("những") || Lexicon.headNounAt(t, n, limit) > 0
                        || startsKnown(t, n, limit) || (!t.cap[n] && Lexicon.verbAt(t, n, limit) > 0)) {
                    break;
                }
                e++;
                continue;
            }
            if (!t.cap[e] && (STOP_WORDS.has(w) || Lexicon.verbAt(t, e, limit) > 0)) {
                break;
            }
            int capitalVerb = t.cap[e] ? Lexicon.verbAt(t, e, limit) : 0;
            // after the kind of a place comes its name, whatever it means ("thành phố Cần Thơ")
            boolean afterUnit = ADMIN_UNITS.at(t, e - 1, e) > 0 || e - 2 > j && ADMIN_UNITS.at(t, e - 2, e) == 2;
            if (capitalVerb > 0 && e > k + 1 && !t.cap[e - 1] && !afterUnit) {
                // a capitalised verb after a word in lower case starts what follows the name; after "và" it is part of
                // the name, whole ("Sở Giáo dục và Đào tạo")
                if (!t.low[e - 1].equals("và")) {
                    break;
                }
                e += capitalVerb;
                continue;
            }
            if (gap.strip().equals("/") && Lexicon.headNounAt(t, e, limit) == head) {
                // "Sở Văn hóa, Thể thao và Du lịch/Sở Văn hóa và Thể thao": the body by the names it has here and there
                e++;
                continue;
            }
            if (t.cap[e] && t.fold[e].equals(t.fold[j]) && Lexicon.headNounAt(t, e, limit) == head) {
                // "Sở Khoa học và Công nghệ Sở Công Thương": the same head noun again starts the next body
                break;
            }
            e++;
        }
        return e;
    }

    /** Whether a name may end before token k: the text ends, a mark stands there, or a verb or modal follows. */
    private static boolean endsName(Tokens t, int k, int limit) {
        return k >= limit || hasAny(t.gapBefore(k), ",;.:\n|()") || !t.cap[k] && (Lexicon.verbAt(t, k, limit) > 0
                || Lexicon.MODALS.at(t, k, limit) > 0);
    }

    private static boolean shouting(Tokens t, int j) {
        String w = t.text.substring(t.start[j], t.end[j]);
        return w.length() > 1 && w.equals(w.toUpperCase(java.util.Locale.ROOT));
    }

    private boolean startsKnown(Tokens t, int i, int limit) {
        return t.cap[i] && index.longest(t, i, limit, index.root(), new KnownBody[1]) > 0;
    }

    private String unknownName(Tokens t, int j, int e) {
        StringBuilder sb = new StringBuilder();
        int last = t.start[j];
        for (int k = j; k < e; k++) {
            sb.append(t.text, last, t.start[k]);
            String expanded = k > j && !t.fold[k - 1].equals("bo") ? index.expandAbbreviation(t.fold[k]) : null;
            sb.append(expanded != null ? expanded : t.text.substring(t.start[k], t.end[k]));
            last = t.end[k];
        }
        return sb.toString().replaceAll("\\s+", " ").strip();
    }

    /** "các bộ, ngành, địa phương", "các ban đảng, 4 văn phòng, ..." and the English "ministries, agencies". */
    private Parsed collective(Tokens t, int j, int limit, boolean afterTitle, int reportedStart) {
        boolean english = ENGLISH_COLLECTIVE.has(t.fold[j]) && !t.fold[j].equals("and") && !t.fold[j].equals("the")
                && !t.fold[j].equals("of") && !t.fold[j].equals("s");
        if (english) {
            int e = j;
            boolean noun = false;
            while (e < limit && e - j < MAX_COLLECTIVE_WORDS && ENGLISH_COLLECTIVE.has(t.fold[e])
                    && !hasAny(t.gapBefore(e > j ? e : j), e > j ? ";.:\n" : "")) {
                noun |= ENGLISH_COLLECTIVE_HEADS.has(t.fold[e]);
                e++;
            }
            while (e > j && (t.fold[e - 1].equals("and") || t.fold[e - 1].equals("the") || t.fold[e - 1].equals("of"))) {
                e--;
            }
            return noun ? collectiveOwners(t, j, e, reportedStart) : null;
        }
        int k = j;
        int head = COLLECTIVE_HEADS.at(t, k, limit);
        if (t.fold[k].equals("cac") || t.fold[k].equals("toan") && k + 1 < limit && t.fold[k + 1].equals("the")) {
            k++;
        } else if (head > 0 && k + head < limit && t.fold[k + head].equals("cac")
                || t.cap[k] && BARE_COLLECTIVES.at(t, k, limit) > 0) {
            // "đảng uỷ các bộ, cơ quan ngang bộ", "UBND các phường, xã", "Doanh nghiệp viễn thông ...": a collective
            head = 0;
        } else if (!afterTitle && !(t.isNumber(k) && COLLECTIVE_HEADS.at(t, k + 1, limit) > 0)) {
            return null;
        }
        if (COLLECTIVE_HEADS.at(t, k, limit) == 0) {
            return null;
        }
        int e = collectiveEnd(t, j, k, limit);
        Parsed places = placesListed(t, e, limit, reportedStart);
        if (places != null && PROVINCES.occursIn(PROVINCES.pad(t.text.substring(t.start[j], t.end[e - 1])))) {
            return places;
        }
        return collectiveOwners(t, j, e, reportedStart);
    }

    /** The end of a collective whose head noun is token k, the collective starting at token j. */
    private int collectiveEnd(Tokens t, int j, int k, int limit) {
        int e = k + 1;
        while (e < limit && e - j < MAX_COLLECTIVE_WORDS) {
            String gap = t.gapBefore(e);
            if (hasAny(gap, ";.:\n|()")) {
                break;
            }
            if (t.cap[e] && (gap.indexOf(',') >= 0 || t.low[e - 1].equals("và") || t.low[e - 1].equals("and"))) {
                // the next item of a list of owners ("..., Chủ tịch Ủy ban nhân dân ...")
                if (t.low[e - 1].equals("và") || t.low[e - 1].equals("and")) {
                    e--;
                }
                break;
            }
            String prev = t.low[e - 1];
            int owner = t.cap[e] && prev.equals("thuộc") ? index.longest(t, e, limit, index.root(), new KnownBody[1]) : 0;
            if (owner > 0) {
                // "các đơn vị trực thuộc Bộ Văn hóa, Thể thao và Du lịch": the units of the body named whole
                e += owner;
                continue;
            }
            boolean passive = prev.equals("được") || prev.equals("bị") || prev.equals("do");
            boolean listed = gap.indexOf(',') >= 0 && organisations(t, e, limit);
            if (!passive && !listed && !t.cap[e] && Lexicon.verbAt(t, e, limit) > 0 && !t.low[e].equals("giao")) {
                break;
            }
            if (!t.cap[e] && (COLLECTIVE_STOPS.at(t, e, limit) > 0 || Lexicon.adverbialAt(t, e, limit) > 0)) {
                break;
            }
            e++;
        }
        return e;
    }

    /**
     * "tổ chức đảng", "tổ chức chính trị - xã hội" listed after a comma ("các cấp ủy, tổ chức đảng") name
     * organisations; elsewhere "tổ chức" is the verb "organise".
     */
    private static boolean organisations(Tokens t, int k, int limit) {
        return k + 2 < limit && t.fold[k].equals("to") && t.fold[k + 1].equals("chuc")
                && ORGANISATION_KINDS.at(t, k + 2, limit) > 0;
    }

    private Parsed collectiveOwners(Tokens t, int j, int e, int reportedStart) {
        String phrase = t.text.substring(t.start[j], t.end[e - 1]);
        String f = UNNAMED.pad(phrase);
        Set<String> kinds = new LinkedHashSet<>();
        if (!UNNAMED.occursIn(f) && !local) {
            // a province's "các cơ quan, đơn vị, địa phương" are its departments and districts, not the centre's bodies
            for (CollectiveKind k : COLLECTIVE_KINDS) {
                if (k.phrase().occursIn(f) && !k.unless().occursIn(f)) {
                    kinds.add(k.kind());
                }
            }
            if (kinds.contains("ministry") && BOARD_ITEM.matcher(Fold.fold(phrase)).find()) {
                kinds.add("party-board");
            }
        }
        List<FoundOwner> owners = kinds.isEmpty()
                ? List.of(new FoundOwner(null, phrase, Role.LEAD, false, true, phrase))
                : group(kinds, phrase);
        if (owners.isEmpty()) {
            owners = List.of(new FoundOwner(null, phrase, Role.LEAD, false, true, phrase));
        }
        return new Parsed(owners, reportedStart, e);
    }

    /** Every known body of the kinds that existed on the document's day. */
    List<FoundOwner> group(Set<String> kinds, String phrase) {
        List<FoundOwner> out = new ArrayList<>();
        for (KnownBody b : index.all()) {
            if (b.kind() != null && kinds.contains(b.kind()) && b.existedOn(day)) {
                out.add(new FoundOwner(b.code(), name(b), Role.LEAD, false, true, phrase));
            }
        }
        return out;
    }

    static List<FoundOwner> dedupe(List<FoundOwner> owners) {
        Map<String, FoundOwner> seen = new LinkedHashMap<>();
        for (FoundOwner o : owners) {
            seen.putIfAbsent(key(o), o);
        }
        return new ArrayList<>(seen.values());
    }

    /** One key per body: a known body's code, else the folded words of its name. */
    static String key(FoundOwner o) {
        return o.code() != null ? o.code() : "?" + Fold.fold(o.name());
    }

    static boolean sameBody(FoundOwner a, FoundOwner b) {
        return key(a).equals(key(b));
    }

    static FoundOwner as(FoundOwner o, Role role) {
        return new FoundOwner(o.code(), o.name(), role, o.inferred(), o.group(), o.reason());
    }

    private static String text(Tokens t, int from, int to) {
        return t.text.substring(t.start[from], t.end[to - 1]);
    }

    static boolean hasAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
