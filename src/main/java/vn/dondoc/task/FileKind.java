package vn.dondoc.task;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * The kinds of file a result may carry, each recognised by its bytes, never by its name or by what the browser
 * says: a PDF starts with {@code %PDF-}, PNG and JPEG with their signatures, and a Word or Excel file is a zip
 * whose directory names {@code word/document.xml} or {@code xl/workbook.xml}.
 */
public enum FileKind {
    PDF("application/pdf", List.of("pdf")),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx")),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx")),
    PNG("image/png", List.of("png")),
    JPEG("image/jpeg", List.of("jpg", "jpeg"));

    /** Entries read from a zip's central directory before giving up. */
    static final int MAX_ZIP_ENTRIES = 5000;
    static final int MAX_NAME = 150;

    public final String contentType;
    final List<String> extensions;

    FileKind(String contentType, List<String> extensions) {
        this.contentType = contentType;
        this.extensions = extensions;
    }

    /** The kind the file's name claims by its extension, or null. */
    static FileKind named(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).strip();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        for (FileKind kind : values()) {
            if (kind.extensions.contains(extension)) {
                return kind;
            }
        }
        return null;
    }

    /** The kind the bytes are, or null when they are none of these. */
    static FileKind sniff(byte[] bytes) {
        if (startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return PDF;
        }
        if (startsWith(bytes, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})) {
            return PNG;
        }
        if (startsWith(bytes, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff})) {
            return JPEG;
        }
        if (startsWith(bytes, new byte[] {'P', 'K', 3, 4})) {
            List<String> names = zipNames(bytes);
            if (names.contains("word/document.xml")) {
                return DOCX;
            }
            if (names.contains("xl/workbook.xml")) {
                return XLSX;
            }
        }
        return null;
    }

    /**
     * A name safe to store and to send back: the last part of a path, letters, digits, spaces and {@code .-_()}
     * only, at most {@link #MAX_NAME} characters, ending with the extension of the kind the bytes are.
     */
    static String cleanName(String given, FileKind kind) {
        String name = given == null ? "" : given;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        int dot = name.lastIndexOf('.');
        String stem = dot < 0 ? name : name.substring(0, dot);
        StringBuilder clean = new StringBuilder();
        stem.codePoints().forEach(c -> clean.appendCodePoint(Character.isLetterOrDigit(c) || c == ' ' || c == '-' || c == '_'
                || c == '(' || c == ')' || c == '.' ? c : '_'));
        String result = clean.toString().replaceAll("\\s+", " ").replaceAll("^[ .]+|[ .]+$", "");
        if (result.isEmpty()) {
            result = "tep";
        }
        String extension = kind.extensions.contains(dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT))
                ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : kind.extensions.get(0);
        int room = MAX_NAME - extension.length() - 1;
        if (result.length() > room) {
            result = result.substring(0, result.offsetByCodePoints(0, result.codePointCount(0, room)));
        }
        return result + "." + extension;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The entry names of a zip, from its central directory (found through the end record in the last 64 KB),
     * every offset checked against the bytes; an empty list for anything that is not a readable zip.
     */
    static List<String> zipNames(byte[] zip) {
        int end = -1;
        for (int i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65535); i--) {
            if (int32(zip, i) == 0x06054b50) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            return List.of();
        }
        int entries = int16(zip, end + 10);
        long size = int32(zip, end + 12) & 0xffffffffL;
        long offset = int32(zip, end + 16) & 0xffffffffL;
        if (entries > MAX_ZIP_ENTRIES || offset + size > end) {
            return List.of();
        }
        List<String> names = new java.util.ArrayList<>();
        int at = (int) offset;
        for (int n = 0; n < entries; n++) {
            if (at + 46 > end || int32(zip, at) != 0x02014b50) {
                return List.of();
            }
            int nameLength = int16(zip, at + 28);
            int extraLength = int16(zip, at + 30);
            int commentLength = int16(zip, at + 32);
            if (at + 46 + nameLength > end) {
                return List.of();
            }
            names.add(new String(zip, at + 46, nameLength, StandardCharsets.UTF_8));
            at += 46 + nameLength + extraLength + commentLength;
        }
        return names;
    }

    private static int int16(byte[] b, int at) {
        return at + 2 > b.length ? -1 : (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }

    private static int int32(byte[] b, int at) {
        return at < 0 || at + 4 > b.length ? 0
                : (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (b[at + 3] & 0xff) << 24;
    }
}
