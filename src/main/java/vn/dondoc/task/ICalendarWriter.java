package vn.dondoc.task;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes an iCalendar text (RFC 5545): CRLF line ends, lines folded at 75 octets without splitting a UTF-8
 * character, and TEXT values escaped. Plain Java, so that the rules can be tested on their own.
 */
final class ICalendarWriter {

    private static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final StringBuilder out = new StringBuilder();

    /** A property whose value is written as it is (dates, URIs, names). */
    ICalendarWriter raw(String name, String value) {
        return line(name + ":" + value);
    }

    /** A TEXT property: backslash, semicolon, comma and line breaks are escaped. */
    ICalendarWriter text(String name, String value) {
        return line(name + ":" + escape(value));
    }

    ICalendarWriter date(String name, LocalDate day) {
        return line(name + ";VALUE=DATE:" + DATE.format(day));
    }

    ICalendarWriter stamp(String name, Instant at) {
        return line(name + ":" + STAMP.format(at));
    }

    String build() {
        return out.toString();
    }

    static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                case '\r' -> {
                    if (i + 1 >= value.length() || value.charAt(i + 1) != '\n') {
                        escaped.append("\\n");
                    }
                }
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** Splits a content line into lines of at most 75 octets; each continuation starts with one space. */
    static String fold(String line) {
        StringBuilder folded = new StringBuilder(line.length() + 16);
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                folded.append("\r\n ");
                octets = 0;
                limit = MAX_OCTETS - 1;
            }
            folded.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return folded.append("\r\n").toString();
    }

    private ICalendarWriter line(String content) {
        out.append(fold(content));
        return this;
    }
}
