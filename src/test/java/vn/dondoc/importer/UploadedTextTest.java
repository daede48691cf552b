package vn.dondoc.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
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

    @Test
    void aWordFileIsReadWithItsParagraphsAndTableRows() throws IOException {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Ban Bí thư yêu cầu:");
            var run = doc.createParagraph().createRun();
            run.setText("Ban Tổ chức & Văn phòng");
            run.addTab();
            run.setText("rà soát");
            XWPFTable table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("Cơ quan");
            table.getRow(0).getCell(1).setText("Việc");
            table.getRow(1).getCell(0).setText("Ban Tổ chức");
            table.getRow(1).getCell(1).setText("rà soát <cán bộ>");
            doc.write(out);
            docx = out.toByteArray();
        }
        assertEquals("Ban Bí thư yêu cầu:\nBan Tổ chức & Văn phòng\trà soát\n| Cơ quan | Việc |\n| Ban Tổ chức | rà soát <cán bộ> |",
                UploadedText.fromFile("van-ban.docx", docx, LIMIT));
    }

    @Test
    void aWordFileThatUnpacksToAHugeTextIsRefusedAtTheTextLimit() throws IOException {
        // 256 MB of one letter packs into a quarter of a megabyte; reading stops at the 2 MB the text may hold
        byte[] docx = zip("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas."
                + "openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>", "a", 256 * 1024 * 1024,
                "</w:t></w:r></w:p></w:body></w:document>");
        assertTrue(docx.length < 1024 * 1024, docx.length + " bytes");
        assertEquals(ImportError.TOO_LARGE, assertThrows(ImportProblem.class, () -> UploadedText.fromFile("bom.docx", docx, LIMIT)).error());
    }

    @Test
    void aWordFileOfMarkupThatUnpacksPastTheLimitIsRefused() throws IOException {
        // no text at all, so only the limit on what it unpacks to stops it
        byte[] docx = zip("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>",
                "<w:p/>", 20 * 1024 * 1024, "</w:body></w:document>");
        assertEquals(ImportError.TOO_COMPLEX, assertThrows(ImportProblem.class, () -> UploadedText.fromFile("bom.docx", docx, LIMIT)).error());
    }

    @Test
    void aWordFileOfThousandsOfPartsIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i <= WordText.MAX_ENTRIES; i++) {
                zip.putNextEntry(new ZipEntry("word/media/p" + i + ".xml"));
                zip.write('x');
                zip.closeEntry();
            }
        }
        assertEquals(ImportError.TOO_COMPLEX,
                assertThrows(ImportProblem.class, () -> UploadedText.fromFile("parts.docx", bytes.toByteArray(), LIMIT)).error());
    }

    @Test
    void aWordFileNestedTooDeeplyIsRefused() throws IOException {
        byte[] docx = zip("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>",
                "<w:sdt><w:sdtContent>", 1000, "");
        assertEquals(ImportError.TOO_COMPLEX, assertThrows(ImportProblem.class, () -> UploadedText.fromFile("deep.docx", docx, LIMIT)).error());
    }

    @Test
    void aWordFileWithADocumentTypeIsNotExpanded() throws IOException {
        byte[] docx = zip("word/document.xml", "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>", "&x;", 1,
                "</w:t></w:r></w:p></w:body></w:document>");
        assertEquals(ImportError.BINARY, assertThrows(ImportProblem.class, () -> UploadedText.fromFile("xxe.docx", docx, LIMIT)).error());
    }

    @Test
    void htmlNestedTooDeeplyIsRefused() {
        String html = "<html><body>" + "<div>".repeat(5000) + "Ban Tổ chức rà soát" + "</div>".repeat(5000) + "</body></html>";
        assertEquals(ImportError.TOO_COMPLEX, assertThrows(ImportProblem.class,
                () -> UploadedText.fromFile("a.html", html.getBytes(StandardCharsets.UTF_8), LIMIT)).error());
    }

    @Test
    void anHtmlFileOfFarMoreMarkupThanTextCanHoldIsRefusedUnparsed() {
        byte[] html = ("<html><body><p>" + " ".repeat(UploadedText.HTML_MARKUP_PER_TEXT * 1000) + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
        assertEquals(ImportError.TOO_COMPLEX, assertThrows(ImportProblem.class, () -> UploadedText.fromFile("a.html", html, 1000)).error());
    }

    /** A zip of one part: the opening, the unit {@code times} over, and the closing. */
    private static byte[] zip(String name, String opening, String unit, int times, String closing) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(opening.getBytes(StandardCharsets.UTF_8));
            int perBlock = Math.min(times, 1 << 16);
            byte[] block = unit.repeat(perBlock).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < times / perBlock; i++) {
                zip.write(block);
            }
            zip.write(unit.repeat(times % perBlock).getBytes(StandardCharsets.UTF_8));
            zip.write(closing.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void anHtmlPageOfTooManyTagsIsRefusedBeforeItIsParsed() {
        String page = "<html><body><p>Bộ Tài chính chủ trì.</p>" + "<i>x</i>".repeat(UploadedText.MAX_HTML_TAGS / 2) + "</body></html>";
        assertEquals(ImportError.TOO_COMPLEX, assertThrows(ImportProblem.class,
                () -> UploadedText.fromFile("tags.html", page.getBytes(StandardCharsets.UTF_8), 2_000_000)).error());
        String fewer = "<html><body><p>Bộ Tài chính chủ trì.</p>" + "<i>x</i>".repeat(1000) + "</body></html>";
        assertTrue(UploadedText.fromFile("tags.html", fewer.getBytes(StandardCharsets.UTF_8), 2_000_000).startsWith("Bộ Tài chính chủ trì."));
    }
}
