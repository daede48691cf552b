package vn.dondoc.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UploadedTextTest {

    private static final long LIMIT = 2 * 1024 * 1024;

    @Test
    void pastedHtmlBecomesLinesWithTableRowsAsBars() {
        String html = "<div><h2>Nhiệm vụ</h2><ol><li>Rà soát</li><li>Báo cáo</li></ol>"
                + "<table><tr><th>Cơ quan</th><th>Việc</th></tr><tr><td>Ban Tổ chức</td><td>rà soát</td></tr></table></div>";
        assertEquals("Nhiệm vụ\n1. Rà soát\n2. Báo cáo\n| Cơ quan | Việc |\n| Ban Tổ chức | rà soát |", UploadedText.fromPaste(html, LIMIT));
    }

    @Test
    void plainPasteIsKeptAsItIs() {
        assertEquals("  Rà soát <cán bộ>\n\nxong", UploadedText.fromPaste("  Rà soát <cán bộ>\n\nxong", LIMIT));
    }

    @Test
    void controlCharactersMeanBinary() {
        ImportProblem problem = assertThrows(ImportProblem.class,
                () -> UploadedText.fromFile("a.txt", "abc\u0001def".getBytes(StandardCharsets.UTF_8), LIMIT));
        assertEquals(ImportError.BINARY, problem.error());
    }

    @Test
    void malformedUtf8IsRefused() {
        byte[] bytes = {'a', (byte) 0xC3, '(', 'b'};
        assertEquals(ImportError.BINARY, assertThrows(ImportProblem.class, () -> UploadedText.fromFile("a.txt", bytes, LIMIT)).error());
    }

    @Test
    void theFileTypeComesFromTheName() {
        assertEquals(ImportError.UNSUPPORTED_TYPE,
                assertThrows(ImportProblem.class, () -> UploadedText.fromFile("a.doc", new byte[] {1}, LIMIT)).error());
        assertEquals("Rà soát", UploadedText.fromFile("A.TXT", "Rà soát".getBytes(StandardCharsets.UTF_8), LIMIT));
    }

    @Test
    void aFileOverTheLimitIsRefused() {
        assertEquals(ImportError.TOO_LARGE,
                assertThrows(ImportProblem.class, () -> UploadedText.fromFile("a.txt", new byte[11], 10)).error());
    }
}
