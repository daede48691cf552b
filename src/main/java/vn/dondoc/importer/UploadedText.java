package vn.dondoc.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns what the clerk pasted or uploaded into plain text: one paragraph a line, table rows as
 * {@code | a | b |} lines (the form the reader and the reference texts share).
 */
final class UploadedText {

    /** C0 controls other than tab, line feed, form feed and carriage return, and DEL: never in a real text. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0E-\\x1F\\x7F]");
    private static final Pattern LOOKS_LIKE_HTML = Pattern.compile(
            "(?is)^\\s*(<!doctype html|<html|<body|<p[\\s>]|<div[\\s>]|<table[\\s>]|<h[1-6][\\s>]|<ul[\\s>]|<ol[\\s>]|<span[\\s>]|<meta[\\s>]).*");
    private static final List<String> BLOCKS = List.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
            "section", "article", "header", "footer", "main", "table", "ul", "ol", "pre", "dd", "dt", "figcaption", "address");

    /** The markup of an HTML file may be several times its text, but not without end: it is all parsed at once. */
    static final int HTML_MARKUP_PER_TEXT = 4;
    /** Elements inside elements in an HTML file: pages nest a few dozen deep. */
    static final int MAX_HTML_DEPTH = 200;
    /** Tags in an HTML file, counted before it is parsed: each becomes an object in memory. */
    static final int MAX_HTML_TAGS = 200_000;

    private UploadedText() {
    }

    /**
     * The text of an uploaded file, by its name's ending: .txt (UTF-8), .docx, .html or .htm. The limit is on the
     * text: a Word file with pictures may be far larger than the words it holds.
     */
    static String fromFile(String fileName, byte[] bytes, long maxBytes) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).strip();
        String text;
        if (name.endsWith(".txt") || name.endsWith(".text")) {
            if (bytes.length > maxBytes) {
                throw new ImportProblem(ImportError.TOO_LARGE);
            }
            text = strictUtf8(bytes);
        } else if (name.endsWith(".html") || name.endsWith(".htm")) {
            if (bytes.length > HTML_MARKUP_PER_TEXT * maxBytes) {
                throw new ImportProblem(ImportError.TOO_COMPLEX);
            }
            text = htmlToText(strictUtf8(bytes));
        } else if (name.endsWith(".docx")) {
            text = docxToText(bytes, maxBytes);
        } else {
            throw new ImportProblem(ImportError.UNSUPPORTED_TYPE);
        }
        return checked(text, maxBytes);
    }

    /** Pasted text; pasted HTML (a page's source) is turned into text as an .html file would be. */
    static String fromPaste(String pasted, long maxBytes) {
        String text = pasted == null ? "" : pasted;
        if (text.length() > maxBytes || text.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            throw new ImportProblem(ImportError.TOO_LARGE);
        }
        if (LOOKS_LIKE_HTML.matcher(text).matches()) {
            text = htmlToText(text);
        }
        return checked(text, maxBytes);
    }

    /** Bytes that must be UTF-8 text: anything else (another encoding, a binary file) is refused. */
    static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportProblem(ImportError.BINARY);
        }
    }

    private static String checked(String text, long maxBytes) {
        if (CONTROL.matcher(text).find()) {
            throw new ImportProblem(ImportError.BINARY);
        }
        if (text.isBlank()) {
            throw new ImportProblem(ImportError.EMPTY);
        }
        if (text.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            throw new ImportProblem(ImportError.TOO_LARGE);
        }
        return text;
    }

    static String docxToText(byte[] bytes, long maxBytes) {
        return tidy(WordText.read(bytes, maxBytes));
    }

    static String htmlToText(String html) {
        if (tags(html) > MAX_HTML_TAGS) {
            throw new ImportProblem(ImportError.TOO_COMPLEX);
        }
        Element body = Jsoup.parse(html).body();
        StringBuilder out = new StringBuilder();
        appendChildren(body, out, 0);
        return tidy(out.toString());
    }

    /** Opening and closing tags: a '<' followed by a letter or a slash. */
    private static int tags(String html) {
        int count = 0;
        for (int at = html.indexOf('<'); at >= 0 && at + 1 < html.length(); at = html.indexOf('<', at + 1)) {
            char next = html.charAt(at + 1);
            if (next == '/' || Character.isLetter(next)) {
                count++;
            }
        }
        return count;
    }

    private static void appendChildren(Element element, StringBuilder out, int depth) {
        if (depth > MAX_HTML_DEPTH) {
            throw new ImportProblem(ImportError.TOO_COMPLEX);
        }
        int item = 0;
        for (Node node : element.childNodes()) {
            if (node instanceof TextNode text) {
                String words = text.text();
                if (!words.isBlank() || !out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
                    out.append(words.replace('\u00A0', ' '));
                }
            } else if (node instanceof Element child) {
                String tag = child.normalName();
                if (tag.equals("script") || tag.equals("style") || tag.equals("head") || tag.equals("template")) {
                    continue;
                }
                if (tag.equals("br")) {
                    out.append('\n');
                } else if (tag.equals("tr")) {
                    newLine(out);
                    out.append(row(child.children().stream().filter(c -> c.normalName().equals("td") || c.normalName().equals("th"))
                            .map(Element::text).toList())).append('\n');
                } else if (BLOCKS.contains(tag)) {
                    newLine(out);
                    if (tag.equals("li")) {
                        item++;
                        out.append(element.normalName().equals("ol") ? item + ". " : "- ");
                    }
                    appendChildren(child, out, depth + 1);
                    newLine(out);
                } else {
                    appendChildren(child, out, depth + 1);
                }
            }
        }
    }

    private static void newLine(StringBuilder out) {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    static String row(List<String> cells) {
        return cells.stream().map(c -> c.replace('\n', ' ').strip()).collect(Collectors.joining(" | ", "| ", " |"));
    }

    /** Trailing spaces off every line, no run of more than one empty line, no empty lines at the ends. */
    private static String tidy(String text) {
        String lines = text.lines().map(String::stripTrailing).collect(Collectors.joining("\n"));
        return lines.replaceAll("\n{3,}", "\n\n").strip();
    }
}
