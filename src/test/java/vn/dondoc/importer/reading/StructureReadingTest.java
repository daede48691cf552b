package vn.dondoc.importer.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dondoc.importer.reading.Readers.leadCodes;
import static vn.dondoc.importer.reading.Readers.read;
import static vn.dondoc.importer.reading.Readers.task;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StructureReadingTest {

    private static final LocalDate DAY = LocalDate.of(2024, 7, 10);

    @Test
    void dashedItemsAfterARequestAreTasksOfTheBodiesTheyName() {
        Reading r = read("Thay mặt Ban Bí thư, đồng chí Thường trực Ban Bí thư đề nghị:\n\n- Ban Tổ chức Trung ương chủ trì, phối hợp với Văn phòng "
                + "Trung ương Đảng hoàn thiện Đề án nhân sự đại hội trong tháng 9/2024.\n- Ban Tuyên giáo Trung ương đẩy mạnh tuyên truyền kỷ "
                + "niệm 79 năm Ngày Quốc khánh 2/9.", DAY);
        assertEquals(2, r.tasks().size());
        FoundTask first = task(r, "nhân sự đại hội");
        assertEquals(List.of("BTCTW"), leadCodes(first));
        assertEquals(LocalDate.of(2024, 9, 30), first.deadline());
        assertEquals(LocalDate.of(2024, 9, 2), task(r, "Quốc khánh").deadline());
    }

    @Test
    void ordinalWordsOpenItems() {
        Reading r = read("Thủ tướng Chính phủ yêu cầu:\nThứ nhất, Bộ Công an tăng cường bảo đảm trật tự an toàn giao thông.\n"
                + "Thứ hai, Bộ Y tế chỉ đạo phòng, chống dịch bệnh.", LocalDate.of(2024, 9, 1));
        assertEquals(List.of("BCA"), leadCodes(task(r, "giao thông")));
        assertEquals(List.of("BYT"), leadCodes(task(r, "dịch bệnh")));
    }

    @Test
    void numberedItemThatGivesWorkToABodyIsATaskWithoutAnIntroducingSentence() {
        Reading r = read("1. Bộ Tài chính chủ trì, phối hợp với Ngân hàng Nhà nước Việt Nam nghiên cứu giảm thuế giá trị gia tăng.",
                LocalDate.of(2024, 9, 1));
        FoundTask t = task(r, "giá trị gia tăng");
        assertEquals(List.of("BTC"), leadCodes(t));
        assertTrue(Readers.supports(t).contains("Ngân hàng Nhà nước Việt Nam"));
    }

    @Test
    void numberedReviewOfWhatABodyDidIsNotATask() {
        Reading r = read("1. Bộ Tài chính đã hoàn thành Đề án phát triển thị trường các-bon.", LocalDate.of(2024, 9, 1));
        assertTrue(r.tasks().isEmpty(), Readers.texts(r).toString());
    }

    @Test
    void englishItemsWithShallNameTheirOwners() {
        Reading r = read("The Prime Minister requested:\n1. The Ministry of National Defence and the Ministry of Public Security shall be ready "
                + "to deploy forces by August 31, 2024.", LocalDate.of(2024, 8, 20));
        FoundTask t = task(r, "deploy forces");
        assertEquals(List.of("BQP", "BCA"), leadCodes(t));
        assertEquals(LocalDate.of(2024, 8, 31), t.deadline());
    }

    @Test
    void requestInARunningParagraphGivesTheTaskToTheCollectiveNamed() {
        Reading r = read("Phát biểu kết luận, Thủ tướng yêu cầu các bộ, ngành, địa phương tập trung tháo gỡ khó khăn cho sản xuất kinh doanh. "
                + "Thủ tướng giao Bộ Tài chính chủ trì nghiên cứu giảm thuế giá trị gia tăng, trình Chính phủ trong tháng 9/2024.",
                LocalDate.of(2024, 8, 2));
        FoundTask all = task(r, "tháo gỡ");
        assertTrue(all.text().startsWith("tập trung"));
        assertTrue(all.owners().stream().allMatch(FoundOwner::group));
        assertTrue(leadCodes(all).contains("UBND_TINH"));
        FoundTask tax = task(r, "giá trị gia tăng");
        assertEquals(List.of("BTC"), leadCodes(tax));
        assertEquals(LocalDate.of(2024, 9, 30), tax.deadline());
    }

    @Test
    void resolutionArticlesAfterQuyetNghiAreTasksOfTheBodyThatExistedThen() {
        Reading r = read("NGHỊ QUYẾT\nQUYẾT NGHỊ:\nĐiều 1. Bộ Kế hoạch và Đầu tư chủ trì tổng hợp báo cáo trước ngày 15 tháng 3 năm 2025.",
                LocalDate.of(2025, 3, 5));
        FoundTask t = task(r, "tổng hợp báo cáo");
        assertEquals(List.of("BTC"), leadCodes(t), "the ministry merged into Bộ Tài chính on 1 March 2025");
        assertEquals(LocalDate.of(2025, 3, 15), t.deadline());
        assertEquals("Nghị quyết", r.title());
        assertEquals("nghi-quyet", r.kind());
    }

    @Test
    void sentencesAfterARequestThatOpenWithABodyAndItsVerbAreTasksOfThatBody() {
        Reading r = read("Đồng chí Thường trực Ban Bí thư kết luận như sau: Ban Dân vận Trung ương đã chủ động tham mưu nhiều nội dung. "
                + "Đề nghị Ban Dân vận Trung ương tổng kết công tác dân vận năm 2024, báo cáo Ban Bí thư trước ngày 15/12/2024. "
                + "Ban Tổ chức Trung ương phối hợp hướng dẫn kiện toàn tổ chức bộ máy cơ quan dân vận các cấp. "
                + "Văn phòng Trung ương Đảng theo dõi, đôn đốc việc thực hiện.", LocalDate.of(2024, 10, 3));
        assertEquals(3, r.tasks().size(), Readers.texts(r).toString());
        assertEquals(List.of("BDVTW"), leadCodes(task(r, "tổng kết")));
        assertEquals(List.of("BTCTW"), leadCodes(task(r, "kiện toàn")));
        assertEquals(List.of("VPTW"), leadCodes(task(r, "đôn đốc")));
    }

    @Test
    void sentenceWithABodyAndItsVerbIsNoTaskWithoutARequestBeforeIt() {
        Reading r = read("Trong 6 tháng đầu năm, các đảng bộ hoàn thành tốt nhiệm vụ. Ban Tổ chức Trung ương phối hợp hướng dẫn "
                + "công tác cán bộ.", LocalDate.of(2024, 6, 20));
        assertTrue(r.tasks().isEmpty(), Readers.texts(r).toString());
    }

    @Test
    void anArticleTitleInTheBoldItsNumberOpenedOnTheNextLineStillMarksATextOfRules() {
        Reading r = read("QUYẾT ĐỊNH\nQuy định phân công nhiệm vụ quản lý nhà nước về giá\n**Điều 1.\nPhạm vi điều chỉnh**\n"
                + "Quyết định này quy định về phân công nhiệm vụ quản lý nhà nước về giá.\n**Điều 3.\nBình ổn giá**\n"
                + "2. Ủy ban nhân dân cấp xã có trách nhiệm tổ chức triển khai thực hiện các biện pháp bình ổn giá trên địa bàn.",
                LocalDate.of(2025, 11, 28));
        assertTrue(r.tasks().isEmpty(), Readers.texts(r).toString());
    }

    @Test
    void whatALetterQuotesFromALawIsNotItsOwnInstruction() {
        Reading r = read("CÔNG VĂN\nVề việc trả lời chính sách thuế\nCăn cứ Điều 25 Thông tư số 111/2013/TT-BTC của Bộ Tài chính, quy định:\n"
                + "“*Điều 25. Khấu trừ thuế và chứng từ khấu trừ thuế*\n"
                + "*a) Tổ chức, cá nhân trả thu nhập có trách nhiệm khấu trừ thuế thu nhập cá nhân trước khi trả thu nhập.*\n"
                + "*b) Cục Thuế hướng dẫn người nộp thuế kê khai theo quy định*.”\n"
                + "Đề nghị Sở Tài chính hướng dẫn doanh nghiệp thực hiện theo các quy định nêu trên.", LocalDate.of(2025, 12, 2));
        assertEquals(1, r.tasks().size(), Readers.texts(r).toString());
        task(r, "hướng dẫn doanh nghiệp");
    }

    @Test
    void aConsolidatedTextRestatesRulesWhateverItsKindLine() {
        Reading r = read("|\n**BỘ QUỐC PHÒNG**\n-------\n|\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n|\n|\n"
                + "Số: 92/VBHN-BQP\n|\n*Hà Nội, ngày 24 tháng 11 năm 2025 *\n|\n**QUYẾT ĐỊNH**\nVề thực hiện chế độ đối với quân nhân\n"
                + "QUYẾT ĐỊNH:\n"
                + "**Điều 7.** Bộ Tài chính có trách nhiệm bố trí ngân sách hàng năm để thực hiện chế độ.", LocalDate.of(2025, 11, 24));
        assertTrue(r.tasks().isEmpty(), Readers.texts(r).toString());
        assertEquals("van-ban-hop-nhat", r.kind());
    }

    @Test
    void theArchiveLineEndsTheListOfThoseWhoReceiveTheText() {
        Reading r = read("KẾ HOẠCH\nII. NHIỆM VỤ\n1. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.\n"
                + "- Chính phủ; - Ban Tổ chức Trung ương; - Các Bộ, cơ quan ngang Bộ; - Lưu: HC, PLTP. | TM. ỦY BAN NHÂN DÂN\n"
                + "- Tổ chức tuyên truyền.", LocalDate.of(2025, 6, 16));
        assertEquals(1, r.tasks().size(), Readers.texts(r).toString());
    }
}
