package vn.dondoc.importer.reading;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Random and broken texts: the reader reads every one without an error escaping its rules (read here without the
 * safety net that turns an error into "reading failed"), with offsets that hold, and does not hang.
 */
class ReaderRobustnessTest {

    private static final String LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyÀÁẢÃẠĐ0123456789 ";
    private static final String SEPARATORS = "|;:.,-*()[]\n\t /\\\"'“”…";

    private static String seed() throws IOException {
        try (InputStream in = ReaderRobustnessTest.class.getResourceAsStream("/reference/seed-directive.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void check(String text) {
        Reading r = assertDoesNotThrow(() -> Readers.READER.readOrThrow(text, null));
        assertNotNull(r);
        assertFalse(r.warnings().contains(ReadingWarning.READING_FAILED), "reading failed");
        for (FoundTask t : r.tasks()) {
            assertEquals(t.text(), r.text().substring(t.start(), t.end()));
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void randomUnicodeNeverBreaksTheReader() {
        Random rnd = new Random(42);
        for (int i = 0; i < 300; i++) {
            StringBuilder sb = new StringBuilder();
            int n = rnd.nextInt(2000);
            for (int k = 0; k < n; k++) {
                int kind = rnd.nextInt(10);
                if (kind < 3) {
                    sb.append(SEPARATORS.charAt(rnd.nextInt(SEPARATORS.length())));
                } else if (kind < 5) {
                    sb.append((char) rnd.nextInt(0x10000));
                } else if (kind < 8) {
                    sb.append(LETTERS.charAt(rnd.nextInt(LETTERS.length())));
                } else {
                    sb.appendCodePoint(0x1F600 + rnd.nextInt(80));
                }
            }
            check(sb.toString());
        }
        check(null);
        check("");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void mutatedDirectivesNeverBreakTheReader() throws IOException {
        String seed = seed();
        Random rnd = new Random(7);
        List<String> lines = new ArrayList<>(List.of(seed.split("\n")));
        for (int i = 0; i < 200; i++) {
            int cut = rnd.nextInt(seed.length());
            check(seed.substring(0, cut));
            check(seed.substring(cut));
            Collections.shuffle(lines, rnd);
            check(String.join("\n", lines));
            StringBuilder sb = new StringBuilder(seed);
            for (int k = 0; k < 20; k++) {
                int at = rnd.nextInt(sb.length());
                sb.insert(at, SEPARATORS.charAt(rnd.nextInt(SEPARATORS.length())));
            }
            check(sb.toString());
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void degenerateShapesAreReadInBoundedTime() throws IOException {
        check("|".repeat(200_000));
        check(";".repeat(200_000));
        check("\n".repeat(200_000));
        check("1. ".repeat(50_000));
        check("các ".repeat(50_000) + "bộ");
        check("Bộ ".repeat(50_000));
        check("Cục Biến đổi khí hậu và ".repeat(20_000));
        check("ngày 1 tháng ".repeat(20_000));
        check("quý ".repeat(50_000));
        check("Thủ tướng Chính phủ yêu cầu:\n" + seed().replace("\n", " ").repeat(30));
        check("| TT | Nhiệm vụ | Cơ quan chủ trì |\n" + "| 1 | Xây dựng | Bộ Y tế |\n".repeat(5000));
        check("TT\nNhiệm vụ\nCơ quan chủ trì\n" + "1\n".repeat(10_000));
    }
}
