package vn.dondoc.importer.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dondoc.importer.reading.Readers.leadCodes;
import static vn.dondoc.importer.reading.Readers.leads;
import static vn.dondoc.importer.reading.Readers.read;
import static vn.dondoc.importer.reading.Readers.task;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentReadingTest {

    private static final String HEADER = "| THỦ TƯỚNG CHÍNH PHỦ ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc  --------------- |\n"
            + "| --- | --- |\n| Số: 13/CT-TTg | *Hà Nội, ngày 02 tháng* *5 năm 2024* |\nCHỈ THỊ\n"
            + "VỀ TĂNG CƯỜNG CÔNG TÁC QUẢN LÝ TÍN CHỈ CÁC-BON\n";

    @Test
    void dateTitleAndIssuerComeFromTheHeaderBlock() {
        Reading r = read(HEADER + "Thủ tướng Chính phủ yêu cầu:\n1. Bộ Tài chính hoàn thiện Đề án phát triển thị trường các-bon.", null);
        assertEquals(LocalDate.of(2024, 5, 2), r.documentDate());
        assertEquals("Về tăng cường công tác quản lý tín chỉ các-bon", r.title());
        assertEquals("13/CT-TTg", r.number());
        assertEquals("chi-thi", r.kind());
        assertEquals("THỦ TƯỚNG CHÍNH PHỦ", r.issuer());
        assertEquals(1, r.tasks().size());
    }

    @Test
    void aTitleInCapitalsKeepsTheNamesAsTheTextWritesThem() {
        Reading r = read("THÔNG BÁO\nKẾT LUẬN CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ BÙI THANH SƠN TẠI BUỔI LÀM VIỆC VỚI TỈNH SƠN LA\n"
                + "Ngày 18 tháng 11 năm 2025, Phó Thủ tướng Chính phủ Bùi Thanh Sơn đã làm việc với lãnh đạo tỉnh Sơn La. "
                + "Phó Thủ tướng Chính phủ Bùi Thanh Sơn kết luận như sau: tỉnh Sơn La cần tập trung chỉ đạo.", null);
        assertEquals("Kết luận của Phó Thủ tướng Chính phủ Bùi Thanh Sơn tại buổi làm việc với tỉnh Sơn La", r.title());
        assertEquals("thong-bao", r.kind());
        assertEquals(null, r.number());
    }

    @Test
    void aPartyNumberAndAPressReportsNumberAreRead() {
        assertEquals("155-KL/TW", read("Số 155-KL/TW\nKẾT LUẬN\nCỦA BỘ CHÍNH TRỊ\n", null).number());
        Reading press = read("Thủ tướng Chính phủ vừa ký Công điện số 114/CĐ-TTg ngày 19/7/2025 về việc lật tàu.\n"
                + "Theo Nghị quyết số 57-NQ/TW, các bộ cần ...", null);
        assertEquals("114/CĐ-TTg", press.number());
        assertEquals("cong-dien", press.kind());
        Reading plan = read("KẾ HOẠCH\nPHÁT TRIỂN HẠ TẦNG SỐ\nTriển khai Nghị quyết số 57-NQ/TW của Bộ Chính trị, các sở cần ...", null);
        assertEquals(null, plan.number());
        assertEquals("ke-hoach", plan.kind());
    }

    @Test
    void givenDateWinsOverTheDateInTheText() {
        Reading r = read(HEADER + "Thủ tướng Chính phủ yêu cầu:\n1. Bộ Tài chính hoàn thiện Đề án.", LocalDate.of(2024, 5, 3));
        assertEquals(LocalDate.of(2024, 5, 3), r.documentDate());
    }

    @Test
    void headerFragmentGivesTheYearOfADayAndMonthAndIsNotTheTitle() {
        Reading r = read(" date 2024-07 Ngày 10/7, tại Trụ sở Trung ương Đảng, ông Lương Cường, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư "
                + "đã chủ trì giao ban với các ban đảng.", null);
        assertEquals(LocalDate.of(2024, 7, 10), r.documentDate());
        assertTrue(r.title().startsWith("Ngày 10/7"), r.title());
        assertEquals("Thường trực Ban Bí thư", r.issuer());
    }

    @Test
    void aDeadlineInATaskIsNotTheDocumentDate() {
        Reading r = read("Thủ tướng Chính phủ yêu cầu:\n1. Bộ Tài chính hoàn thiện Đề án, hoàn thành trước 17 giờ ngày 6/9/2024.\n"
                + "2. Bộ Công Thương báo cáo kết quả, ngày 20 tháng 9 năm 2024", null);
        assertEquals(null, r.documentDate());
        assertTrue(r.warnings().contains(ReadingWarning.NO_DOCUMENT_DATE));
        assertEquals(LocalDate.of(2024, 9, 6), task(r, "Đề án").deadline());
    }

    @Test
    void aDateLineWithoutTheWordsGivesTheDocumentDate() {
        Reading r = read("THÔNG BÁO\nHà Nội, 10/7/2024\nThủ tướng Chính phủ yêu cầu:\n1. Bộ Tài chính hoàn thiện Đề án trước ngày 6/9/2024.", null);
        assertEquals(LocalDate.of(2024, 7, 10), r.documentDate());
    }

    @Test
    void theNumberAndPlaceLineOfAPastedPdfGivesTheDocumentDate() {
        Reading r = read("Số: 13/CT-TTg Hà Nội, ngày 02 tháng 5 năm 2024\nThủ tướng Chính phủ yêu cầu:\n1. Bộ Tài chính hoàn thiện Đề án.", null);
        assertEquals(LocalDate.of(2024, 5, 2), r.documentDate());
    }

    @Test
    void textWithoutADateSaysSo() {
        Reading r = read("Thủ tướng Chính phủ yêu cầu:\n1. Bộ Tài chính hoàn thiện Đề án phát triển thị trường các-bon.", null);
        assertTrue(r.warnings().contains(ReadingWarning.NO_DOCUMENT_DATE));
    }

    @Test
    void eachRowOfAPlanTableIsATaskWithLeadSupportAndTime() {
        Reading r = read("PHỤ LỤC\nCÁC NHIỆM VỤ THỰC HIỆN KẾ HOẠCH\n*(Ban hành kèm theo Kế hoạch số 09/KH-BTNMT)*\n"
                + "| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện/ hoàn thành |\n| --- | --- | --- | --- | --- |\n"
                + "| 1. | Hoàn thiện dự thảo Nghị định để trình Chính phủ. | Cục Biến đổi khí hậu | Vụ Pháp chế và các đơn vị có liên quan thuộc Bộ TN&MT. | Tháng 8/2024 |\n"
                + "| 8. | Thiết lập chuyên trang truyền thông về thị trường các-bon. | Trung tâm Truyền thông TN&MT, Báo TN&MT | Cục Biến đổi khí hậu | 2024 - 2025 |",
                LocalDate.of(2024, 8, 6));
        assertEquals(2, r.tasks().size(), Readers.texts(r).toString());
        FoundTask first = r.tasks().get(0);
        assertEquals("Hoàn thiện dự thảo Nghị định để trình Chính phủ.", first.text());
        assertEquals(List.of("Cục Biến đổi khí hậu"), leads(first));
        assertTrue(Readers.supports(first).contains("Vụ Pháp chế"));
        assertEquals(LocalDate.of(2024, 8, 31), first.deadline());
        FoundTask second = r.tasks().get(1);
        assertEquals(List.of("Trung tâm Truyền thông tài nguyên và môi trường", "Báo tài nguyên và môi trường"), leads(second));
        assertEquals(LocalDate.of(2025, 12, 31), second.deadline());
    }

    @Test
    void tableConvertedOneCellPerLineIsReadAsRows() {
        Reading r = read("PHỤ LỤC\nTT\nNhiệm vụ\nCơ quan chủ trì\nCơ quan phối hợp\nThời gian hoàn thành\n1\nXây dựng kế hoạch tiêm chủng năm 2025\n"
                + "Bộ Y tế\nBộ Tài chính\nQuý IV/2024\n2\nKiểm tra công tác phòng dịch\nBộ Y tế\nCác địa phương\nHằng năm\n", LocalDate.of(2024, 9, 1));
        assertEquals(2, r.tasks().size(), Readers.texts(r).toString());
        FoundTask plan = task(r, "tiêm chủng");
        assertEquals(List.of("BYT"), leadCodes(plan));
        assertEquals(LocalDate.of(2024, 12, 31), plan.deadline());
        FoundTask check = task(r, "phòng dịch");
        assertEquals(DeadlineKind.ONGOING, check.deadlineKind());
    }

    @Test
    void headingNamingTheBodyGivesItTheItemsOfThePart() {
        Reading r = read("II. NHIỆM VỤ CHỦ YẾU CỦA BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG\n2. Xây dựng và ban hành Kế hoạch giảm nhẹ phát thải khí nhà kính "
                + "của lĩnh vực quản lý chất thải.", LocalDate.of(2024, 8, 6));
        assertEquals(List.of("BTNMT"), leadCodes(task(r, "chất thải")));
    }

    @Test
    void bodiesAreLoadedFromTheTabSeparatedList() {
        List<KnownBody> bodies = KnownBody.fromTsv(new StringReader("code\tname\tname_en\tkind\taliases\tareas\tfrom\tuntil\tsuccessor\tevidence\n"
                + "BTNMT\tBộ Tài nguyên và Môi trường\tMinistry of Natural Resources and Environment\tministry\t\ttài nguyên, môi trường\t\t2025-03-01\tBNNMT\tC\n"
                + "\n"));
        assertEquals(1, bodies.size());
        KnownBody b = bodies.get(0);
        assertEquals(List.of("tài nguyên", "môi trường"), b.areas());
        assertEquals(LocalDate.of(2025, 3, 1), b.validUntil());
        assertFalse(b.existedOn(LocalDate.of(2025, 3, 1)));
        assertTrue(b.existedOn(LocalDate.of(2025, 2, 28)));
    }

    @Test
    void boldRunsSplitInsideAWordAreOneLineOfTheTitleAndRunsSideBySideAreLines() {
        Reading r = read("**NGHỊ QUYẾT**\n\n**V****ề việc s****ắp xếp các đơn vị hành chính cấp xã của tỉnh An**** Giang ****năm 2025**\n\n"
                + "Ủy ban Thường vụ Quốc hội yêu cầu:\n1. Bộ Nội vụ hướng dẫn thực hiện.", LocalDate.of(2025, 6, 16));
        assertEquals("Về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh An Giang năm 2025", r.title());
        assertEquals("**KẾT LUẬN**\n*CỦA BỘ CHÍNH TRỊ**\n*về một số nhiệm vụ**",
                DocumentFacts.runsAsLines("**KẾT LUẬN****CỦA BỘ CHÍNH TRỊ****về một số nhiệm vụ**"));
    }
}
