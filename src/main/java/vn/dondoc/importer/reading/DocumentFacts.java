package vn.dondoc.importer.reading;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a text says about itself: number, kind, title, date, issuer, and whether it speaks for the Party or the
 * Government.
 *
 * @param title     the subject line in sentence case ("Về tăng cường ..."), or the first line of a text without one
 * @param number    the document's number ("13/CT-TTg", "155-KL/TW"), or null
 * @param kind      the kind of document, from its kind line or its number, or null
 * @param ownTitle  the title as the text sets it, kind line included ("KẾ HOẠCH PHÁT TRIỂN ..."), for rules that read it
 * @param titleEnd  the offset after the kind line and subject lines of the title, or 0 for a text without a kind line
 */
record DocumentFacts(String title, String number, DocumentKind kind, String ownTitle, LocalDate date, String issuer,
        int bodyStart, int titleEnd, boolean party) {

    private static final Pattern FRAGMENT = Pattern.compile("^\\s*date\\s{1,3}(\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?\\s+");
    private static final Pattern PLACE_DATE = Pattern.compile(",\\s{0,3}ngay\\s{1,3}(\\d{1,2})\\s{1,3}thang\\s{1,3}(\\d{1,2})\\s{1,3}nam\\s{1,3}(\\d{4})");
    private static final Pattern FULL = Pattern.compile("(?<![\\d/])(\\d{1,2})\\s{0,2}/\\s{0,2}(\\d{1,2})\\s{0,2}/\\s{0,2}(\\d{4})(?!\\d)|ngay\\s{1,3}(\\d{1,2})\\s{1,3}thang\\s{1,3}(\\d{1,2})\\s{1,3}nam\\s{1,3}(\\d{4})");
    /** "Ngày 10/7, ..." at the start of a line; the spaces before it do not run over line ends (see SUBJECT_LINE). */
    private static final Pattern DAY_MONTH = Pattern.compile("(?:^|\\n)[^\\S\\n]*(?:(?:sang|chieu|toi|trua|dem)\\s{1,3})?(?:ngay\\s{1,3})?(?:hom nay\\s{1,3})?\\(?(\\d{1,2})\\s{0,2}/\\s{0,2}(\\d{1,2})\\)?(?![\\d/])");
    private static final Pattern NUMBER_LINE = Pattern.compile("(?i)so\\s{0,3}:?\\s{0,3}\\d");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20\\d\\d)(?!\\d)");
    private static final Pattern EN_DATE = Pattern.compile("(?i)\\b(" + Days.MONTH_NAMES + ")\\s{1,3}(\\d{1,2}),?\\s{1,3}(\\d{4})");
    /** "Số: 13/CT-TTg", "Số 155-KL/TW", "No 110/CD-TTg": the number on its line or cell of the header. */
    private static final Pattern NUMBER_FIELD = Pattern.compile("(?:^|\\n|\\|)[ \\t*]{0,8}(?:Số|SỐ|số|No\\.?|Number)[ \\t]{0,3}:?[ \\t]{0,3}"
            + "(\\d{1,5}(?:/\\d{4})?[/-][\\p{Lu}][\\p{L}\\d&]*(?:[/-][\\p{Lu}\\d][\\p{L}\\d&]*){0,3})");
    /** A number named with its kind in the opening lines: "Công điện số 114/CĐ-TTg", "KẾT LUẬN 155-KL/TW". */
    private static final Pattern NUMBER_IN_TEXT = Pattern.compile("(?:\\s(?:số|Số|SỐ|No\\.?)\\s{1,3}|\\s)"
            + "(\\d{1,5}(?:/\\d{4})?[/-][\\p{Lu}][\\p{L}\\d&]*(?:[/-][\\p{Lu}\\d][\\p{L}\\d&]*){0,3})");
    /** Verbs that say the number named in the opening lines is the text's own ("vừa ký Công điện số ..."). */
    private static final List<String> ISSUING = Words.lines("issuing-verbs.txt").stream().map(Fold::fold).toList();
    private static final List<String[]> SIDES = Words.rows("party-words.tsv", 2);
    private static final int NUMBER_FIELD_REACH = 3000;
    private static final int TITLE_REACH = 20_000;
    private static final int MAX_ISSUER_LINES = 4;
    /**
     * "V/v tăng cường ...": what a letter is about, in its header. What stands before it on its line is not let run
     * over line ends: blank lines would be tried again from each line start above them, which takes quadratic time.
     */
    private static final Pattern SUBJECT_LINE = Pattern.compile("(?m)^[|*\\t\\x0B\\f\\r ]*(?:V/v|V/V|Về việc)\\s*:?\\s*([^|\\n]{5,200}(?:\\n[^|\\n]{1,200})?)");
    /** "Loại văn bản: | Công văn": the kind a web page of the text states among its details. */
    private static final Pattern KIND_FIELD = Pattern.compile("(?:Loại văn bản|LOẠI VĂN BẢN|Document type)[ \\t*]*:[ \\t*|\\n]{0,12}([^|\\n*]{2,40})");

    /** How many lines the kind line may stand below the top (a web page puts its own details first). */
    private static final int MAX_TITLE_LINES = 200;
    private static final int NUMBER_TEXT_REACH = 600;

    static DocumentFacts read(String text) {
        int bodyStart = 0;
        Integer fragYear = null;
        Integer fragMonth = null;
        LocalDate date = null;
        Matcher fm = FRAGMENT.matcher(text.length() > 200 ? text.substring(0, 200) : text);
        if (fm.find()) {
            bodyStart = fm.end();
            fragYear = Integer.valueOf(fm.group(1));
            fragMonth = Integer.valueOf(fm.group(2));
            if (fm.group(3) != null) {
                date = Days.of(fragYear, fragMonth, Integer.parseInt(fm.group(3)));
            }
        }
        String head = text.substring(bodyStart, Math.min(text.length(), bodyStart + 4000));
        String folded = Fold.fold(head).replace('*', ' ').replace('_', ' ');
        if (date == null) {
            Matcher m = PLACE_DATE.matcher(folded);
            while (date == null && m.find()) {
                if (dateLine(folded, m.start() + 1, m.end())) {
                    date = Days.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
                }
            }
        }
        if (date == null) {
            Matcher m = DAY_MONTH.matcher(folded.substring(0, leadEnd(folded)));
            if (m.find()) {
                int year = fragYear != null ? fragYear : firstYear(Fold.fold(text.length() > 20000 ? text.substring(0, 20000) : text));
                if (year > 0) {
                    date = Days.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
                }
            }
        }
        if (date == null) {
            Matcher m = FULL.matcher(folded);
            while (date == null && m.find()) {
                date = !dateLine(folded, m.start(), m.end()) ? null : m.group(1) != null
                        ? Days.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)))
                        : Days.of(Integer.parseInt(m.group(6)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(4)));
            }
        }
        if (date == null) {
            Matcher m = EN_DATE.matcher(head);
            while (date == null && m.find()) {
                date = !dateLine(head, m.start(), m.end()) ? null : Days.of(Integer.parseInt(m.group(3)), Days.month(m.group(1)), Integer.parseInt(m.group(2)));
            }
        }
        String foldedAll = Fold.fold(text.length() > 50000 ? text.substring(0, 50000) : text);
        String[] titled = title(text, bodyStart);
        DocumentKind kind = titled[1] == null ? null : DocumentKind.named(Fold.fold(titled[1]));
        if (kind == null) {
            kind = DocumentKind.opening(Fold.fold(titled[0]));
        }
        String number = number(text, bodyStart, kind);
        if (kind == null) {
            kind = labelledKind(text);
        }
        DocumentKind numbered = DocumentKind.ofNumber(number);
        if (kind == null || numbered != null && numbered.rules() && !kind.rules()) {
            // "Số: 92/VBHN-BQP" over "QUYẾT ĐỊNH": a consolidated text restates the rules of the decision it names
            kind = numbered;
        }
        String subject = titled[2] != null ? titled[2] : titled[0];
        String title = cut(TitleCase.of(subject, text));
        if (title.isEmpty() && titled[1] != null) {
            title = TitleCase.of(titled[1], text);
        }
        return new DocumentFacts(title, number, kind, titled[0], date, issuer(text, bodyStart, folded), bodyStart,
                titled[3] == null ? 0 : Integer.parseInt(titled[3]),
                party(foldedAll));
    }

    /**
     * The document's number: from a "Số:" field of the header, else from the opening lines where the text names a
     * document of its own kind with it ("Công điện số 114/CĐ-TTg").
     */
    private static String number(String text, int bodyStart, DocumentKind kind) {
        String head = text.substring(bodyStart, Math.min(text.length(), bodyStart + NUMBER_FIELD_REACH));
        Matcher m = NUMBER_FIELD.matcher(head);
        if (m.find()) {
            return m.group(1);
        }
        String lead = text.substring(bodyStart, Math.min(text.length(), bodyStart + NUMBER_TEXT_REACH));
        m = NUMBER_IN_TEXT.matcher(lead);
        while (m.find()) {
            DocumentKind named = DocumentKind.ofNumber(m.group(1));
            String before = Fold.fold(lead.substring(Math.max(0, m.start() - 24), m.start()));
            String said = Fold.fold(lead.substring(Math.max(0, m.start() - 60), m.start()));
            int firstLine = lead.indexOf('\n', lead.length() - lead.stripLeading().length());
            boolean inTitle = firstLine < 0 || m.start() < firstLine;
            boolean issued = named == kind || inTitle || ISSUING.stream().anyMatch(v -> said.contains(" " + v + " "));
            if (named != null && (kind == null || named == kind) && issued && named.words().stream().anyMatch(before::endsWith)) {
                return m.group(1);
            }
        }
        return null;
    }

    /**
     * Whether the date at {@code start..end} stands on a date line of its own ("Hà Nội, 10/7/2024", "Ngày
     * 10/7/2024", a table cell, or the number-and-place line "Số: 13/CT-TTg Hà Nội, ngày ..." of a pasted PDF): a
     * date inside a sentence is a deadline or a reference, not the document's date.
     */
    private static boolean dateLine(String s, int start, int end) {
        int from = Math.max(s.lastIndexOf('\n', start - 1), s.lastIndexOf('|', start - 1)) + 1;
        String before = s.substring(from, start).strip();
        boolean place = before.isEmpty() || before.endsWith(",") && (before.length() <= 41
                && before.substring(0, before.length() - 1).chars().allMatch(c -> Character.isLetter(c) || c == ' ' || c == '.' || c == '-')
                || NUMBER_LINE.matcher(before).lookingAt());
        return (place || before.equalsIgnoreCase("ngay") || before.equalsIgnoreCase("date")) && endsLine(s, end);
    }

    private static boolean endsLine(String s, int end) {
        int i = end;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\r')) {
            i++;
        }
        return i == s.length() || s.charAt(i) == '\n' || s.charAt(i) == '|';
    }

    /** The end of the first three non-empty lines: a news report's lead ("Ngày 10/7, ...") opens the text. */
    private static int leadEnd(String s) {
        int lines = 0;
        int i = 0;
        while (i < s.length() && lines < 3) {
            int e = s.indexOf('\n', i);
            e = e < 0 ? s.length() : e;
            if (!s.substring(i, e).isBlank()) {
                lines++;
            }
            i = e + 1;
        }
        return Math.min(i, s.length());
    }

    /** Whether the text names the Party's bodies more often than the Government's ({@code reader/party-words.tsv}). */
    private static boolean party(String f) {
        int party = 0;
        int gov = 0;
        for (String[] row : SIDES) {
            for (String w : Words.items(row[1])) {
                int n = count(f, Fold.fold(w));
                if (row[0].equals("party")) {
                    party += n;
                } else {
                    gov += n;
                }
            }
        }
        return party > gov;
    }

    private static int count(String s, String w) {
        int n = 0;
        int i = s.indexOf(w);
        while (i >= 0 && n < 1000) {
            n++;
            i = s.indexOf(w, i + w.length());
        }
        return n;
    }

    private static int firstYear(String f) {
        Matcher m = YEAR.matcher(f);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** The kind the details of a web page give ("Loại văn bản: Công văn"), where the letters of a number mislead. */
    private static DocumentKind labelledKind(String text) {
        Matcher m = KIND_FIELD.matcher(text.length() > NUMBER_FIELD_REACH ? text.substring(0, NUMBER_FIELD_REACH) : text);
        return m.find() ? DocumentKind.named(Fold.fold(m.group(1).strip())) : null;
    }

    /** {the title as set, its kind line or null, its subject lines or null, the offset after them or null}. */
    private static String[] title(String whole, int bodyStart) {
        String text = runsAsLines(whole.substring(0, Math.min(whole.length(), bodyStart + TITLE_REACH)));
        int pos = bodyStart;
        String firstLine = null;
        int lines = 0;
        while (pos < text.length() && lines < MAX_TITLE_LINES) {
            int e = text.indexOf('\n', pos);
            if (e < 0) {
                e = text.length();
            }
            String line = text.substring(pos, e).replace("*", "").replaceFirst("^#+\\s+", "").strip();
            lines++;
            if (!line.isEmpty() && !line.startsWith("|")) {
                if (firstLine == null) {
                    firstLine = line;
                }
                String key = line.length() > 40 ? "" : Fold.fold(line).replaceAll("[^\\p{L} ]", "").strip();
                if (DocumentKind.named(key) != null && line.equals(line.toUpperCase(Locale.ROOT))) {
                    StringBuilder sb = new StringBuilder(line);
                    StringBuilder subjectLines = new StringBuilder();
                    int p2 = e + 1;
                    for (int k = 0; k < 6 && p2 < text.length(); k++) {
                        int e2 = text.indexOf('\n', p2);
                        if (e2 < 0) {
                            e2 = text.length();
                        }
                        String next = text.substring(p2, e2).replace("*", "").strip();
                        String nf = Fold.fold(next);
                        boolean subject = nf.startsWith("ve ") || nf.startsWith("v/v");
                        if (next.isEmpty() && subjectLines.isEmpty() && k == 0) {
                            p2 = e2 + 1;
                            continue;
                        }
                        if (next.isEmpty() || !subject && !next.equals(next.toUpperCase(Locale.ROOT)) || next.startsWith("|")
                                || Marker.startsItem(next, 0, next.length())
                                || next.endsWith(":")) {
                            break;
                        }
                        sb.append(' ').append(next);
                        subjectLines.append(subjectLines.isEmpty() ? "" : " ").append(next);
                        p2 = e2 + 1;
                    }
                    return new String[] {cut(sb.toString()), line, subjectLines.isEmpty() ? null : cut(subjectLines.toString()),
                        String.valueOf(Math.min(p2, whole.length()))};
                }
            }
            pos = e + 1;
        }
        String subject = subjectLine(text, bodyStart);
        if (subject != null) {
            return new String[] {subject, null, subject, null};
        }
        return new String[] {firstLine == null ? "" : cut(firstSentence(firstLine)), null, null, null};
    }

    /**
     * Bold runs set side by side ("**KẾT LUẬN****CỦA BỘ CHÍNH TRỊ****về ...**") are lines of a title pasted into one,
     * unless the second goes on with the same word or line: a space after the stars ("tỉnh An**** Giang"), or a small
     * letter after a space or a word begun before them ("Giang ****năm", "**V****ề việc s****ắp xếp"). A line break takes the place of the four
     * stars, so that offsets in the text stay those of the whole.
     */
    static String runsAsLines(String text) {
        StringBuilder sb = new StringBuilder(text);
        for (int at = text.indexOf("****"); at >= 0; at = text.indexOf("****", at + 4)) {
            int after = at + 4;
            char next = after < text.length() ? text.charAt(after) : ' ';
            boolean goesOn = Character.isWhitespace(next) || Character.isLowerCase(next) && wordGoesOn(text, at);
            if (!goesOn) {
                sb.replace(at, after, "**\n*");
            }
        }
        return sb.toString();
    }

    /**
     * Whether the line goes on across the stars at {@code at}: a space before them, or a word cut short (it ends in a
     * small letter, or is one capital).
     */
    private static boolean wordGoesOn(String text, int at) {
        char last = at > 0 ? text.charAt(at - 1) : '\n';
        if (last == ' ' || Character.isLowerCase(last)) {
            return true;
        }
        return Character.isUpperCase(last) && (at < 2 || !Character.isLetter(text.charAt(at - 2)));
    }

    /** The "V/v ..." line of a letter's header, which says what it is about, or null. */
    private static String subjectLine(String text, int bodyStart) {
        Matcher m = SUBJECT_LINE.matcher(text.substring(bodyStart, Math.min(text.length(), bodyStart + TITLE_REACH)));
        return m.find() ? cut(m.group(1).replaceAll("\\s+", " ").replace("*", "").strip()) : null;
    }

    private static String firstSentence(String line) {
        int dot = line.indexOf(". ");
        return dot > 20 ? line.substring(0, dot + 1) : line;
    }

    private static String cut(String s) {
        return s.length() > 200 ? s.substring(0, 200).strip() : s;
    }

    private static String issuer(String text, int bodyStart, String folded) {
        int pos = bodyStart;
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        if (pos < text.length() && text.charAt(pos) == '|') {
            int e = text.indexOf('\n', pos);
            String row = text.substring(pos + 1, e < 0 ? text.length() : e);
            if (row.isBlank()) {
                // a header table written with bars on lines of their own: the first cell's lines, down to its rule
                row = barCell(text, e + 1);
            }
            int bar = row.indexOf('|');
            String cell = (bar >= 0 ? row.substring(0, bar) : row).replace("*", "").replaceAll("-{2,}.*", "").strip();
            if (!cell.isEmpty() && cell.length() < 120) {
                return cell.replaceAll("\\s+", " ");
            }
        }
        String lines = headerLines(text, pos);
        if (lines != null) {
            return lines;
        }
        Matcher m = Pattern.compile("(pho thu tuong|thu tuong)(?: chinh phu)?[\\p{L} ]{0,40}?\\s(yeu cau|chi dao|ky|ket luan|giao)").matcher(folded);
        if (m.find()) {
            return m.group(1).startsWith("pho") ? "Phó Thủ tướng Chính phủ" : "Thủ tướng Chính phủ";
        }
        Matcher chair = Pattern.compile(",\\s([^,]{3,60}?)\\s(?:da\\s)?chu tri\\s(?:giao ban|hoi nghi|cuoc hop|buoi lam viec)").matcher(folded);
        if (chair.find()) {
            return text.substring(bodyStart + chair.start(1), bodyStart + chair.end(1)).strip();
        }
        if (folded.contains("prime minister")) {
            return "Prime Minister";
        }
        return null;
    }

    /**
     * "ỦY BAN NHÂN DÂN / TỈNH BẮC NINH / -------": the issuer's lines in capitals at the top of a header pasted
     * without its table, closed by a rule, the number or the national motto; null where the text opens otherwise.
     */
    private static String headerLines(String text, int from) {
        StringBuilder sb = new StringBuilder();
        int pos = from;
        for (int k = 0; k <= MAX_ISSUER_LINES && pos < text.length(); k++) {
            int e = text.indexOf('\n', pos);
            e = e < 0 ? text.length() : e;
            String line = text.substring(pos, e).replace("*", "").strip();
            String f = Fold.fold(line);
            if (line.startsWith("--") || line.startsWith("__") || f.startsWith("so:") || f.startsWith("so ")
                    || f.startsWith("cong hoa")) {
                return sb.isEmpty() ? null : sb.toString();
            }
            if (line.isEmpty() || !line.equals(line.toUpperCase(java.util.Locale.ROOT)) || line.chars().noneMatch(Character::isLetter)) {
                return null;
            }
            sb.append(sb.isEmpty() ? "" : " ").append(line);
            pos = e + 1;
        }
        return null;
    }

    /** The lines of a bar table's first cell from offset {@code from}, up to the rule under it or the next bar. */
    private static String barCell(String text, int from) {
        StringBuilder sb = new StringBuilder();
        int pos = from;
        for (int k = 0; k < MAX_ISSUER_LINES && pos > 0 && pos < text.length(); k++) {
            int e = text.indexOf('\n', pos);
            e = e < 0 ? text.length() : e;
            String line = text.substring(pos, e).replace("*", "").strip();
            if (line.startsWith("|") || line.startsWith("--") || line.startsWith("__")) {
                break;
            }
            sb.append(sb.isEmpty() ? "" : " ").append(line);
            pos = e + 1;
        }
        return sb.toString();
    }
}
