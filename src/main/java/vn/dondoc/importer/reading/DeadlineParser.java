package vn.dondoc.importer.reading;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the time limit (thời hạn) of a task from its words: dates, months, quarters, halves, years and year
 * ranges, recurring days, named days, and the words for urgent or ongoing work. Works on folded text, so the
 * offsets of what it finds are offsets in the original.
 */
final class DeadlineParser {

    /** What was read: the day (or null), the words, the kind, how it recurs. */
    record Deadline(LocalDate day, String words, DeadlineKind kind, String recurrence, int start) {
    }

    /** Whether the time found at {@code at} of the folded text is when work starts ("từ ngày ...", "từ tháng 11/2025"). */
    private static boolean starts(String f, int at) {
        return STARTS.matcher(f.substring(Math.max(0, at - 12), at)).find();
    }

    /** The hour a notice may put before the day: "trước 17 giờ ngày 6/9/2024", "trước 17h30 ngày ...". */
    private static final String HOUR = "(?:\\d{1,2}\\s{0,2}(?:gio|h)(?:\\s{0,2}\\d{1,2}(?:\\s{0,2}phut)?)?,?\\s{1,6})?";
    private static final String CUE = "(?:(?:truoc|cham nhat|han chot|hoan thanh|xong|trong|vao|den|by|before|no later than|on or before|until)"
            + "(?: ngay| thoi han| the end of| end of)?\\s{1,6}" + HOUR + ")";
    private static final String ROMAN = "(iv|i{1,3}|[1-4])";
    private static final Pattern FULL_DATE = Pattern.compile(
            "(" + CUE + ")?(?:ngay\\s{1,6})?(\\d{1,2})\\s{0,2}(?:/|-|\\.|\\s{1,6}thang\\s{1,6})\\s{0,2}(\\d{1,2})\\s{0,2}"
            + "(?:/|-|\\.|,?\\s{1,6}nam\\s{1,6})\\s{0,2}(\\d{4})(?!\\d)");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(" + CUE + ")?ngay\\s{1,6}(\\d{1,2})\\s{0,2}(?:/|\\s{1,6}thang\\s{1,6})(\\d{1,2})(?![\\d/])(?!\\s{0,2}(?:/|-|nam)\\s{0,2}\\d)"
            + "(\\s{1,6}hang\\s{1,6}nam)?");
    private static final Pattern RECURRING_MONTHLY = Pattern.compile(
            "(?:truoc\\s{1,6}|vao\\s{1,6})?ngay\\s{1,6}(\\d{1,2})\\s{1,6}(?:hang|moi)\\s{1,6}thang");
    private static final Pattern QUARTER = Pattern.compile(
            "quy\\s{1,6}" + ROMAN + "(?![a-z0-9])(?:\\s{0,2}(?:/|-|,?\\s{1,6}nam)\\s{0,2}(\\d{4}))?");
    private static final Pattern MONTH = Pattern.compile(
            "thang\\s{1,6}(\\d{1,2})(?:\\s{0,2}(?:/|-|,?\\s{1,6}nam)\\s{0,2}(\\d{4}))?(?![\\d/])");
    private static final Pattern YEAR_WITH_CUE = Pattern.compile(
            "(truoc|trong|hoan thanh(?: trong| truoc)?|cuoi|het|by the end of|by end of|before|in)\\s{1,6}(?:nam\\s{1,6})?(\\d{4})(?!\\d)");
    private static final Pattern MONTH_RANGE = Pattern.compile(
            "thang\\s{1,6}(\\d{1,2})\\s{0,3}(?:-|–|den)\\s{0,3}(?:thang\\s{1,6})?(\\d{1,2})\\s{0,2}(?:/|,?\\s{1,6}nam)\\s{0,2}(\\d{4})(?!\\d)");
    /** What opens a time at which work starts, not one by which it ends: "từ", "kể từ", "bắt đầu từ". */
    private static final Pattern STARTS = Pattern.compile("(?:^|\\s)(?:ke |bat dau )?tu\\s{1,6}$");
    private static final Pattern YEAR_RANGE = Pattern.compile("(\\d{4})\\s{0,3}(?:-|–|den|to)\\s{0,3}(\\d{4})");
    private static final Pattern YEAR_ONLY = Pattern.compile("^\\s*(?:nam\\s{1,6})?(\\d{4})\\s*$");
    private static final Pattern EVERY = Pattern.compile("(hang|dinh ky|moi)\\s{1,6}(nam|quy|thang|tuan)|annually|every (year|month|quarter)");
    private static final Pattern ONGOING = Pattern.compile("thuong xuyen|lien tuc|ongoing|regularly");
    private static final Pattern URGENT_FOLDED = Pattern.compile("khan truong|khan cap|cap bach|ngay lap tuc|urgently|immediately|promptly|as soon as possible");
    private static final Pattern URGENT_LOWER = Pattern.compile("(?<![\\p{L}])(ngay|sớm)(?![\\p{L}])");
    private static final Pattern EN_DATE = Pattern.compile(
            "(by|before|on|until|no later than)\\s{1,6}(?:the\\s{1,6})?(?:end\\s{1,6}of\\s{1,6})?"
            + "(?:(" + Days.MONTH_NAMES + ")\\s{0,3}(\\d{1,2})?(?:st|nd|rd|th)?"
            + "|(\\d{1,2})(?:st|nd|rd|th)?\\s{1,6}(" + Days.MONTH_NAMES + "))"
            + "(?:,?\\s{1,6}(\\d{4}))?");
    private static final Pattern EN_QUARTER = Pattern.compile("(first|second|third|fourth)\\s{1,6}quarter(?:\\s{1,6}of\\s{1,6}(\\d{4}))?");

    /** Named days and the days of the year they fall on ({@code reader/named-days.tsv}). */
    private record NamedDay(MonthDay day, Phrases names) {
    }

    private static final List<NamedDay> NAMED_DAYS = Words.rows("named-days.tsv", 2).stream()
            .map(r -> new NamedDay(MonthDay.parse("--" + r[0]), Phrases.of(r[1], Phrases.Form.FOLDED))).toList();
    /** Each named day's phrase, folded, to its day of the year. */
    private static final java.util.Map<String, MonthDay> NAMED_DAY_OF = new java.util.HashMap<>();
    /** Any named day's phrase, as whole words of the folded text. */
    private static final Pattern NAMED_DAY = anyOf(NAMED_DAYS.stream().flatMap(n -> n.names().phrases().stream()
            .peek(name -> NAMED_DAY_OF.put(name, n.day()))).toList());
    /** Phrases for the end of the year the text speaks in. */
    private static final Pattern YEAR_END = anyOf(List.copyOf(
            Phrases.load(Phrases.Form.FOLDED, "vi/year-end.txt", "en/year-end.txt").phrases()));
    /** "2 tháng cuối năm", "ba tháng đầu năm 2025": the first or last months of a year. */
    private static final Pattern MONTHS_OF_YEAR = Pattern.compile(
            "(\\d{1,2}|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi)\\s{1,6}thang\\s{1,6}(dau|cuoi)\\s{1,6}nam(?:\\s{1,6}(\\d{4}))?");
    private static final List<String> NUMBER_WORDS = List.of("mot", "hai", "ba", "bon", "nam", "sau", "bay", "tam", "chin",
            "muoi");

    /**
     * Tết Nguyên đán (the lunar new year) by its own name, with the lunar year's name or the year after it, or as
     * "trước Tết", "dịp Tết" (not "đón Tết", which is what is done, not when); not the mid-autumn or children's Tết. Tết Dương lịch is the first of January.
     */
    private static final Pattern TET = Pattern.compile(
            "(?<![a-z])(?:(?:(?:truoc|dip|don|vui)\\s{1,6})?tet\\s{1,6}(?:nguyen\\s{1,6}dan|am\\s{1,6}lich|co\\s{1,6}truyen)"
            + "(?:\\s{1,6}(?:[a-z]{2,5}\\s{1,6}[a-z]{2,5}\\s{1,6})?(?:nam\\s{1,6})?(\\d{4})(?!\\d))?"
            + "|(?:truoc|dip)\\s{1,6}tet(?![a-z])(?!\\s{1,6}(?:trung\\s{1,6}thu|thieu\\s{1,6}nhi|doan\\s{1,6}ngo|han\\s{1,6}thuc|duong))"
            + "|tet\\s{1,6}duong\\s{1,6}lich(?:\\s{1,6}(?:nam\\s{1,6})?(\\d{4})(?!\\d))?)");
    /** The first day of the lunar year, Vietnamese calendar ({@code reader/lunar-new-years.tsv}). */
    private static final List<LocalDate> LUNAR_NEW_YEAR = Words.rows("lunar-new-years.tsv", 2).stream()
            .map(r -> LocalDate.parse(r[1])).toList();

    /**
     * "kỷ niệm 70 năm ngày Bác Hồ ra lời kêu gọi thi đua ái quốc (11/6/1948-11/6/2018)": an anniversary falls on the
     * later day of the pair.
     */
    private static final Pattern ANNIVERSARY = Pattern.compile(
            "ky niem[^()]{0,160}\\(\\s{0,2}\\d{1,2}/\\d{1,2}/\\d{4}\\s{0,2}[-–]\\s{0,2}(\\d{1,2})/(\\d{1,2})/(\\d{4})\\s{0,2}\\)");
    private static final Pattern PERIOD_DAY = Pattern.compile("ngay\\s{0,3}\\d|\\d{1,2}\\s{0,2}/\\s{0,2}\\d{1,2}|[a-z]+\\s\\d{1,2}(?!\\d)");

    private DeadlineParser() {
    }

    /**
     * The deadline in {@code text} (a task, its item or its heading). {@code table} is true for the time column of
     * a plan's table, where a bare year or a range of years is a time limit; in running text it is a scope.
     */
    static Deadline parse(String text, LocalDate reference, boolean table) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        // bold and italics ("trước **ngày 13 tháng 12**") are no part of the words: read them as spaces
        String f = Fold.fold(text).replace('*', ' ').replace('_', ' ');
        Deadline best = null;
        int year = reference != null ? reference.getYear() : -1;

        boolean digits = hasDigit(f);
        boolean english = f.contains(" by ") || f.contains("before") || f.contains(" on ") || f.contains("until")
                || f.contains("later than") || f.contains("quarter");
        Matcher m = RECURRING_MONTHLY.matcher(digits && f.contains("thang") ? f : "");
        if (m.find()) {
            int d = Integer.parseInt(m.group(1));
            LocalDate next = null;
            if (reference != null) {
                next = nextMonthly(reference, d);
            }
            return new Deadline(next, words(text, m), next != null ? DeadlineKind.RECURRING : DeadlineKind.ONGOING,
                    "hằng tháng", m.start());
        }
        m = FULL_DATE.matcher(digits ? f : "");
        while (m.find()) {
            boolean cue = m.group(1) != null;
            if (!cue && !table || starts(f, m.start()) || f.substring(Math.max(0, m.start() - 6), m.start()).endsWith("thang ")) {
                // "từ ngày 20/11/2025" starts the work; "tháng 11 - 12/2025" are months
                continue;
            }
            LocalDate d = Days.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)));
            if (d != null && (reference == null || !d.isBefore(reference))) {
                best = later(best, new Deadline(d, words(text, m), DeadlineKind.DATE, null, m.start()));
            }
        }
        m = DAY_MONTH.matcher(digits && f.contains("ngay") ? f : "");
        while (m.find()) {
            boolean cue = m.group(1) != null;
            boolean yearly = m.group(4) != null;
            if ((!cue && !table && !yearly) || year < 0 || starts(f, m.start())) {
                continue;
            }
            LocalDate d = Days.of(year, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)));
            if (d != null && d.isBefore(reference)) {
                d = Days.of(year + 1, d.getMonthValue(), d.getDayOfMonth());
            }
            if (d != null) {
                if (yearly) {
                    return new Deadline(d, words(text, m), DeadlineKind.RECURRING, "hằng năm", m.start());
                }
                best = later(best, new Deadline(d, words(text, m), DeadlineKind.DATE, null, m.start()));
            }
        }
        m = QUARTER.matcher(f.contains("quy i") || f.contains("quy v") || digits && f.contains("quy ") ? f : "");
        while (m.find()) {
            int y = m.group(2) != null ? Integer.parseInt(m.group(2)) : year;
            int q = quarter(m.group(1));
            if (y > 0 && q > 0) {
                LocalDate d = Days.of(y, q * 3, 1);
                if (d != null && (table || reference == null || !d.withDayOfMonth(d.lengthOfMonth()).isBefore(reference))) {
                    best = later(best, new Deadline(d.withDayOfMonth(d.lengthOfMonth()), words(text, m), DeadlineKind.DATE, null, m.start()));
                }
            }
        }
        m = MONTHS_OF_YEAR.matcher(f.contains("thang dau nam") || f.contains("thang cuoi nam") ? f : "");
        while (m.find()) {
            int y = m.group(3) != null ? Integer.parseInt(m.group(3)) : year;
            int months = m.group(1).chars().allMatch(Character::isDigit) ? Integer.parseInt(m.group(1))
                    : NUMBER_WORDS.indexOf(m.group(1)) + 1;
            if (y > 0 && months >= 1 && months <= 12) {
                LocalDate d = m.group(2).equals("dau") ? Days.of(y, months, 1) : Days.of(y, 12, 31);
                d = d == null ? null : d.withDayOfMonth(d.lengthOfMonth());
                if (d == null || !table && reference != null && d.isBefore(reference)) {
                    continue;
                }
                best = later(best, new Deadline(d, words(text, m), DeadlineKind.DATE, null, m.start()));
            }
        }
        m = MONTH_RANGE.matcher(digits && f.contains("thang") ? f : "");
        while (m.find()) {
            // "tháng 11 - 12/2025": by the end of the last month
            LocalDate d = Days.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), 1);
            if (d != null && !starts(f, m.start())) {
                best = later(best, new Deadline(d.withDayOfMonth(d.lengthOfMonth()), words(text, m), DeadlineKind.DATE, null, m.start()));
            }
        }
        if (best == null) {
            m = MONTH.matcher(digits && f.contains("thang") ? f : "");
            while (m.find()) {
                if (starts(f, m.start())) {
                    continue;
                }
                int y = m.group(2) != null ? Integer.parseInt(m.group(2)) : year;
                int mo = Integer.parseInt(m.group(1));
                boolean cued = m.group(2) != null || table || m.start() >= 6 && f.substring(Math.max(0, m.start() - 12), m.start())
                        .matches("(?s).*(trong|truoc|vao|het|cuoi)\\s{1,6}$");
                if (y > 0 && mo >= 1 && mo <= 12 && cued && !preceededByDay(f, m.start())) {
                    LocalDate d = Days.of(y, mo, 1);
                    if (!table && reference != null && d.withDayOfMonth(d.lengthOfMonth()).isBefore(reference)) {
                        continue;
                    }
                    best = later(best, new Deadline(d.withDayOfMonth(d.lengthOfMonth()), words(text, m), DeadlineKind.DATE, null, m.start()));
                }
            }
        }
        m = EN_DATE.matcher(english ? f : "");
        while (m.find()) {
            String month = m.group(2) != null ? m.group(2) : m.group(5);
            String dayText = m.group(3) != null ? m.group(3) : m.group(4);
            int y = m.group(6) != null ? Integer.parseInt(m.group(6)) : year;
            int mo = Days.month(month);
            if (y > 0 && mo > 0) {
                LocalDate d = dayText != null ? Days.of(y, mo, Integer.parseInt(dayText)) : Days.of(y, mo, 1);
                if (d != null && dayText == null) {
                    d = d.withDayOfMonth(d.lengthOfMonth());
                }
                if (d != null && reference != null && m.group(6) == null && d.isBefore(reference)) {
                    d = d.plusYears(1);
                }
                if (d != null) {
                    best = later(best, new Deadline(d, words(text, m), DeadlineKind.DATE, null, m.start()));
                }
            }
        }
        m = EN_QUARTER.matcher(english ? f : "");
        while (m.find()) {
            int y = m.group(2) != null ? Integer.parseInt(m.group(2)) : year;
            int q = switch (m.group(1)) {
                case "first" -> 1;
                case "second" -> 2;
                case "third" -> 3;
                default -> 4;
            };
            if (y > 0) {
                LocalDate d = Days.of(y, q * 3, 1);
                best = later(best, new Deadline(d.withDayOfMonth(d.lengthOfMonth()), words(text, m), DeadlineKind.DATE, null, m.start()));
            }
        }
        if (table) {
            m = YEAR_RANGE.matcher(f);
            while (m.find()) {
                int y2 = Integer.parseInt(m.group(2));
                best = later(best, new Deadline(Days.of(y2, 12, 31), words(text, m), DeadlineKind.DATE, null, m.start()));
            }
            m = YEAR_ONLY.matcher(f);
            if (m.find()) {
                best = later(best, new Deadline(Days.of(Integer.parseInt(m.group(1)), 12, 31), words(text, m), DeadlineKind.DATE, null, m.start()));
            }
        }
        if (best == null) {
            m = YEAR_WITH_CUE.matcher(digits ? f : "");
            while (m.find()) {
                int y = Integer.parseInt(m.group(2));
                LocalDate d = m.group(1).startsWith("truoc") || m.group(1).equals("before") ? Days.of(y - 1, 12, 31) : Days.of(y, 12, 31);
                if (d != null && (reference == null || !d.isBefore(reference))) {
                    best = later(best, new Deadline(d, words(text, m), DeadlineKind.DATE, null, m.start()));
                }
            }
        }
        if (year > 0) {
            m = NAMED_DAY.matcher(f);
            while (m.find()) {
                MonthDay md = NAMED_DAY_OF.get(m.group(1).replaceAll("[^\\p{L}\\p{N}&]+", " "));
                if (md != null) {
                    LocalDate d = md.atYear(year);
                    if (d.isBefore(reference)) {
                        d = md.atYear(year + 1);
                    }
                    best = later(best, new Deadline(d, words(text, m), DeadlineKind.DATE, null, m.start()));
                }
            }
        }
        m = ANNIVERSARY.matcher(f.contains("ky niem") ? f : "");
        while (m.find()) {
            LocalDate d = Days.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            if (d != null && (reference == null || !d.isBefore(reference))) {
                best = later(best, new Deadline(d, words(text, m), DeadlineKind.DATE, null, m.start()));
            }
        }
        m = TET.matcher(f.contains("tet") ? f : "");
        while (m.find()) {
            LocalDate d = tet(m, reference);
            if (d != null) {
                best = later(best, new Deadline(d, words(text, m), DeadlineKind.DATE, null, m.start()));
            }
        }
        if (best == null && year > 0) {
            m = YEAR_END.matcher(f);
            if (m.find()) {
                best = new Deadline(LocalDate.of(year, 12, 31), words(text, m), DeadlineKind.DATE, null, m.start());
            }
        }
        if (best != null) {
            return best;
        }
        m = EVERY.matcher(f.contains("hang ") || f.contains("dinh ky") || f.contains("moi ") || f.contains("annually")
                || f.contains("every") ? f : "");
        if (m.find()) {
            return new Deadline(null, words(text, m), DeadlineKind.ONGOING, words(text, m), m.start());
        }
        m = ONGOING.matcher(f.contains("thuong xuyen") || f.contains("lien tuc") || f.contains("ongoing") || f.contains("regularly")
                ? f : "");
        if (m.find()) {
            return new Deadline(null, words(text, m), DeadlineKind.ONGOING, null, m.start());
        }
        m = URGENT_FOLDED.matcher(f);
        if (m.find()) {
            return new Deadline(null, words(text, m), DeadlineKind.URGENT, null, m.start());
        }
        m = URGENT_LOWER.matcher(f.contains("ngay") || f.contains("som") ? text.toLowerCase(java.util.Locale.ROOT) : "");
        if (m.find()) {
            return new Deadline(null, text.substring(m.start(), m.end()), DeadlineKind.URGENT, null, m.start());
        }
        return null;
    }

    /** Whether the words of a time limit name a period (a quarter, months, a year's end) rather than a day. */
    static boolean isPeriod(String words) {
        if (words == null) {
            return false;
        }
        String f = Fold.fold(words);
        return !PERIOD_DAY.matcher(f).find() && (f.contains("quy") || f.contains("thang") || f.contains("nam")
                || f.contains("year") || f.contains("quarter"));
    }

    /** The day of the Tết the words name: of the year they give, else the next one from the reference day. */
    private static LocalDate tet(Matcher m, LocalDate reference) {
        boolean solar = m.group().contains("duong");
        String y = solar ? m.group(2) : m.group(1);
        if (y != null) {
            int year = Integer.parseInt(y);
            if (solar) {
                return Days.of(year, 1, 1);
            }
            for (LocalDate d : LUNAR_NEW_YEAR) {
                if (d.getYear() == year) {
                    return d;
                }
            }
            return null;
        }
        if (reference == null) {
            return null;
        }
        if (solar) {
            return LocalDate.of(reference.getYear() + 1, 1, 1);
        }
        for (LocalDate d : LUNAR_NEW_YEAR) {
            if (!d.isBefore(reference)) {
                return d;
            }
        }
        return null;
    }

    private static boolean hasDigit(String f) {
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static boolean preceededByDay(String f, int at) {
        String before = f.substring(Math.max(0, at - 10), at);
        // a line break may stand in the words before it ("... số 4347/QĐ-BVHTTDL\nngày 14 tháng 11 năm 2025")
        return before.matches("(?s).*ngay\\s{1,6}\\d{1,2}\\s{1,6}$");
    }

    private static LocalDate nextMonthly(LocalDate reference, int d) {
        for (int i = 0; i < 3; i++) {
            LocalDate month = reference.withDayOfMonth(1).plusMonths(i);
            LocalDate cand = month.withDayOfMonth(Math.min(Math.max(1, d), month.lengthOfMonth()));
            if (cand.isAfter(reference)) {
                return cand;
            }
        }
        return null;
    }

    private static int quarter(String r) {
        return switch (r) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            case "iv", "4" -> 4;
            default -> 0;
        };
    }

    private static Deadline later(Deadline a, Deadline b) {
        if (a == null) {
            return b;
        }
        if (b == null || b.day() == null) {
            return a;
        }
        return a.day() == null || b.day().isAfter(a.day()) ? b : a;
    }

    /** A pattern for any of the phrases (words of a folded text, joined by single spaces) as whole words. */
    private static Pattern anyOf(List<String> phrases) {
        List<String> sorted = new java.util.ArrayList<>(phrases);
        sorted.sort(java.util.Comparator.comparingInt(String::length).reversed());
        StringBuilder sb = new StringBuilder("(?<![\\p{L}\\p{N}])(");
        for (int i = 0; i < sorted.size(); i++) {
            sb.append(i == 0 ? "" : "|").append(Pattern.quote(sorted.get(i)).replace(" ", "\\E[^\\p{L}\\p{N}&]{1,6}\\Q"));
        }
        return Pattern.compile(sb.append(")(?![\\p{L}\\p{N}])").toString());
    }

    private static String words(String text, Matcher m) {
        return text.substring(m.start(), m.end()).strip();
    }
}
