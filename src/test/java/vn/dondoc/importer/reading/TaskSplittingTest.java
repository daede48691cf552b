package vn.dondoc.importer.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dondoc.importer.reading.Readers.read;
import static vn.dondoc.importer.reading.Readers.task;
import static vn.dondoc.importer.reading.Readers.texts;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskSplittingTest {

    private static final LocalDate DAY = LocalDate.of(2024, 7, 10);
    private static final String HEADING = "Nhiệm vụ công tác trọng tâm quý 3/2024 và thời gian tới\n\n";

    @Test
    void semicolonBeforeANounPhraseDoesNotStartANewTask() {
        Reading r = read(HEADING + "Thúc đẩy, triển khai thực chất, hiệu quả các kết luận của Bộ Chính trị về tăng cường quan hệ "
                + "với các đối tác; Chương trình đối ngoại 6 tháng cuối năm 2024 của lãnh đạo chủ chốt.", DAY);
        assertEquals(1, r.tasks().size(), texts(r).toString());
        assertTrue(r.tasks().get(0).text().endsWith("lãnh đạo chủ chốt."));
    }

    @Test
    void semicolonBeforeAnActionVerbStartsANewTask() {
        Reading r = read(HEADING + "Tăng cường phòng, chống cháy, nổ, tai nạn giao thông; chủ động phòng, chống thiên tai, dịch bệnh...", DAY);
        assertEquals(List.of("Tăng cường phòng, chống cháy, nổ, tai nạn giao thông", "chủ động phòng, chống thiên tai, dịch bệnh..."),
                texts(r));
    }

    @Test
    void fullStopBeforeAnActionVerbStartsANewTask() {
        Reading r = read(HEADING + "Thúc đẩy cải cách hành chính, chuyển đổi số. Đẩy nhanh tiến độ các công trình, dự án quan trọng.", DAY);
        assertEquals(2, r.tasks().size());
        assertEquals("Thúc đẩy cải cách hành chính, chuyển đổi số.", r.tasks().get(0).text());
    }

    @Test
    void closingTimeLimitStaysWithTheClauseBeforeIt() {
        Reading r = read("Thủ tướng Chính phủ yêu cầu:\n3. Bộ Nông nghiệp và Phát triển nông thôn:\nb) Chủ trì, phối hợp với Bộ Tài nguyên "
                + "và Môi trường xác định tiềm năng giảm phát thải và hấp thụ các-bon từ rừng; hoàn thành trước ngày 31 tháng 10 năm "
                + "2024; xây dựng tiêu chuẩn quốc gia về tín chỉ các-bon rừng.", LocalDate.of(2024, 5, 2));
        assertEquals(2, r.tasks().size(), texts(r).toString());
        assertTrue(r.tasks().get(0).text().endsWith("hoàn thành trước ngày 31 tháng 10 năm 2024"));
        assertEquals(LocalDate.of(2024, 10, 31), r.tasks().get(0).deadline());
        assertEquals(null, r.tasks().get(1).deadline());
    }

    @Test
    void offsetsPointAtTheTaskInTheNormalisedText() {
        Reading r = read(" date 2024-07 " + HEADING + "Tăng cường kiểm tra, đôn đốc việc thực hiện Chương trình làm việc năm 2024.\r\n"
                + "Tổ chức tốt kỷ niệm Ngày Thương binh - Liệt sỹ.", null);
        assertFalse(r.tasks().isEmpty());
        for (FoundTask t : r.tasks()) {
            assertEquals(t.text(), r.text().substring(t.start(), t.end()));
        }
    }

    @Test
    void reviewPartPhotoCaptionAndSourceLineAreNotTasks() {
        Reading r = read("Tình hình, kết quả công tác nổi bật quý 2 và 6 tháng đầu năm 2024\n\n"
                + "Công tác tổ chức, cán bộ được thực hiện đồng bộ, kịp thời.\n\n" + HEADING
                + "Tăng cường kiểm tra, đôn đốc việc thực hiện Chương trình làm việc năm 2024 của Bộ Chính trị, Ban Bí thư.\n\n"
                + "Ông Lương Cường, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư phát biểu chỉ đạo hội nghị. (Ảnh: Phương Hoa/TTXVN)\n\n"
                + "Theo TTXVN", DAY);
        assertEquals(1, r.tasks().size(), texts(r).toString());
        assertEquals("Nhiệm vụ công tác trọng tâm quý 3/2024 và thời gian tới", r.tasks().get(0).section());
    }

    @Test
    void numberedSubItemsAreTasksAndTheIntroducingSentenceIsNot() {
        Reading r = read("Để kịp thời khắc phục hậu quả tai nạn nêu trên, Thủ tướng Chính phủ yêu cầu:\n\n"
                + "4. Bộ Xây dựng có trách nhiệm hỗ trợ người và phương tiện, thiết bị cứu nạn, cứu hộ.", LocalDate.of(2025, 7, 19));
        assertEquals(List.of("có trách nhiệm hỗ trợ người và phương tiện, thiết bị cứu nạn, cứu hộ."), texts(r));
    }

    @Test
    void praiseAndClosingLinesOfANoticeAreNotTasks() {
        Reading r = read("Phó Thủ tướng kết luận như sau:\n1. Đánh giá cao sự nỗ lực của Ngân hàng Nhà nước Việt Nam trong thời gian qua.\n"
                + "2. Bộ Công an tăng cường kiểm tra, xử lý nghiêm các hành vi buôn lậu vàng.\n"
                + "Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.", LocalDate.of(2024, 8, 15));
        assertEquals(1, r.tasks().size(), texts(r).toString());
        assertTrue(task(r, "buôn lậu vàng").text().startsWith("tăng cường kiểm tra"));
    }

    @Test
    void recipientListAndSignatureAreNotTasks() {
        Reading r = read("Thủ tướng Chính phủ yêu cầu:\n1. Bộ Tài chính hoàn thiện Đề án phát triển thị trường các-bon.\n"
                + "| *Nơi nhận:* - Ban Bí thư Trung ương Đảng; - Lưu: VT. | THỦ TƯỚNG     Phạm Minh Chính |\n| --- | --- |\n"
                + "Phạm Minh Chính", LocalDate.of(2024, 5, 2));
        assertEquals(1, r.tasks().size(), texts(r).toString());
    }

    @Test
    void sentencesBrokenAcrossLinesAndBoldMarkersAreReadAsOne() {
        Reading r = read("Thủ tướng Chính phủ chỉ thị:\n**1. Bộ Y tế**\na) Chủ trì, phối hợp với các bộ, ngành theo dõi chặt chẽ tình hình dịch bệnh,\n"
                + "kịp thời cảnh báo cho người dân.", LocalDate.of(2024, 9, 1));
        FoundTask t = task(r, "cảnh báo cho người dân");
        assertTrue(t.text().startsWith("Chủ trì"));
        assertEquals(List.of("BYT"), Readers.leadCodes(t));
    }

    @Test
    void aNewsStoryWithoutInstructionsHasNoTasks() {
        Reading r = read("Ngày 21/8, tại Trụ sở Trung ương Đảng, Bộ Chính trị làm việc với Ban Thường vụ Thành ủy Hà Nội và Thành phố Hồ Chí "
                + "Minh để cho ý kiến vào dự thảo văn kiện và phương án nhân sự cấp ủy trình Đại hội đại biểu Đảng bộ thành phố Hà Nội "
                + "và Thành phố Hồ Chí Minh, nhiệm kỳ 2025-2030. Tổng Bí thư Tô Lâm dự và chủ trì.", LocalDate.of(2025, 8, 21));
        assertTrue(r.tasks().isEmpty(), texts(r).toString());
        assertTrue(r.warnings().contains(ReadingWarning.NO_TASKS));
    }

    @Test
    void anAssignmentInARunningParagraphIsATask() {
        Reading r = read("Về việc lật tàu dịch vụ du lịch Vịnh Xanh 58, Thủ tướng Chính phủ gửi lời thăm hỏi ân cần tới người bị nạn; đồng thời chỉ "
                + "đạo Phó Thủ tướng Chính phủ Trần Hồng Hà trực tiếp có mặt tại hiện trường chỉ đạo công tác cứu hộ, cứu nạn.",
                LocalDate.of(2025, 7, 19));
        FoundTask t = task(r, "hiện trường");
        assertEquals("trực tiếp có mặt tại hiện trường chỉ đạo công tác cứu hộ, cứu nạn.", t.text());
        assertEquals(List.of("Phó Thủ tướng Chính phủ Trần Hồng Hà"), Readers.leads(t));
        assertTrue(r.warnings().contains(ReadingWarning.NO_TASK_SECTION));
    }

    @Test
    void decomposedTextReadsLikeComposedText() {
        String composed = HEADING + "Tiếp tục duy trì ổn định kinh tế vĩ mô, kiểm soát lạm phát, bảo đảm các cân đối lớn.";
        String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
        assertEquals(texts(read(composed, DAY)), texts(read(decomposed, DAY)));
        assertEquals(1, read(decomposed, DAY).tasks().size());
    }

    @Test
    void clauseThatOnlySaysWhenStaysWithTheTaskBeforeIt() {
        Reading r = read("Thủ tướng Chính phủ yêu cầu:\n4. Đề nghị Ủy ban Kiểm tra Trung ương tăng cường kiểm tra, giám sát việc thực hiện "
                + "công tác cán bộ; thực hiện thường xuyên.", LocalDate.of(2024, 8, 12));
        assertEquals(1, r.tasks().size(), Readers.texts(r).toString());
        assertEquals(DeadlineKind.ONGOING, r.tasks().get(0).deadlineKind());
    }

    @Test
    void theBodiesAfterPhoiHopVoiRunOnAcrossSemicolons() {
        Reading r = read("QUYẾT ĐỊNH:\nĐiều 2. Giao Sở Công Thương chủ trì, phối hợp với các Sở, ban, ngành của tỉnh; Ủy ban nhân dân "
                + "các xã, phường; các cơ quan, đơn vị và các doanh nghiệp, hợp tác xã có liên quan triển khai thực hiện Kế hoạch này.",
                LocalDate.of(2025, 11, 20));
        assertEquals(1, r.tasks().size(), texts(r).toString());
        FoundTask t = r.tasks().get(0);
        assertEquals("Sở Công Thương", t.owners().get(0).name());
        assertTrue(t.owners().stream().anyMatch(o -> o.role() == Role.SUPPORT && o.name().startsWith("Ủy ban nhân dân các xã")),
                t.owners().toString());
    }
}
