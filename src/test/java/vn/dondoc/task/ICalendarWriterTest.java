package vn.dondoc.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ICalendarWriterTest {

    @Test
    void commasSemicolonsBackslashesAndLineBreaksAreEscaped() {
        assertEquals("a\\, b\\; c\\\\d\\ne\\nf", ICalendarWriter.escape("a, b; c\\d\ne\r\nf"));
    }

    @Test
    void aShortLineIsLeftWhole() {
        assertEquals("SUMMARY:Họp giao ban\r\n", ICalendarWriter.fold("SUMMARY:Họp giao ban"));
    }

    @Test
    void longVietnameseLinesAreFoldedAt75OctetsWithoutSplittingACharacter() {
        String line = "SUMMARY:" + "Đẩy mạnh phòng, chống tham nhũng, tiêu cực; ".repeat(6);
        String folded = ICalendarWriter.fold(line);
        assertTrue(folded.endsWith("\r\n"));
        String[] parts = folded.substring(0, folded.length() - 2).split("\r\n", -1);
        assertTrue(parts.length > 1);
        StringBuilder unfolded = new StringBuilder(parts[0]);
        for (int i = 0; i < parts.length; i++) {
            assertTrue(parts[i].getBytes(StandardCharsets.UTF_8).length <= 75, parts[i]);
            if (i > 0) {
                assertTrue(parts[i].startsWith(" "));
                unfolded.append(parts[i].substring(1));
            }
        }
        assertEquals(line, unfolded.toString());
    }
}
