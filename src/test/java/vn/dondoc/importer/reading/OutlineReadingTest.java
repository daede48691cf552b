package vn.dondoc.importer.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dondoc.importer.reading.Readers.leadCodes;
import static vn.dondoc.importer.reading.Readers.leads;
import static vn.dondoc.importer.reading.Readers.read;
import static vn.dondoc.importer.reading.Readers.supports;
import static vn.dondoc.importer.reading.Readers.task;
import static vn.dondoc.importer.reading.Readers.texts;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The outline stage: what headings, items and lines hand down, and which parts hand out no task. */
class OutlineReadingTest {

    private static final LocalDate DAY = LocalDate.of(2025, 5, 16);

    @Test
    void aLineThatAssignsLeadAndSupportHandsBothToTheItemsBelow() {
        Reading r = read("KẾT LUẬN\n**4. Giao Đảng ủy Quốc hội chủ trì, phối hợp với Đảng ủy Chính phủ và các cơ quan liên quan:**\n"
                + "- Tập trung lãnh đạo, chỉ đạo việc lấy ý kiến nhân dân về dự thảo Nghị quyết.\n"
                + "- Rà soát chương trình xây dựng pháp luật trong năm 2025.", DAY);
        FoundTask t = task(r, "lấy ý kiến");
        assertEquals(List.of("DUQH"), leadCodes(t));
        assertTrue(supports(t).contains("Đảng ủy Chính phủ"), supports(t));
        assertEquals(LocalDate.of(2025, 12, 31), task(r, "Rà soát").deadline());
    }

    @Test
    void aTitleThatNamesThePeriodDatesTheTasksThatNameNone() {
        Reading r = read("KẾT LUẬN\nvề một số nhiệm vụ trọng tâm từ nay đến ngày 30/6/2025\nBộ Chính trị yêu cầu:\n"
                + "1. Ban Tổ chức Trung ương khẩn trương hướng dẫn sắp xếp tổ chức bộ máy.", DAY);
        FoundTask t = task(r, "sắp xếp");
        assertEquals(LocalDate.of(2025, 6, 30), t.deadline());
        assertTrue(t.doubts().contains(TaskDoubt.DEADLINE_FROM_TITLE));
    }

    @Test
    void anItemOfNamesOnlyHandsThemTheLinesBelow() {
        Reading r = read("Thủ tướng Chính phủ yêu cầu:\n1. Bộ trưởng Bộ Công Thương\nKhẩn trương rà soát phương án cắt giảm điều kiện kinh "
                + "doanh.\n**2. Sở\nKhoa học và Công nghệ**\n- Thực hiện công tác quản lý nhà nước về viễn thông.", DAY);
        assertEquals(List.of("BCT"), leadCodes(task(r, "điều kiện kinh doanh")));
        assertEquals(List.of("Sở Khoa học và Công nghệ"), leads(task(r, "viễn thông")));
    }

    @Test
    void aTopicOrPurposeLineIsTheHeadingOfTheItemsBelowNotATask() {
        Reading r = read("Sau khi nghe báo cáo của tỉnh Sơn La, Phó Thủ tướng Chính phủ kết luận như sau:\n"
                + "II. MỘT SỐ NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN TỚI\n1. Về tăng trưởng kinh tế:\nTỉnh cần tập trung lãnh đạo, chỉ "
                + "đạo thực hiện các chỉ tiêu.\n2. Để kịp thời giải quyết các khó khăn, vướng mắc:\n- Giao Bộ Nội vụ thành lập bộ phận "
                + "thường trực.", LocalDate.of(2025, 11, 18));
        assertEquals(2, r.tasks().size(), texts(r).toString());
        assertEquals(List.of("Ủy ban nhân dân tỉnh Sơn La"), leads(task(r, "chỉ tiêu")), "\"Tỉnh\" is the province the text names");
        assertEquals(List.of("BNV"), leadCodes(task(r, "bộ phận thường trực")));
    }

    @Test
    void theItemsThatSpellOutWhatATaskIsAboutAreNotTasksOfTheirOwn() {
        Reading r = read("3. Giao Đảng ủy Chính phủ lãnh đạo, chỉ đạo:\n- Triển khai thực hiện phân cấp, phân quyền theo một số nguyên tắc "
                + "chính sau:\n(1) Trung ương tập trung quản lý vĩ mô, xây dựng thể chế.\n(2) Đẩy mạnh phân cấp, phân quyền cho địa phương.\n"
                + "- Khẩn trương hoàn thiện dự thảo các văn bản quy định về tổ chức bộ máy.", DAY);
        assertEquals(2, r.tasks().size(), texts(r).toString());
        assertTrue(r.tasks().stream().allMatch(t -> leadCodes(t).equals(List.of("DUCP"))));
    }

    @Test
    void numberedSubItemsInBracketsUnderATaskWithASubjectAreTasks() {
        Reading r = read("Thủ tướng Chính phủ yêu cầu:\nb) Các Bộ: Tài chính, Y tế khẩn trương khắc phục các bất cập của hệ thống, hoàn "
                + "thành trong tháng 11 năm 2025, cụ thể:\n(1) Bộ Tài chính giải quyết 03 vấn đề tồn đọng.\n(2) Bộ Y tế hoàn thành kết "
                + "nối hệ thống.", LocalDate.of(2025, 11, 18));
        assertEquals(3, r.tasks().size(), texts(r).toString());
        FoundTask health = task(r, "kết nối hệ thống");
        assertEquals(List.of("BYT"), leadCodes(health));
        assertEquals(LocalDate.of(2025, 11, 30), health.deadline(), "the time limit of the item above");
    }

    @Test
    void aTimeLimitInTheLastClauseOfAnItemDatesItsOtherClauses() {
        Reading r = read("Thủ tướng Chính phủ yêu cầu:\nc) Hoàn thành việc nâng cấp hệ thống thông tin giải quyết thủ tục hành chính; "
                + "Thực hiện chuyển đổi dữ liệu từ các hệ thống của các tỉnh, hoàn thành trong tháng 11 năm 2025.",
                LocalDate.of(2025, 11, 18));
        assertEquals(2, r.tasks().size(), texts(r).toString());
        assertTrue(r.tasks().stream().allMatch(t -> LocalDate.of(2025, 11, 30).equals(t.deadline())));
    }

    @Test
    void aShortLineInBoldIsAHeading() {
        Reading r = read("III. GIẢI PHÁP\n**1. Hoàn\nthiện thể chế**\na) Xây dựng, hoàn thiện các văn bản quy phạm pháp luật về hạ tầng số.",
                DAY);
        assertEquals(List.of("Xây dựng, hoàn thiện các văn bản quy phạm pháp luật về hạ tầng số."), texts(r));
    }

    @Test
    void anItemThatStatesAFactAsksNothing() {
        Reading r = read("Phó Thủ tướng kết luận như sau:\n1. Thị trường các-bon được coi là công cụ kinh tế để giảm phát thải.\n"
                + "2. Bộ Tài chính hoàn thiện dự thảo Đề án.", DAY);
        assertEquals(List.of("hoàn thiện dự thảo Đề án."), texts(r));
    }

    @Test
    void aLineThatIntroducesDutiesOpensNoTasks() {
        Reading r = read("Điều 3. Sở Tư pháp có nhiệm vụ, quyền hạn sau:\n1. Tham mưu cho Ủy ban nhân dân tỉnh về công tác pháp chế.\n"
                + "2. Hướng dẫn nghiệp vụ cho các phòng, ban.", DAY);
        assertTrue(r.tasks().isEmpty(), texts(r).toString());
    }

    @Test
    void aDecreeLaysDownRulesAndHandsDownNoTasks() {
        Reading r = read("CHÍNH PHỦ\nSố: 158/2025/NĐ-CP\nNGHỊ ĐỊNH\nQUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA LUẬT BẢO HIỂM XÃ HỘI\n"
                + "Điều 5. Trách nhiệm của Bộ Nội vụ\n1. Hướng dẫn, kiểm tra việc thực hiện Nghị định này.", DAY);
        assertTrue(r.tasks().isEmpty(), texts(r).toString());
        assertTrue(r.warnings().contains(ReadingWarning.RULES));
        assertEquals("nghi-dinh", r.kind());
    }

    @Test
    void aPageOfQuestionsAndAnswersQuotesTheLawAndAssignsNothing() {
        Reading r = read("Trách nhiệm của Ủy ban nhân dân cấp xã trong phòng, chống thiên tai được quy định thế nào?\n\n"
                + "Trả lời:\n\nCăn cứ Điều 43 Luật Phòng, chống thiên tai, trách nhiệm của Ủy ban nhân dân các cấp được quy định:\n"
                + "1. Ủy ban nhân dân các cấp trong phạm vi nhiệm vụ, quyền hạn của mình có trách nhiệm sau đây:\n"
                + "a) Xây dựng và thực hiện kế hoạch phòng, chống thiên tai;\nb) Tổ chức thông tin, truyền thông về thiên tai.", DAY);
        assertTrue(r.tasks().isEmpty(), texts(r).toString());
    }

    @Test
    void aBodysPageOfFunctionsListsDutiesNotTasks() {
        Reading r = read("Vị trí và chức năng\n\nBan Tuyên giáo và Dân vận Trung ương là cơ quan tham mưu của Ban Chấp hành Trung ương.\n\n"
                + "Nhiệm vụ, quyền hạn\n\n1. Nghiên cứu, đề xuất chủ trương về công tác tuyên giáo.\n2. Thẩm định các đề án trước khi trình "
                + "Bộ Chính trị.\n3. Hướng dẫn, kiểm tra việc thực hiện các chủ trương của Đảng.", DAY);
        assertTrue(r.tasks().isEmpty(), texts(r).toString());
    }

    @Test
    void aHeadingTakesItsKindFromItsFirstWords() {
        Reading r = read("KẾ HOẠCH\nIII. NHIỆM VỤ, GIẢI PHÁP\n**1. Rà soát, kiện toàn đội ngũ cán bộ đáp ứng yêu cầu nhiệm vụ**\n"
                + "- Thường xuyên rà soát, kiện toàn đội ngũ cán bộ, công chức.\n**2. Nâng cao chất lượng kiểm tra, đánh giá kết quả**\n"
                + "- Tổ chức tập huấn kỹ năng kiểm tra.", DAY);
        assertEquals(2, r.tasks().size(), "\"yêu cầu\" and \"đánh giá kết quả\" late in a heading: " + texts(r));
    }

    @Test
    void inAPlanANumberedPartNamedByAVerbIsWork() {
        String plan = "I. MỤC TIÊU\n- Nâng cao nhận thức cộng đồng về thiên tai.\nIII. NỘI DUNG CỦA KẾ HOẠCH\n"
                + "**1. Hoàn thiện cơ chế, chính sách, tài liệu hướng dẫn**\n- Triển khai các văn bản hướng dẫn về chế độ, chính sách.\n"
                + "- Xây dựng, cập nhật tài liệu tuyên truyền.";
        Reading r = read("KẾ HOẠCH\n" + plan, DAY);
        assertEquals(2, r.tasks().size(), texts(r).toString());
        task(r, "văn bản hướng dẫn");
        assertEquals(List.of(), texts(read("BÁO CÁO\n" + plan, DAY)), "a report's parts look back");
    }

    @Test
    void inAPlanAPartInRomanNumbersNamedByAVerbAfterItsAimsIsWork() {
        Reading r = read("KẾ HOẠCH\nII. MỤC TIÊU\n- Kinh tế số chiếm 45% GRDP tỉnh.\n**III. PHÁT TRIỂN NỀN MÓNG KINH TẾ SỐ VÀ XÃ HỘI SỐ**\n"
                + "**1. Thể chế**\nNền tảng dẫn dắt, kiến tạo không gian, thúc đẩy phát triển kinh tế số.\n*Trọng tâm:*\n"
                + "a) Hoàn thiện chính sách, pháp luật, chuyển đổi các hoạt động của kinh tế - xã hội lên môi trường số.\n"
                + "b) Triển khai cơ chế thử nghiệm có kiểm soát đối với mô hình, công nghệ mới.", DAY);
        assertEquals(2, r.tasks().size(), texts(r).toString());
        task(r, "thử nghiệm có kiểm soát");
    }

    @Test
    void itemsUnderAnItemThatEndsWithAColonAreTasksUnlessItAnnouncesWhatTheTaskIsMadeOf() {
        Reading r = read("KẾ HOẠCH\nIII. NHIỆM VỤ\nc) Phát triển nền tảng số dùng chung:\n"
                + "- Ban hành danh mục ưu tiên đầu tư và triển khai nền tảng dùng chung của tỉnh.\n"
                + "- Thông minh hóa hạ tầng vật lý, tập trung vào giao thông, đô thị.\n"
                + "d) Triển khai thực hiện phân cấp, phân quyền theo một số nguyên tắc chính sau:\n"
                + "- Đẩy mạnh phân cấp, phân quyền giữa cấp tỉnh và cấp xã.", DAY);
        task(r, "danh mục ưu tiên");
        task(r, "hạ tầng vật lý");
        assertEquals(4, r.tasks().size(), texts(r).toString());
    }

    @Test
    void anItemMarkedInItalicsKeepsItsFirstClause() {
        Reading r = read("KẾ HOẠCH\nIV. TỔ CHỨC THỰC HIỆN\n1. Viện Văn hóa, Nghệ thuật, Thể thao và Du lịch Việt Nam\n"
                + "*a) *Tổ chức tuyên truyền nội dung quy hoạch; cung cấp thông tin theo thẩm quyền.\n*b)* Tổ chức đánh giá việc thực "
                + "hiện Kế hoạch.", DAY);
        assertEquals(3, r.tasks().size(), texts(r).toString());
        assertEquals(List.of("Viện Văn hóa, Nghệ thuật, Thể thao và Du lịch Việt Nam"), leads(task(r, "tuyên truyền")));
    }

    @Test
    void theFormsAfterTheSignatureHandOutNothingAPlanIssuedWithTheTextDoes() {
        String head = "QUYẾT ĐỊNH\nVề việc ban hành Kế hoạch\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch.\nNơi nhận:\n- Như Điều 3;\n";
        Reading forms = read(head + "**BÁO CÁO GIẢI TRÌNH**\nI. NHIỆM VỤ\n1. Tổ chức chủ trì báo cáo việc tiếp thu ý kiến của Hội đồng.", DAY);
        assertEquals(List.of(), texts(forms));
        Reading plan = read(head + "**KẾ HOẠCH**\nI. NHIỆM VỤ\n1. Sở Tài chính bố trí kinh phí thực hiện.", DAY);
        task(plan, "bố trí kinh phí");
    }

    @Test
    void aTextWhoseFirstArticleSetsItsScopeLaysDownRules() {
        Reading r = read("NGHỊ QUYẾT\nQuy định mức học phí\n**Điều 1. Phạm vi điều chỉnh**\nNghị quyết này quy định mức học phí.\n"
                + "**Điều 4. Trách nhiệm**\n1. Sở Giáo dục và Đào tạo hướng dẫn thu học phí.", DAY);
        assertEquals(List.of(), texts(r));
        assertTrue(r.warnings().contains(ReadingWarning.RULES), r.warnings().toString());
    }

    @Test
    void whatTheIssuerDecidesItselfIsNotATaskButWhatItGivesBodiesIs() {
        Reading r = read("NGHỊ QUYẾT\nVề việc sắp xếp các đơn vị hành chính cấp xã của tỉnh An Giang năm 2025\n"
                + "ỦY BAN THƯỜNG VỤ QUỐC HỘI\nQUYẾT NGHỊ:\n**Điều 1. Sắp xếp các đơn vị hành chính cấp xã của tỉnh An Giang**\n"
                + "Trên cơ sở Đề án số 395/ĐA-CP ngày 09 tháng 5 năm 2025 của Chính phủ, Ủy ban Thường vụ Quốc hội quyết định sắp xếp "
                + "để thành lập các đơn vị hành chính cấp xã của tỉnh An Giang như sau:\n"
                + "1. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của thị trấn Đa Phước, xã Vĩnh Trường và xã Vĩnh Hậu thành xã "
                + "mới có tên gọi là xã Vĩnh Hậu.\n"
                + "2. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của xã Phú Hữu và xã Vĩnh Lộc thành xã mới có tên gọi là xã Phú Hữu.\n"
                + "**Điều 3. Tổ chức thực hiện**\n"
                + "1. Giao Chính phủ tổ chức việc xác định chính xác diện tích tự nhiên của các đơn vị hành chính cấp xã và công bố "
                + "công khai trước ngày 30 tháng 9 năm 2025.", LocalDate.of(2025, 6, 16));
        assertEquals(1, r.tasks().size(), texts(r).toString());
        assertEquals(LocalDate.of(2025, 9, 30), task(r, "công bố công khai").deadline());
    }

    @Test
    void aDecisionNamedInTheSentenceIsNotTheIssuerDeciding() {
        Reading r = read("KẾT LUẬN\nThực hiện quyết định số 06/QĐ-TTg của Thủ tướng Chính phủ về phát triển dữ liệu dân cư như sau:\n"
                + "1. Bộ Công an chủ trì hoàn thiện cơ sở dữ liệu quốc gia về dân cư.", DAY);
        assertEquals(List.of("BCA"), leadCodes(task(r, "dữ liệu quốc gia")));
    }

    @Test
    void anAuthorityToDecideIsNotTheIssuerDeciding() {
        Reading r = read("QUYẾT ĐỊNH:\nĐiều 3. Tổ chức thực hiện\nCơ quan, người có thẩm quyền quyết định được phân cấp tại Điều 2 "
                + "có trách nhiệm:\n1. Rà soát tiêu chuẩn, định mức sử dụng tài sản công trước ngày 30/9/2025.", DAY);
        assertEquals(LocalDate.of(2025, 9, 30), task(r, "định mức sử dụng").deadline());
    }

    @Test
    void aMarkerAloneOnItsLineNumbersTheParagraphAfterIt() {
        Reading r = read("Chủ tịch Ủy ban nhân dân thành phố yêu cầu các sở, ban, ngành thực hiện các nhiệm vụ sau:\n\n"
                + "**1.**\n**Các sở, ban, ngành có trách nhiệm chấp hành nghiêm quy định của Luật Tài nguyên nước.\n\n"
                + "**2.**\n**Kết hợp hoặc luân phiên khai thác nước mặt với khai thác nước dưới đất.\n\n"
                + "3. Sở Xây dựng chủ trì rà soát mạng lưới cấp nước.", DAY);
        assertEquals(3, r.tasks().size(), texts(r).toString());
        assertEquals(List.of("các sở, ban, ngành"), leads(task(r, "luân phiên")), "the item takes the bodies asked");
    }

    @Test
    void thePartOfAPlanHeadedByItsContentListsItsWorkButNotWhoItIsForOrItsCriteria() {
        Reading r = read("ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK\n\nKẾ HOẠCH\nTổ chức đợt thi đua cao điểm\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n"
                + "1. Phát huy tinh thần yêu nước của cán bộ, công chức.\n\nII. NỘI DUNG\n\n**1. Chủ đề thi đua**\n\n"
                + "Đoàn kết, sáng tạo, lập thành tích chào mừng Đại hội.\n\n**2. Nội dung thi đua**\n\n"
                + "a) Thi đua hoàn thành các chỉ tiêu phát triển kinh tế - xã hội năm 2025.\n\n"
                + "b) Thi đua đẩy mạnh cải cách hành chính, chuyển đổi số.\n\nIII. ĐỐI TƯỢNG, TIÊU CHÍ\n\n"
                + "1. Tiêu chí thi đua\n\na) Hoàn thành vượt mức các chỉ tiêu, nhiệm vụ được giao.", DAY);
        assertEquals(List.of("Thi đua hoàn thành các chỉ tiêu phát triển kinh tế - xã hội năm 2025.",
                "Thi đua đẩy mạnh cải cách hành chính, chuyển đổi số."), texts(r));
    }

    @Test
    void aNumberAloneOnItsLineAndADashBeforeALineBreakStillMarkItems() {
        Reading r = read("KẾ HOẠCH\nTổng kiểm kê tài sản công\n\nIV. NHIỆM VỤ CỤ THỂ\n\n**1.\nNhiệm vụ của thành viên Ban Chỉ đạo**\n\n"
                + "*1.1.\nSở Tài chính*\n\n-\nTuyên truyền, phổ biến các quy định về quản lý, sử dụng tài sản công.\n\n"
                + "*1.2.\nỦy ban nhân dân các phường, xã, đặc khu*\n\n- Thành lập Ban Chỉ đạo tổng kiểm kê tài sản cấp xã.", DAY);
        assertEquals(List.of("Sở Tài chính"), leads(task(r, "Tuyên truyền")));
        assertEquals(List.of("Ủy ban nhân dân các phường, xã, đặc khu"), leads(task(r, "Thành lập")),
                "the communes of a province are not the provinces");
    }

    @Test
    void anItemThatOnlyLabelsDetailsOfTheTaskAboveIsNoTask() {
        Reading r = read("Bộ Nông nghiệp và Môi trường yêu cầu:\n1. Chi cục Thủy sản thực hiện quan trắc môi trường vùng nuôi tôm nước lợ.\n"
                + "- Các thông số: Độ mặn, pH, oxy hòa tan, nhiệt độ.\n- Cửa sông Mã: Lấy mẫu 01 vị trí tại khu vực nước cấp.\n"
                + "- Sở Tài chính: Bố trí kinh phí quan trắc.", DAY);
        assertEquals(2, r.tasks().size(), texts(r).toString());
        assertEquals(List.of("Sở Tài chính"), leads(task(r, "kinh phí")), "a body before the colon is an owner, not a label");
    }

    @Test
    void aimsInsideAPartOfTasksEndAtTheirNextSibling() {
        Reading r = read("Bộ Văn hóa, Thể thao và Du lịch yêu cầu:\n\nII. NHIỆM VỤ CHỦ YẾU\n\n**1. Mục tiêu phát triển**\n\n"
                + "- Mạng lưới cơ sở văn hóa quốc gia đồng bộ, hiện đại.\n\n**2. Các dự án triển khai thực hiện quy hoạch**\n\n"
                + "- Ưu tiên tập trung nguồn lực đầu tư các công trình văn hóa trọng điểm.", DAY);
        assertEquals(List.of("Ưu tiên tập trung nguồn lực đầu tư các công trình văn hóa trọng điểm."), texts(r));
    }

    @Test
    void anArticleThatNamesItsBodiesAndWhatTheyAreHandsThemItsItemsAndATopicBeforeAColonIsNoTask() {
        Reading r = read("QUYẾT ĐỊNH\nThông qua phương án đơn giản hóa thủ tục hành chính\n\n**Điều 1.** Thông qua phương án đơn giản "
                + "hóa thủ tục hành chính lĩnh vực y tế.\n\n**Điều 2.** Sở Y tế, UBND cấp xã và các cơ quan, đơn vị có liên quan đến "
                + "các lĩnh vực kiến nghị đơn giản hóa nêu tại Điều 1 của Quyết định này, có trách nhiệm:\n\n1. Đối với các nội dung đề "
                + "xuất giảm thời gian giải quyết thủ tục hành chính: chủ động triển khai giảm thời gian xử lý hồ sơ trên thực tế.\n\n"
                + "2. Đối với các nội dung kiến nghị các Bộ: Thường xuyên theo dõi, tham mưu Chủ tịch UBND tỉnh.", DAY);
        FoundTask t = task(r, "xử lý hồ sơ");
        assertTrue(t.text().startsWith("chủ động"), t.text());
        assertTrue(leads(t).contains("Sở Y tế"), leads(t).toString());
        assertTrue(leads(task(r, "theo dõi")).contains("Sở Y tế"));
    }

    @Test
    void aVerbAloneAndANounThatOpensWithAVerbAskNothing() {
        Reading r = read("Thủ tướng Chính phủ yêu cầu:\n1. Bộ Công Thương rà soát quy trình giải quyết thủ tục hành chính.\n"
                + "Ban hành:\n01/12/2025\nCập nhật:\n13/12/2025\na) Trình tự thực hiện\n", DAY);
        assertEquals(List.of("rà soát quy trình giải quyết thủ tục hành chính."), texts(r));
    }

    @Test
    void theClosingFormulaAfterALongListOfThoseWhoCarryItOutIsNoTask() {
        Reading r = read("QUYẾT ĐỊNH:\n**Điều 1.** Công bố kèm theo Quyết định này 12 thủ tục hành chính nội bộ thuộc thẩm quyền giải quyết "
                + "của UBND tỉnh.\n**Điều 2.** Quyết định này có hiệu lực thi hành kể từ ngày ký.\n**Điều 3.** Chánh Văn phòng UBND tỉnh, "
                + "Giám đốc các Sở: Nông nghiệp và Môi trường, Tài chính; Giám đốc Trung tâm Phục vụ hành chính công tỉnh; Chủ tịch "
                + "UBND các xã, phường, đặc khu và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.", DAY);
        assertEquals(List.of(), texts(r));
    }
}
