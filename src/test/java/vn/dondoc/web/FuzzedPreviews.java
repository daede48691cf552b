package vn.dondoc.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Hostile bodies for the import preview, made from real directive texts: the shared corpus beside the project when it
 * is there, the demo directive always. The same seed gives the same inputs, so that a failure can be sent again. Plain
 * JDK only: {@link RequestFuzzTest} uses it in the suite and {@link PreviewLoad} against a running application.
 */
final class FuzzedPreviews {

    /** The shared corpus, checked out beside the project (as the reader's corpus tests expect it). */
    static final Path CORPUS = Path.of("..", "shared", "corpus");

    /** One request: what it is made of, its Content-Type, its body and the query string of the preview (may be empty). */
    record Input(String kind, String contentType, byte[] body, String query) {

        /** Whether the point of the input is its Content-Type or multipart framing rather than its text. */
        boolean labelled() {
            return kind.startsWith("wrong-type") || kind.startsWith("broken-multipart");
        }

        String describe() {
            return kind + ", " + body.length + " bytes, " + contentType + (query.isEmpty() ? "" : ", ?" + query);
        }
    }

    private static final String[] KINDS = {"corpus", "truncated", "random-bytes", "spliced", "repeated", "odd-unicode", "wrong-dates",
        "wrong-type", "broken-multipart", "empty", "huge-line"};
    private static final String[] TYPES = {"application/json", "application/x-www-form-urlencoded", "multipart/form-data",
        "multipart/form-data; boundary=", "multipart/form-data; boundary=zz", "multipart/mixed; boundary=zz", "application/octet-stream",
        "x", "text/plain; charset=nope", "text/plain; charset=UTF-16", "text/html", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "text/plain; charset=ISO-8859-1", "*/*", ""};
    private static final String[] ODD = {"\u200B", "\u200D", "\u202E", "\u0301\u0301\u0301\u0301\u0301\u0301", "\u0000", "\uFFFF", "\u2028",
        "\uFEFF", "\uD83D\uDE00", "\u00A0", "\t", "\r", "\r\n\r\n\r\n", "\uFF11\uFF12/\uFF10\uFF19/\uFF12\uFF10\uFF12\uFF14", "\u0110\u01A0",
        "\u1EA0\u1EA1\u1EB8", "=HYPERLINK(\"http://x\",\"y\")", "<script>x</script>", "{#for}", "%s%n"};
    private static final String[] BAD_DATES = {"32/13/2024", "0/0/0", "29/02/2023", "31/04/99999", "31/12/-1", "99/99/9999",
        "quý V/2024", "tháng 13 năm 2024", "ngày 00 tháng 00 năm 0000", "1/1/1", "15/3"};
    private static final String[] QUERY_DATES = {"2024-07-10", "2024-02-30", "garbage", "99999-01-01", "-1", "", "2024-13-01",
        "10/07/2024", "\u0000", "x".repeat(300)};

    private final Random random;
    private final List<String> texts;
    private final int maxRepeatChars;
    private final int maxWindowChars;

    /**
     * @param maxRepeatChars the longest text made of one phrase repeated
     * @param maxWindowChars the longest part of a corpus text taken as it is
     */
    FuzzedPreviews(long seed, List<String> texts, int maxRepeatChars, int maxWindowChars) {
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("no texts to start from");
        }
        this.random = new Random(seed);
        this.texts = texts;
        this.maxRepeatChars = maxRepeatChars;
        this.maxWindowChars = maxWindowChars;
    }

    /** The demo directive, and the corpus texts (top level and unlabeled) if the corpus is there. */
    static List<String> texts(Path corpus) {
        List<String> all = new ArrayList<>();
        try (InputStream seed = FuzzedPreviews.class.getClassLoader().getResourceAsStream("reference/seed-directive.txt")) {
            if (seed != null) {
                all.add(new String(seed.readAllBytes(), StandardCharsets.UTF_8));
            }
            for (Path dir : new Path[] {corpus, corpus.resolve("unlabeled")}) {
                if (Files.isDirectory(dir)) {
                    try (Stream<Path> files = Files.list(dir)) {
                        for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                            all.add(Files.readString(f));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    Input next() {
        String kind = KINDS[random.nextInt(KINDS.length)];
        String text = window(texts.get(random.nextInt(texts.size())));
        String plain = "text/plain; charset=UTF-8";
        Input input = switch (kind) {
            case "corpus" -> new Input(kind, plain, utf8(text), "");
            case "truncated" -> {
                byte[] all = utf8(text);
                yield new Input(kind, plain, java.util.Arrays.copyOf(all, random.nextInt(all.length + 1)), "");
            }
            case "random-bytes" -> new Input(kind, random.nextBoolean() ? plain : "application/octet-stream", bytes(random.nextInt(4096)), "");
            case "spliced" -> new Input(kind, plain, spliced(utf8(text)), "");
            case "repeated" -> new Input(kind, plain, utf8(repeated(text)), "");
            case "odd-unicode" -> new Input(kind, plain, utf8(odd(text)), "");
            case "wrong-dates" -> new Input(kind, plain, utf8(text.replaceAll("\\d{1,2}/\\d{1,2}/\\d{4}", BAD_DATES[random.nextInt(BAD_DATES.length)])), "");
            case "wrong-type" -> new Input(kind, TYPES[random.nextInt(TYPES.length)], utf8(text), "");
            case "broken-multipart" -> new Input(kind, "multipart/form-data; boundary=zz", brokenMultipart(text), "");
            case "huge-line" -> new Input(kind, plain, utf8(text.replace('\n', ' ')), "");
            default -> new Input(kind, plain, new byte[0], "");
        };
        if (random.nextInt(4) == 0) {
            String date = QUERY_DATES[random.nextInt(QUERY_DATES.length)];
            input = new Input(input.kind() + "+date", input.contentType(), input.body(), "documentDate=" + URLEncoder.encode(date, StandardCharsets.UTF_8));
        }
        return input;
    }

    /** A part of a long text, so that a few thousand inputs stay within the time of a test run. */
    private String window(String text) {
        if (text.length() <= maxWindowChars) {
            return text;
        }
        int start = random.nextInt(text.length() - maxWindowChars);
        return text.substring(start, start + maxWindowChars);
    }

    private byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private byte[] spliced(byte[] text) {
        byte[] out = text.clone();
        for (int i = 0; i < 1 + random.nextInt(8) && out.length > 0; i++) {
            out[random.nextInt(out.length)] = (byte) random.nextInt(256);
        }
        return out;
    }

    private String repeated(String text) {
        String phrase;
        int kind = random.nextInt(4);
        if (kind == 0) {
            phrase = "giao ";
        } else if (kind == 1) {
            phrase = "1. ";
        } else {
            int start = text.isEmpty() ? 0 : random.nextInt(text.length());
            phrase = text.substring(start, Math.min(text.length(), start + 1 + random.nextInt(60)));
        }
        if (phrase.isEmpty()) {
            phrase = "- ";
        }
        int times = Math.max(1, random.nextInt(maxRepeatChars) / phrase.length());
        return phrase.repeat(times);
    }

    private String odd(String text) {
        StringBuilder out = new StringBuilder(random.nextBoolean() ? text : Normalizer.normalize(text, Normalizer.Form.NFD));
        for (int i = 0; i < 1 + random.nextInt(20); i++) {
            out.insert(random.nextInt(out.length() + 1), ODD[random.nextInt(ODD.length)]);
        }
        return out.toString();
    }

    private byte[] brokenMultipart(String text) {
        String part = "--zz\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n" + text;
        String body = switch (random.nextInt(5)) {
            case 0 -> part;
            case 1 -> part + "\r\n--yy--\r\n";
            case 2 -> "--zz\r\n\r\n" + text + "\r\n--zz--\r\n";
            case 3 -> "--zz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.docx\"\r\n\r\n" + text;
            default -> part + "\r\n--zz--\r\n";
        };
        byte[] all = utf8(body);
        return random.nextBoolean() ? all : java.util.Arrays.copyOf(all, random.nextInt(all.length + 1));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
