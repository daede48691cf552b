package vn.dondoc.importer.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dondoc.importer.reading.Readers.read;
import static vn.dondoc.importer.reading.Readers.task;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The task maker's doubts: what the reader tells the clerk to check, and how sure it is. */
class ConfidenceReadingTest {

    private static final LocalDate DAY = LocalDate.of(2024, 7, 10);

    @Test
    void aTaskWithItsOwnBodyAndDayIsSure() {
        FoundTask t = task(read("Ban Bí thư yêu cầu:\n1. Ban Tổ chức Trung ương rà soát quy hoạch cán bộ, hoàn thành trước ngày 30/9/2024.",
                DAY), "quy hoạch");
        assertEquals(List.of(), t.doubts());
        assertEquals(1.0, t.confidence());
        assertFalse(t.unsure());
    }

    @Test
    void aTaskThatNamesNobodyIsToBeChecked() {
        Reading r = read("Ban Bí thư yêu cầu:\n1. Tăng cường công tác tuyên truyền, kỷ niệm các ngày lễ lớn.", DAY);
        FoundTask t = task(r, "tuyên truyền");
        assertEquals(TaskDoubt.NO_OWNER_NAMED, t.doubts().get(0));
        assertTrue(t.unsure());
        assertTrue(r.warnings().contains(ReadingWarning.UNSURE_TASKS));
    }

    @Test
    void aBodyNotInTheListAndADayFromTheHeadingAreDoubts() {
        Reading r = read("NHIỆM VỤ TRỌNG TÂM QUÝ 3/2024\nBan Bí thư yêu cầu:\n1. Cục Biến đổi khí hậu hoàn thiện dự thảo Nghị định.", DAY);
        FoundTask t = task(r, "Nghị định");
        assertTrue(t.doubts().containsAll(List.of(TaskDoubt.NEW_BODY, TaskDoubt.DEADLINE_FROM_HEADING)), t.doubts().toString());
        assertEquals(LocalDate.of(2024, 9, 30), t.deadline());
        assertEquals(0.75, t.confidence());
    }

    @Test
    void aTaskReadFromRunningTextSaysSo() {
        FoundTask t = task(read("Phát biểu kết luận, Thủ tướng giao Bộ Tài chính nghiên cứu giảm thuế giá trị gia tăng.", DAY), "thuế");
        assertTrue(t.doubts().contains(TaskDoubt.RUNNING_TEXT));
    }

    @Test
    void theDoubtsAreOrderedMostSeriousFirst() {
        FoundTask t = task(read("Thủ tướng Chính phủ yêu cầu các cơ quan liên quan tăng cường kiểm tra an toàn thực phẩm.", DAY), "thực phẩm");
        for (int i = 1; i < t.doubts().size(); i++) {
            assertTrue(t.doubts().get(i - 1).weight() >= t.doubts().get(i).weight(), t.doubts().toString());
        }
        assertTrue(t.doubts().contains(TaskDoubt.OPEN_COLLECTIVE), t.doubts().toString());
    }
}
