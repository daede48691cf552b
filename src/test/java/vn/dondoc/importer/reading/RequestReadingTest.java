package vn.dondoc.importer.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dondoc.importer.reading.Readers.leadCodes;
import static vn.dondoc.importer.reading.Readers.leads;
import static vn.dondoc.importer.reading.Readers.read;
import static vn.dondoc.importer.reading.Readers.task;
import static vn.dondoc.importer.reading.Readers.texts;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The requests stage: who is asked to do what in running text, in Vietnamese and in English. */
class RequestReadingTest {

    private static final LocalDate DAY = LocalDate.of(2025, 7, 17);

    @Test
    void englishRequestGerundGivesTheTaskToTheBodiesAfterIt() {
        Reading r = read("Prime Minister Phạm Minh Chính has issued an official dispatch urging all levels of government to intensify "
                + "efforts to implement the resolutions on restructuring the political system.", DAY);
        FoundTask t = task(r, "intensify efforts");
        assertTrue(t.text().startsWith("intensify"), t.text());
        assertTrue(t.owners().get(0).group(), t.owners().toString());
    }

    @Test
    void englishPassiveTaskedWithStartsTheTaskAfterWith() {
        Reading r = read("According to the dispatch, ministers, heads of ministerial-level agencies, and chairpersons of provincial and "
                + "municipal People's Committees are tasked with promptly processing administrative procedures related to land.", DAY);
        FoundTask t = task(r, "administrative procedures");
        assertTrue(t.text().startsWith("promptly processing"), t.text());
        assertTrue(t.owners().stream().anyMatch(FoundOwner::group));
    }

    @Test
    void theMinistriesOfAAndBAreOneMinistryEachNamedInEnglish() {
        Reading r = read("The Prime Minister called on the ministries of Agriculture and Environment, and Justice to urgently deploy "
                + "personnel to grassroots levels. These tasks must be completed by August 1.", DAY);
        FoundTask t = task(r, "deploy personnel");
        assertEquals(List.of("BNNMT", "BTP"), leadCodes(t));
        assertEquals(List.of("Ministry of Agriculture and Environment", "Ministry of Justice"), leads(t));
        assertEquals(LocalDate.of(2025, 8, 1), t.deadline(), "the sentence after dates what was just asked");
    }

    @Test
    void aSubjectWithShallOrMustInRunningTextIsAsked() {
        Reading r = read("The Minister of Finance was designated to coordinate with various ministries for the above task. The decision "
                + "stipulated that the Minister of Finance shall provide the committee with updates.", null);
        assertEquals(List.of("BTC"), leadCodes(task(r, "coordinate with")));
        assertEquals(List.of("BTC"), leadCodes(task(r, "provide the committee")));
    }

    @Test
    void theOfficeStandsForTheOfficeNamedBefore() {
        Reading r = read("Truong Thi Mai asked the Party Central Committee's Office to improve its consultancy work. The office should "
                + "continue modernising its method of working.", LocalDate.of(2023, 7, 19));
        assertEquals(List.of("Party Central Committee's Office"), leads(task(r, "modernising")));
        assertEquals(List.of("VPTW"), leadCodes(task(r, "consultancy")));
    }

    @Test
    void aRequestGoesOnInTheSentencesWithCanAndInTheListAfterItsColon() {
        Reading r = read("Để tiếp tục thực hiện tốt nhiệm vụ, đồng chí Bí thư Thành ủy đề nghị các cơ quan chủ động bám sát nghị quyết. "
                + "Trước mắt cần thực hiện một số nhiệm vụ trọng tâm như: Tuyên truyền cuộc vận động xây dựng nông thôn mới; chuẩn bị tốt "
                + "công tác nhân sự đại hội; chỉ đạo tổ chức sinh hoạt chi bộ mẫu.", null);
        assertEquals(4, r.tasks().size(), texts(r).toString());
        assertTrue(r.tasks().stream().noneMatch(t -> t.text().contains("Trước mắt")), "the line that announces the list is no task");
        assertTrue(r.tasks().stream().allMatch(t -> leads(t).equals(List.of("các cơ quan"))), r.tasks().toString());
    }

    @Test
    void aLeadersEmphasisWithCanIsAskedOfThoseThere() {
        Reading r = read("Phát biểu bế mạc, Bí thư Thành ủy yêu cầu các cấp, ngành rà soát những chỉ tiêu chưa đạt để có giải pháp quyết "
                + "liệt 2 tháng cuối năm.\n\nBí thư Thành ủy nhấn mạnh, cần đẩy nhanh giải ngân vốn đầu tư công. Đồng thời, khẩn trương "
                + "khắc phục hậu quả bão lũ.", LocalDate.of(2025, 11, 11));
        assertEquals(3, r.tasks().size(), texts(r).toString());
        assertTrue(r.tasks().stream().allMatch(t -> LocalDate.of(2025, 12, 31).equals(t.deadline())),
                "the period of the first request holds for the requests after it");
    }

    @Test
    void aBodyThatAsksAnotherHandsItTheTaskOneThatDirectsKeepsIt() {
        Reading r = read("Thủ tướng Chính phủ yêu cầu:\n1. Ủy ban nhân dân tỉnh Quảng Ninh yêu cầu các sở, ngành nghiêm túc triển khai "
                + "thực hiện.\n2. Thống đốc Ngân hàng Nhà nước chỉ đạo các tổ chức tín dụng bảo đảm thanh khoản.", DAY);
        assertTrue(task(r, "nghiêm túc").owners().get(0).group(), "the bodies asked do it");
        assertEquals(List.of("NHNN"), leadCodes(task(r, "thanh khoản")));
    }

    @Test
    void praiseIsNoTask() {
        Reading r = read("Thủ tướng Chính phủ biểu dương Bộ Quốc phòng đã kịp thời tìm kiếm cứu nạn.", DAY);
        assertTrue(r.tasks().isEmpty(), texts(r).toString());
    }

    @Test
    void aRequestWordUsedAsANounAsksNothing() {
        Reading r = read("KẾ HOẠCH\nI. MỤC ĐÍCH\n- Góp phần nâng cao chất lượng công tác xây dựng pháp luật, đáp ứng yêu cầu phát triển "
                + "nhanh và bền vững của tỉnh.\n- Xét đề nghị của Ủy ban nhân dân tỉnh về việc đề nghị ban hành Nghị quyết quy định "
                + "mức chi.", LocalDate.of(2025, 11, 20));
        assertEquals(List.of(), texts(r));
    }

    @Test
    void theGroundsInAPreambleAskNothing() {
        Reading r = read("NGHỊ QUYẾT\nQUY ĐỊNH CHI THU NHẬP TĂNG THÊM\n*Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;*\n"
                + "*Xét Tờ trình số 388/TTr-UBND ngày 18 tháng 11 năm 2025 của Ủy ban nhân dân Thành phố đề nghị ban hành Nghị quyết "
                + "quy định chi thu nhập tăng thêm;*\n**QUYẾT NGHỊ:**\n**Điều 3.** Giao Ủy ban nhân dân Thành phố tổ chức thực hiện "
                + "Nghị quyết.", LocalDate.of(2025, 11, 27));
        assertEquals(1, r.tasks().size(), texts(r).toString());
        assertTrue(texts(r).get(0).contains("tổ chức thực hiện"), texts(r).toString());
    }

    @Test
    void anItemThatSaysWhatAThingIsIsNoTaskOneThatSaysWhatToRegardAThingAsIs() {
        Reading r = read("KẾ HOẠCH\nII. NHIỆM VỤ, GIẢI PHÁP\n- Phát triển văn hóa số là đòn bẩy để lan tỏa giá trị văn hóa.\n"
                + "- Xác định công tác phòng, chống ma túy là nhiệm vụ của cả hệ thống chính trị.\n"
                + "- Phát triển học liệu số phục vụ đào tạo, nhất là đào tạo kỹ năng số.", LocalDate.of(2025, 11, 20));
        assertEquals(2, r.tasks().size(), texts(r).toString());
        task(r, "Xác định công tác");
        task(r, "học liệu số");
    }

    @Test
    void aDocumentThatRequestsIsANounAndANoticeOfItsResultHandsOutNothing() {
        Reading r = read("Căn\ncứ Luật Hải quan ngày 23 tháng 6 năm 2014;\nTrên\ncơ sở Đơn đề nghị xác định mã\nsố số 002 ngày "
                + "23/9/2025 của Công ty\nTNHH An Phát và hồ sơ kèm theo;\nCục Hải quan thông báo kết quả xác định trước mã số như sau:\n"
                + "|\nTên thương mại: Bộ thẻ bài giải trí\n|\nCông dụng theo thiết kế: Giải trí chiến thuật cho người chơi\n|",
                LocalDate.of(2025, 10, 20));
        assertEquals(List.of(), Readers.texts(r));
    }

    @Test
    void aRequestVerbAfterAGenitiveNamesTheOneWhoAskedAndAsksNothing() {
        Reading r = read("Căn cứ Luật Hải quan ngày 23 tháng 6 năm 2014;\nCông dụng: Thiết bị đeo tay thông minh. Theo thông tin cung "
                + "cấp của doanh nghiệp đề nghị xác định trước mã số, thiết bị có tích hợp màn hình cảm ứng.", LocalDate.of(2025, 10, 20));
        assertEquals(List.of(), Readers.texts(r));
        Reading asked = read("Bộ Tài chính đề nghị các bộ, ngành rà soát danh mục hàng hóa.", LocalDate.of(2025, 10, 20));
        assertEquals(1, asked.tasks().size(), Readers.texts(asked).toString());
    }
}
