package vn.dondoc.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Files are known by their bytes; their names are cleaned before they are kept or sent back. */
class FileKindTest {

    @Test
    void eachKindIsKnownByItsBytes() throws IOException {
        assertEquals(FileKind.PDF, FileKind.sniff(FollowUpResourceTest.PDF));
        assertEquals(FileKind.PNG, FileKind.sniff(FollowUpResourceTest.PNG));
        assertEquals(FileKind.JPEG, FileKind.sniff(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16}));
        assertEquals(FileKind.DOCX, FileKind.sniff(FollowUpResourceTest.docx()));
        assertNull(FileKind.sniff("chỉ là chữ".getBytes(StandardCharsets.UTF_8)));
        assertNull(FileKind.sniff(new byte[0]));
    }

    @Test
    void aZipCutShortOrWithABrokenDirectoryIsNoKind() throws IOException {
        byte[] docx = FollowUpResourceTest.docx();
        assertNull(FileKind.sniff(Arrays.copyOf(docx, docx.length - 10)));
        byte[] broken = docx.clone();
        broken[broken.length - 6] = 0x7f; // the directory's offset now points past the end
        assertNull(FileKind.sniff(broken));
    }

    @Test
    void theNameKeepsItsLastPartAndTheExtensionOfWhatTheBytesAre() {
        assertEquals("Báo cáo kết quả.pdf", FileKind.cleanName("C:\\Users\\a\\..\\Báo cáo kết quả.pdf", FileKind.PDF));
        assertEquals("bao_cao__.pdf", FileKind.cleanName("bao\"cao\r\n.PDF", FileKind.PDF));
        assertEquals("anh.jpeg", FileKind.cleanName("anh.jpeg", FileKind.JPEG));
        assertEquals("tep.png", FileKind.cleanName("...", FileKind.PNG));
        assertEquals(FileKind.MAX_NAME, FileKind.cleanName("a".repeat(500) + ".xlsx", FileKind.XLSX).length());
    }

    @Test
    void theDownloadNamesTheFileInAsciiAndInUtf8() {
        assertEquals("attachment; filename=\"Bao cao ket qua.pdf\"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20k%E1%BA%BFt%20qu%E1%BA%A3.pdf",
                AttachmentResource.disposition("Báo cáo kết quả.pdf"));
        assertEquals("attachment; filename=\"Don doc.pdf\"; filename*=UTF-8''%C4%90%C3%B4n%20%C4%91%E1%BB%91c.pdf",
                AttachmentResource.disposition("Đôn đốc.pdf"));
    }
}
