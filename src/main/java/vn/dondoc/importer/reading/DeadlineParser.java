package vn.dondoc.importer.reading;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.task.DeadlineKind;

/**
 * Reads the time limit (thời hạn) of a task from its words: dates, months, quarters, halves, years and year
 * ranges, recurring days, named days, and the words for urgent or ongoing work. Works on folded text, so the
 * offsets of what it finds are offsets in the original.
 */
final class DeadlineParser {

    /** What was read: the day (or null), the words, the kind, how it recurs. */
    record Deadline(LocalDate day, String words, DeadlineKind kind, String recurrence, int start) {
    }

    /** The hour a notice may put before the day: "trước 17 giờ ngày 6/9/2024", "trước 17h30 ngày ...". */
    private static final String HOUR = "(?:\\d{1,2}\\s{0,2}(?:gio|h)(?:\\s{0,2}\\d{1,2}(?:\\s{0,2}phut)?)?,?\\s{1,3})?";
    private static final String CUE = "(?:(?:truoc|cham nhat|han chot|hoan thanh|xong|trong|vao|den|by|before|no later than|on or before|until)"
            + "(?: ngay| thoi han| the end of| end of)?\\s{1,3}" + HOUR + ")";
    private static final String ROMAN = "(iv|i{1,3}|[1-4])";
    private static final Pattern FULL_DATE = Pattern.compile(
            "(" + CUE + ")?(?:ngay\\s{1,3})?(\\d{1,2})\\s{0,2}(?:/|-|\\.|\\s{1,3}thang\\s{1,3})\\s{0,2}(\\d{1,2})\\s{0,2}"
            + "(?:/|-|\\.|,?\\s{1,3}nam\\s{1,3})\\s{0,2}(\\d{4})(?!\\d)");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(" + CUE + ")?ngay\\s{1,3}(\\d{1,2})\\s{0,2}(?:/|\\s{1,3}thang\\s{1,3})(\\d{1,2})(?![\\d/])(?!\\s{0,2}(?:/|-|nam)\\s{0,2}\\d)"
            + "(\\s{1,3}hang\\s{1,3}nam)?");
    private static final Pattern RECURRING_MONTHLY = Pattern.compile(
            "(?:truoc\\s{1,3}|vao\\s{1,3})?ngay\\s{1,3}(\\d{1,2})\\s{1,3}(?:hang|moi)\\s{1,3}thang");
    private static final Pattern QUARTER = Pattern.compile(
            "quy\\s{1,3}" + ROMAN + "(?![a-z0-9])(?:\\s{0,2}(?:/|-|,?\\s{1,3}nam)\\s{0,2}(\\d{4}))?");
    private static final Pattern HALF = Pattern.compile(
            "(?:6|sau)\\s{1,3}thang\\s{1,3}(dau|cuoi)\\s{1,3}nam(?:\\s{1,3}(\\d{4}))?");
    private static final Pattern MONTH = Pattern.compile(
            "thang\\s{1,3}(\\d{1,2})(?:\\s{0,2}(?:/|-|,?\\s{1,3}nam)\\s{0,2}(\\d{4}))?(?![\\d/])");
    private static final Pattern YEAR_WITH_CUE = Pattern.compile(
            "(truoc|trong|hoan thanh(?: trong| truoc)?|cuoi|het|by the end of|by end of|before|in)\\s{1,3}(?:nam\\s{1,3})?(\\d{4})(?!\\d)");
    private static final Pattern YEAR_RANGE = Pattern.compile("(\\d{4})\\s{0,3}(?:-|–|den|to)\\s{0,3}(\\d{4})");
    private static final Pattern YEAR_ONLY = Pattern.compile("^\\s*(?:nam\\s{1,3})?(\\d{4})\\s*$");
    private static final Pattern EVERY = Pattern.compile("(hang|dinh ky|moi)\\s{1,3}(nam|quy|thang|tuan)|annually|every (year|month|quarter)");
    private static final Pattern ONGOING = Pattern.compile("thuong xuyen|lien tuc|ongoing|regularly");
    private static final Pattern URGENT_FOLDED = Pattern.compile("khan truong|khan cap|cap bach|ngay lap tuc|urgently|immediately|promptly|as soon as possible");
    private static final Pattern URGENT_LOWER = Pattern.compile("(?<![\\p{L}])(ngay|sớm)(?![\\p{L}])");
    private static final Pattern EN_DATE = Pattern.compile(
            "(by|before|on|until|no later than)\\s{1,3}(?:the\\s{1,3})?(?:end\\s{1,3}of\\s{1,3})?"
            + "(?:(january|february|march|april|may|june|july|august|september|october|november|december)\\s{0,3}(\\d{1,2})?(?:st|nd|rd|th)?"
            + "|(\\d{1,2})(?:st|nd|rd|th)?\\s{1,3}(january|february|march|april|may|june|july|august|september|october|november|december))"
            + "(?:,?\\s{1,3}(\\d{4}))?");
    private static final Pattern EN_QUARTER = Pattern.compile("(first|second|third|fourth)\\s{1,3}quarter(?:\\s{1,3}of\\s{1,3}(\\d{4}))?");
    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december"};

    /** Named days (ngày lễ, ngày kỷ niệm), one alternative each, and their days of the year in the same order. */
    private static final Pattern NAMED_DAY = Pattern.compile(String.join("|",
            "(quoc khanh|national day)",
            "(thuong binh\\W{0,5}liet s[iy]|war invalids and martyrs)",
            "(cach mang thang tam|cach mang thang 8|august revolution)",
            "(giai phong mien nam|thong nhat dat nuoc|reunification day)",
            "(quoc te lao dong|international labou?r day)",
            "(ngay sinh chu tich ho chi minh|sinh nhat bac)",
            "(ngay thanh lap dang|thanh lap dang cong san viet nam)",
            "(quoc phong toan dan|thanh lap quan doi nhan dan)",
            "(ngay nha giao viet nam)",
            "(ngay thay thuoc viet nam)",
            "(ngay phu nu viet nam)",
            "(quoc te phu nu)",
            "(chien thang dien bien phu)",
            "(bao chi cach mang viet nam)",
            "(dai doan ket toan dan toc)",
            "(ngay phap luat)",
            "(truyen thong cong an nhan dan)"));
    private static final MonthDay[] NAMED_DAYS = {MonthDay.of(9, 2), MonthDay.of(7, 27), MonthDay.of(8, 19), MonthDay.of(4, 30),
        MonthDay.of(5, 1), MonthDay.of(5, 19), MonthDay.of(2, 3), MonthDay.of(12, 22), MonthDay.of(11, 20), MonthDay.of(2, 27),
        MonthDay.of(10, 20), MonthDay.of(3, 8), MonthDay.of(5, 7), MonthDay.of(6, 21), MonthDay.of(11, 18), MonthDay.of(11, 9),
        MonthDay.of(8, 19)};

    /**
     * Tết Nguyên đán (the lunar new year) by its own name, with the lunar year's name or the year after it, or as
     * "trước Tết", "dịp Tết" (not "đón Tết", which is what is done, not when); not the mid-autumn or children's Tết. Tết Dương lịch is the first of January.
     */
    private static final Pattern TET = Pattern.compile(
            "(?<![a-z])(?:(?:(?:truoc|dip|don|vui)\\s{1,3})?tet\\s{1,3}(?:nguyen\\s{1,3}dan|am\\s{1,3}lich|co\\s{1,3}truyen)"
            + "(?:\\s{1,3}(?:[a-z]{2,5}\\s{1,3}[a-z]{2,5}\\s{1,3})?(?:nam\\s{1,3})?(\\d{4})(?!\\d))?"
            + "|(?:truoc|dip)\\s{1,3}tet(?![a-z])(?!\\s{1,3}(?:trung\\s{1,3}thu|thieu\\s{1,3}nhi|doan\\s{1,3}ngo|han\\s{1,3}thuc|duong))"
            + "|tet\\s{1,3}duong\\s{1,3}lich(?:\\s{1,3}(?:nam\\s{1,3})?(\\d{4})(?!\\d))?)");
    /** The first day of the lunar year, Vietnamese calendar, from 2020. */
    private static final LocalDate[] LUNAR_NEW_YEAR = {LocalDate.of(2020, 1, 25), LocalDate.of(2021, 2, 12),
        LocalDate.of(2022, 2, 1), LocalDate.of(2023, 1, 22), LocalDate.of(2024, 2, 10), LocalDate.of(2025, 1, 29),
        LocalDate.of(2026, 2, 17), LocalDate.of(2027, 2, 6), LocalDate.of(2028, 1, 26), LocalDate.of(2029, 2, 13),
        LocalDate.of(2030, 2, 3), LocalDate.of(2031, 1, 23), LocalDate.of(2032, 2, 11), LocalDate.of(2033, 1, 31),
        LocalDate.of(2034, 2, 19), LocalDate.of(2035, 2, 8)};

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
        String f = Fold.fold(text);
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
            if (!cue && !table) {
                continue;
            }
            LocalDate d = date(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)));
            if (d != null && (reference == null || !d.isBefore(reference))) {
                best = later(best, new Deadline(d, words(text, m), DeadlineKind.DATE, null, m.start()));
            }
        }
        m = DAY_MONTH.matcher(digits && f.contains("ngay") ? f : "");
        while (m.find()) {
            boolean cue = m.group(1) != null;
            boolean yearly = m.group(4) != null;
            if ((!cue && !table && !yearly) || year < 0) {
                continue;
            }
            LocalDate d = date(year, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)));
            if (d != null && d.isBefore(reference)) {
                d = date(year + 1, d.getMonthValue(), d.getDayOfMonth());
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
                LocalDate d = date(y, q * 3, 1);
                if (d != null && (table || reference == null || !d.withDayOfMonth(d.lengthOfMonth()).isBefore(reference))) {
                    best = later(best, new Deadline(d.withDayOfMonth(d.lengthOfMonth()), words(text, m), DeadlineKind.DATE, null, m.start()));
                }
            }
        }
        m = HALF.matcher(f.contains("thang dau nam") || f.contains("thang cuoi nam") ? f : "");
        while (m.find()) {
            int y = m.group(2) != null ? Integer.parseInt(m.group(2)) : year;
            if (y > 0) {
                LocalDate d = m.group(1).equals("dau") ? date(y, 6, 30) : date(y, 12, 31);
                if (d == null || !table && reference != null && d.isBefore(reference)) {
                    continue;
                }
                best = later(best, new Deadline(d, words(text, m), DeadlineKind.DATE, null, m.start()));
            }
        }
        if (best == null) {
            m = MONTH.matcher(digits && f.contains("thang") ? f : "");
            while (m.find()) {
                int y = m.group(2) != null ? Integer.parseInt(m.group(2)) : year;
                int mo = Integer.parseInt(m.group(1));
                boolean cued = m.group(2) != null || table || m.start() >= 6 && f.substring(Math.max(0, m.start() - 12), m.start())
                        .matches(".*(trong|truoc|vao|het|cuoi)\\s{1,3}$");
                if (y > 0 && mo >= 1 && mo <= 12 && cued && !preceededByDay(f, m.start())) {
                    LocalDate d = date(y, mo, 1);
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
            int mo = monthIndex(month);
            if (y > 0 && mo > 0) {
                LocalDate d = dayText != null ? date(y, mo, Integer.parseInt(dayText)) : date(y, mo, 1);
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
                LocalDate d = date(y, q * 3, 1);
                best = later(best, new Deadline(d.withDayOfMonth(d.lengthOfMonth()), words(text, m), DeadlineKind.DATE, null, m.start()));
            }
        }
        if (table) {
            m = YEAR_RANGE.matcher(f);
            while (m.find()) {
                int y2 = Integer.parseInt(m.group(2));
                best = later(best, new Deadline(date(y2, 12, 31), words(text, m), DeadlineKind.DATE, null, m.start()));
            }
            m = YEAR_ONLY.matcher(f);
            if (m.find()) {
                best = later(best, new Deadline(date(Integer.parseInt(m.group(1)), 12, 31), words(text, m), DeadlineKind.DATE, null, m.start()));
            }
        }
        if (best == null) {
            m = YEAR_WITH_CUE.matcher(digits ? f : "");
            while (m.find()) {
                int y = Integer.parseInt(m.group(2));
                LocalDate d = m.group(1).startsWith("truoc") || m.group(1).equals("before") ? date(y - 1, 12, 31) : date(y, 12, 31);
                if (d != null && (reference == null || !d.isBefore(reference))) {
                    best = later(best, new Deadline(d, words(text, m), DeadlineKind.DATE, null, m.start()));
                }
            }
        }
        if (year > 0 && (f.contains("ngay") || f.contains("day") || f.contains("quoc khanh") || f.contains("cach mang"))) {
            Matcher n = NAMED_DAY.matcher(f);
            while (n.find()) {
                int g = 1;
                while (g <= NAMED_DAYS.length && n.group(g) == null) {
                    g++;
                }
                if (g > NAMED_DAYS.length) {
                    continue;
                }
                MonthDay md = NAMED_DAYS[g - 1];
                LocalDate d = md.atYear(year);
                if (d.isBefore(reference)) {
                    d = md.atYear(year + 1);
                }
                best = later(best, new Deadline(d, words(text, n), DeadlineKind.DATE, null, n.start()));
            }
        }
        m = TET.matcher(f.contains("tet") ? f : "");
        while (m.find()) {
            LocalDate d = tet(m, reference);
            if (d != null) {
                best = later(best, new Deadline(d, words(text, m), DeadlineKind.DATE, null, m.start()));
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

    /** The day of the Tết the words name: of the year they give, else the next one from the reference day. */
    private static LocalDate tet(Matcher m, LocalDate reference) {
        boolean solar = m.group().contains("duong");
        String y = solar ? m.group(2) : m.group(1);
        if (y != null) {
            int year = Integer.parseInt(y);
            if (solar) {
                return date(year, 1, 1);
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
        return before.matches(".*ngay\\s{1,3}\\d{1,2}\\s{1,3}$");
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

    private static int monthIndex(String name) {
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].equals(name)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static LocalDate date(int y, int m, int d) {
        try {
            return y < 1900 || y > 2200 ? null : LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
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

    private static String words(String text, Matcher m) {
        return text.substring(m.start(), m.end()).strip();
    }
}
