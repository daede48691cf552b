package vn.dondoc.importer.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dondoc.importer.reading.Readers.leadCodes;
import static vn.dondoc.importer.reading.Readers.leads;
import static vn.dondoc.importer.reading.Readers.read;
import static vn.dondoc.importer.reading.Readers.task;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OwnerReadingTest {

    private static final LocalDate MAY_2024 = LocalDate.of(2024, 5, 2);
    private static final String ASKS = "Thủ tướng Chính phủ yêu cầu:\n";

    @Test
    void bodyThatLeadsIsLeadAndBodiesItWorksWithAreSupport() {
        Reading r = read(ASKS + "5. Bộ Tài chính chủ trì, phối hợp chặt chẽ với Bộ Tài nguyên và Môi trường, các bộ, cơ quan liên quan hoàn thiện "
                + "Đề án phát triển thị trường các-bon tại Việt Nam.", MAY_2024);
        FoundTask t = task(r, "hoàn thiện Đề án");
        assertTrue(t.text().startsWith("chủ trì, phối hợp"), "the span starts after the subject");
        assertEquals(List.of("BTC"), leadCodes(t));
        assertTrue(Readers.supports(t).contains("Bộ Tài nguyên và Môi trường"));
    }

    @Test
    void onlyTheLeadCarriesOverToTheNextClause() {
        Reading r = read(ASKS + "5. Bộ Tài chính chủ trì, phối hợp chặt chẽ với Bộ Tài nguyên và Môi trường hoàn thiện Đề án phát triển thị "
                + "trường các-bon; nghiên cứu đánh giá kinh nghiệm của các nước trong khu vực.", MAY_2024);
        FoundTask second = task(r, "kinh nghiệm");
        assertEquals(List.of("BTC"), leadCodes(second));
        assertEquals("", Readers.supports(second));
    }

    @Test
    void itemHeadingThatOnlyNamesOwnersHandsThemToItsSubItems() {
        Reading r = read(ASKS + "1. Các Bộ: Công Thương, Giao thông vận tải, Xây dựng:\na) Khẩn trương ban hành kế hoạch giảm nhẹ phát thải "
                + "khí nhà kính cấp lĩnh vực;\nb) Đánh giá mức độ sẵn sàng tham gia thị trường các-bon của một số lĩnh vực.\n"
                + "2. Bộ Tài nguyên và Môi trường:\na) Khẩn trương nghiên cứu thiết lập hệ thống đăng ký quốc gia về tín chỉ các-bon.",
                MAY_2024);
        assertEquals(3, r.tasks().size(), Readers.texts(r).toString());
        assertEquals(List.of("BCT", "BGTVT", "BXD"), leadCodes(task(r, "cấp lĩnh vực")));
        assertEquals(List.of("BCT", "BGTVT", "BXD"), leadCodes(task(r, "sẵn sàng")));
        assertEquals(List.of("BTNMT"), leadCodes(task(r, "đăng ký quốc gia")));
    }

    @Test
    void headingWithHasTheDutyToNamesTheOwnerOfItsSubItems() {
        Reading r = read("III. TỔ CHỨC THỰC HIỆN\n1. Cục Biến đổi khí hậu có trách nhiệm:\na) Chủ trì, phối hợp với Vụ Pháp chế hoàn thiện "
                + "dự thảo Nghị định.", LocalDate.of(2024, 8, 6));
        FoundTask t = task(r, "dự thảo Nghị định");
        assertEquals(List.of("Cục Biến đổi khí hậu"), leads(t));
        assertNull(t.owners().get(0).code(), "a body the list does not hold has no code");
        assertTrue(r.warnings().contains(ReadingWarning.NEW_BODIES));
    }

    @Test
    void headOfABodyStandsForTheBody() {
        Reading r = read(ASKS + "3. Chủ tịch Ủy ban nhân dân tỉnh Quảng Ninh phối hợp với Bộ Quốc phòng khẩn trương triển khai công tác tìm "
                + "kiếm cứu nạn.\n4. Thống đốc Ngân hàng Nhà nước chỉ đạo các tổ chức tín dụng bảo đảm thanh khoản.", LocalDate.of(2025, 7, 19));
        assertEquals(List.of("Ủy ban nhân dân tỉnh Quảng Ninh"), leads(task(r, "tìm kiếm cứu nạn")));
        assertEquals(List.of("NHNN"), leadCodes(task(r, "thanh khoản")));
    }

    @Test
    void ministersOfListedMinistriesMeanThoseMinistries() {
        Reading r = read(ASKS + "1. Bộ trưởng các Bộ: Quốc phòng, Công an chỉ đạo lực lượng chức năng tìm kiếm cứu nạn.", LocalDate.of(2025, 7, 19));
        assertEquals(List.of("BQP", "BCA"), leadCodes(task(r, "tìm kiếm cứu nạn")));
    }

    @Test
    void abbreviatedMinistryNameIsRecognised() {
        Reading r = read(ASKS + "1. Bộ TN&MT chủ trì hướng dẫn kiểm kê khí nhà kính.", MAY_2024);
        assertEquals(List.of("BTNMT"), leadCodes(task(r, "kiểm kê")));
    }

    @Test
    void bodyMergedIn2025IsReadAsItsSuccessorAfterTheMerger() {
        String text = ASKS + "1. Bộ Tài nguyên và Môi trường chủ trì hướng dẫn kiểm kê khí nhà kính.";
        assertEquals(List.of("BTNMT"), leadCodes(task(read(text, MAY_2024), "kiểm kê")));
        assertEquals(List.of("BNNMT"), leadCodes(task(read(text, LocalDate.of(2025, 6, 1)), "kiểm kê")));
    }

    @Test
    void collectiveOfPartyBodiesBecomesTheGroupThatExistedOnTheDay() {
        Reading r = read("Nhiệm vụ công tác trọng tâm quý 3/2024 và thời gian tới\n\nCác ban đảng, 4 văn phòng, các đảng ủy, cơ quan, đoàn thể "
                + "Trung ương tiếp tục phát huy tinh thần chủ động, sáng tạo; tập trung vào những đề án khó, phức tạp.", LocalDate.of(2024, 7, 10));
        FoundTask first = task(r, "phát huy");
        assertTrue(first.text().startsWith("tiếp tục"));
        List<String> codes = leadCodes(first);
        assertTrue(codes.contains("BTCTW") && codes.contains("VPTW") && codes.contains("MTTQ"), codes.toString());
        assertFalse(codes.contains("BTGDVTW"), "the 2025 commission did not exist in July 2024");
        assertFalse(codes.contains("BTC"), "ministries are not party bodies");
        assertTrue(first.owners().stream().allMatch(FoundOwner::group));
        assertEquals(codes, leadCodes(task(r, "đề án khó")), "the subject carries over to the next clause");
    }

    @Test
    void boardsListedWithMinistriesAreTheCentralPartyBoards() {
        for (String subject : List.of("Các ban, bộ, ngành", "Các ban, bộ, ngành Trung ương", "Các ban đảng, bộ, ngành")) {
            Reading r = read(ASKS + "1. " + subject + " rà soát các văn bản hướng dẫn.", MAY_2024);
            List<String> codes = leadCodes(task(r, "rà soát"));
            assertTrue(codes.containsAll(List.of("BTCTW", "BKTTW", "BTC", "BCT")), subject + ": " + codes);
            assertFalse(codes.contains("VPTW"), subject + ": offices are not boards");
        }
    }

    @Test
    void ministriesAndSectorsLeaveOutThePartyBoards() {
        Reading r = read(ASKS + "1. Các bộ, ngành rà soát các văn bản hướng dẫn.", MAY_2024);
        List<String> codes = leadCodes(task(r, "rà soát"));
        assertTrue(codes.contains("BTC"), codes.toString());
        assertFalse(codes.contains("BTCTW"), codes.toString());
    }

    @Test
    void collectiveWithRelatedIsKeptAsOneGroupOwner() {
        Reading r = read(ASKS + "1. Các bộ, cơ quan liên quan tổ chức thực hiện nghiêm Chỉ thị này.", MAY_2024);
        FoundTask t = task(r, "Chỉ thị này");
        assertEquals(1, t.owners().size());
        assertTrue(t.owners().get(0).group());
        assertNull(t.owners().get(0).code());
    }

    @Test
    void ministersAndProvincialChairsBecomeGroups() {
        Reading r = read(ASKS + "8. Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh và "
                + "thành phố trực thuộc trung ương tổ chức triển khai thực hiện nghiêm Chỉ thị này.", MAY_2024);
        FoundTask t = task(r, "Chỉ thị này");
        assertTrue(t.text().startsWith("tổ chức triển khai"));
        assertTrue(leadCodes(t).containsAll(List.of("BTC", "UBND_TINH", "TTXVN")), leadCodes(t).toString());
    }

    @Test
    void givenBodyIsTheOwnerOfAnAssignment() {
        Reading r = read("Phó Thủ tướng kết luận như sau:\n2. Giao Ngân hàng Nhà nước Việt Nam chủ trì, phối hợp với Bộ Công an rà soát các "
                + "quy định về quản lý hoạt động kinh doanh vàng.", LocalDate.of(2024, 8, 15));
        FoundTask t = task(r, "kinh doanh vàng");
        assertTrue(t.text().startsWith("chủ trì"));
        assertEquals(List.of("NHNN"), leadCodes(t));
    }

    private static final String PARTY_MEETING = "Ngày 10/7, Thường trực Ban Bí thư chủ trì giao ban với các ban đảng, 4 văn phòng, "
            + "các đảng ủy, cơ quan, đoàn thể ở Trung ương.\n\n";

    @Test
    void ownersAreInferredFromAreasOfWorkWhereNoneIsNamed() {
        Reading r = read(PARTY_MEETING + "Nhiệm vụ công tác trọng tâm quý 3/2024 và thời gian tới\n\nTiếp tục duy trì ổn định kinh tế vĩ mô, kiểm soát lạm phát, "
                + "bảo đảm các cân đối lớn. Thực hiện tốt công tác dân tộc, tôn giáo.", LocalDate.of(2024, 7, 10));
        FoundTask economy = task(r, "lạm phát");
        assertEquals(List.of("BKTTW"), leadCodes(economy));
        assertTrue(economy.owners().get(0).inferred());
        assertTrue(economy.owners().get(0).reason().contains("lạm phát"));
        assertEquals(List.of("BDVTW"), leadCodes(task(r, "dân tộc")));
        assertTrue(r.warnings().contains(ReadingWarning.INFERRED_OWNERS));
    }

    @Test
    void detailsAfterNhatLaWeighLessThanTheTopicWhenInferring() {
        Reading r = read(PARTY_MEETING + "Nhiệm vụ công tác trọng tâm quý 3/2024 và thời gian tới\n\nĐẩy mạnh tuyên truyền, vận động nhân dân, nhất là về phòng "
                + "tránh cháy nổ, an toàn giao thông, an ninh, an toàn thực phẩm.", LocalDate.of(2024, 7, 10));
        assertEquals(List.of("BDVTW"), leadCodes(task(r, "vận động nhân dân")));
    }

    @Test
    void aGovernmentTextInfersOwnersAmongMinistries() {
        Reading r = read("Phát biểu kết luận, Thủ tướng Chính phủ yêu cầu tăng cường kiểm tra an toàn thực phẩm, phòng, chống dịch bệnh.",
                LocalDate.of(2024, 8, 2));
        assertEquals(List.of("BYT"), leadCodes(task(r, "an toàn thực phẩm")));
    }

    @Test
    void englishTextsNameBodiesByTheirEnglishNames() {
        Reading r = read("HÀ NỘI — Prime Minister Phạm Minh Chính on Tuesday requested the Ministry of Finance to review tax policies and "
                + "report to the Government by September 30.\n\nThe State Bank of Vietnam was asked to keep interest rates stable.",
                LocalDate.of(2024, 8, 6));
        FoundTask tax = task(r, "tax policies");
        assertTrue(tax.text().startsWith("review"));
        assertEquals(List.of("BTC"), leadCodes(tax));
        assertEquals(LocalDate.of(2024, 9, 30), tax.deadline());
        assertEquals(List.of("NHNN"), leadCodes(task(r, "interest rates")));
    }

    @Test
    void supportBodyEndsBeforeTheVerbThatFollowsIt() {
        FoundTask t = task(read(ASKS + "2. Ban Tuyên giáo Trung ương chủ trì, phối hợp với Bộ Thông tin và Truyền thông định hướng công tác "
                + "tuyên truyền về đại hội đảng bộ các cấp.", MAY_2024), "tuyên truyền");
        assertEquals("Bộ Thông tin và Truyền thông", Readers.supports(t));
    }

    @Test
    void partyOrganisationsListedAfterACommaBelongToTheSubject() {
        Reading r = read("II. NHIỆM VỤ, GIẢI PHÁP\n1. Các cấp ủy, tổ chức đảng quán triệt sâu sắc chủ trương của Đảng về phòng, chống tham nhũng.\n"
                + "2. Các bộ, ngành tổ chức tập huấn nghiệp vụ thanh tra.", MAY_2024);
        assertTrue(task(r, "tham nhũng").text().startsWith("quán triệt"), Readers.texts(r).toString());
        assertTrue(task(r, "tập huấn").text().startsWith("tổ chức tập huấn"), Readers.texts(r).toString());
    }

    @Test
    void theBodyOfEachNameAfterAPluralHeadIsAnOwner() {
        Reading r = read("Thủ tướng Chính phủ yêu cầu:\n- Các Đảng uỷ Bộ Tài chính, Bộ Nội vụ khẩn trương thực hiện phân bổ ngân sách.",
                LocalDate.of(2025, 5, 16));
        assertEquals(List.of("Đảng uỷ Bộ Tài chính", "Đảng uỷ Bộ Nội vụ"), leads(task(r, "ngân sách")));
    }

    @Test
    void aNameThatGoesOnInLowerCaseIsReadToItsVerb() {
        Reading r = read("Thủ tướng Chính phủ yêu cầu:\n- Ban Quản lý các khu công nghệ cao và khu công nghiệp tổ chức thực hiện kế "
                + "hoạch.", LocalDate.of(2025, 11, 24));
        assertEquals(List.of("Ban Quản lý các khu công nghệ cao và khu công nghiệp"), leads(task(r, "kế hoạch")));
    }

    @Test
    void theSameHeadNounAgainStartsTheNextBody() {
        Reading r = read("| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n| --- | --- | --- | --- | --- |\n"
                + "| 1 | Khảo sát hạ tầng viễn thông | Sở Tài chính | Sở Khoa học và Công nghệ Sở Công Thương | Quý IV/2025 |",
                LocalDate.of(2025, 11, 24));
        assertEquals("Sở Khoa học và Công nghệ; Sở Công Thương", Readers.supports(task(r, "Khảo sát")));
    }

    @Test
    void aTableColumnOfOwnersIsANameWhereNoBodyIsRecognised() {
        Reading r = read("| TT | Nhiệm vụ | Cơ quan chủ trì | Thời gian |\n| --- | --- | --- | --- |\n"
                + "| 1 | Bảo đảm kinh phí thực hiện kế hoạch | Doanh nghiệp, nhà cung cấp dịch vụ IoT, nhà đầu tư | Thường xuyên |",
                LocalDate.of(2025, 11, 24));
        assertEquals(List.of("Doanh nghiệp, nhà cung cấp dịch vụ IoT, nhà đầu tư"), leads(task(r, "kinh phí")));
    }

    @Test
    void aWordWithTheOtherPlacingOfItsToneMarkIsTheSameWord() {
        Reading r = read("Thủ tướng Chính phủ yêu cầu:\n1. Uỷ ban Kiểm tra Trung ương chủ trì kiểm tra việc thực hiện.", LocalDate.of(2025, 5, 16));
        assertEquals(List.of("UBKTTW"), leadCodes(task(r, "kiểm tra việc")));
    }

    @Test
    void aRuleOfThePlanNamedBodyIsNotAFundsLine() {
        Reading r = read("Thủ tướng Chính phủ yêu cầu:\n1. Quy chế làm việc của Chính phủ được sửa đổi; Bộ Tư pháp rà soát quy chế.",
                LocalDate.of(2025, 5, 16));
        assertTrue(r.tasks().stream().noneMatch(t -> leads(t).contains("Quy chế")), Readers.texts(r).toString());
    }

    @Test
    void inALocalDocumentTheBodyInferredIsThePlacesOwn() {
        Reading r = read("THÔNG BÁO\nKẾT LUẬN CỦA PHÓ THỦ TƯỚNG TẠI BUỔI LÀM VIỆC VỚI LÃNH ĐẠO TỈNH SƠN LA\n"
                + "Sau khi nghe báo cáo của tỉnh Sơn La, Phó Thủ tướng kết luận như sau:\n"
                + "1. Đẩy mạnh chuyển đổi số, khoa học, công nghệ và đổi mới sáng tạo trên địa bàn tỉnh Sơn La.",
                LocalDate.of(2025, 11, 18));
        FoundOwner lead = task(r, "chuyển đổi số").owners().get(0);
        assertTrue(lead.inferred());
        assertEquals("Sở Khoa học và Công nghệ tỉnh Sơn La", lead.name());
    }

    @Test
    void theIssuersOwnPlaceIsTheDocumentsPlaceHoweverOftenItNamesAnother() {
        Reading r = read("|\n**ỦY BAN NHÂN DÂN**\nTHÀNH PHỐ HỒ CHÍ MINH\n-------\n|\n**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM**\n|\n"
                + "Số: 2853/KH-UBND\n|\n\n**KẾ HOẠCH**\n\nPhòng, chống thiên tai\n\nSau khi sáp nhập tỉnh Bình Dương, "
                + "tỉnh Bà Rịa - Vũng Tàu và Thành phố Hồ Chí Minh, địa bàn tỉnh Bình Dương cũ chịu nhiều thiên tai.\n\n"
                + "II. NHIỆM VỤ\n\n1. Đẩy mạnh chuyển đổi số, khoa học, công nghệ và đổi mới sáng tạo trong phòng, chống thiên tai.",
                LocalDate.of(2025, 11, 21));
        assertEquals("Sở Khoa học và Công nghệ thành phố Hồ Chí Minh", task(r, "chuyển đổi số").owners().get(0).name());
    }

    @Test
    void anAreaWordUsedAsTheVerbOfTheTaskNamesNoArea() {
        Reading r = read("Thủ tướng Chính phủ yêu cầu:\n1. Xây dựng chính sách đặc thù về thu hút, đào tạo cán bộ làm công tác "
                + "bảo vệ bí mật nhà nước.", LocalDate.of(2025, 11, 26));
        List<String> leads = leads(task(r, "chính sách đặc thù"));
        assertFalse(leads.contains("Bộ Xây dựng"), leads.toString());
    }

    @Test
    void theProvincesListedAfterAColonAreEachABody() {
        Reading r = read("Thủ tướng Chính phủ yêu cầu:\n1. Đồng chí Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: Khánh Hòa, Đắk Lắk, "
                + "Gia Lai và lãnh đạo các Bộ, ngành theo chức năng, nhiệm vụ tiếp tục tập trung ứng phó với mưa lũ.",
                LocalDate.of(2025, 11, 20));
        List<String> leads = leads(task(r, "mưa lũ"));
        assertTrue(leads.containsAll(List.of("Ủy ban nhân dân tỉnh Khánh Hòa", "Ủy ban nhân dân tỉnh Đắk Lắk",
                "Ủy ban nhân dân tỉnh Gia Lai")), leads.toString());
        assertTrue(leads.contains("Bộ Quốc phòng"), "the ministries after \"lãnh đạo các Bộ, ngành\": " + leads);
    }

    @Test
    void aDepartmentOfEachProvinceAndCityIsOneOwner() {
        Reading r = read("KẾ HOẠCH\nIV. TỔ CHỨC THỰC HIỆN\n1. Sở Văn hóa và Thể thao tỉnh, thành phố trực thuộc Trung ương chủ động "
                + "bố trí quỹ đất.\n2. Sở Văn hóa, Thể thao và Du lịch/Sở Văn hóa và Thể thao các tỉnh, thành phố\n"
                + "a) Rà soát các quy hoạch trên địa bàn.", LocalDate.of(2025, 11, 18));
        assertEquals(List.of("Sở Văn hóa và Thể thao tỉnh, thành phố trực thuộc Trung ương"), leads(task(r, "quỹ đất")));
        assertEquals(List.of("Sở Văn hóa, Thể thao và Du lịch/Sở Văn hóa và Thể thao các tỉnh, thành phố"),
                leads(task(r, "Rà soát")));
    }

    @Test
    void theUnitsOfANamedBodyAreNotEveryMinistry() {
        Reading r = read("KẾ HOẠCH\nIV. TỔ CHỨC THỰC HIỆN\n2. Các cơ quan trực thuộc Bộ Văn hóa, Thể thao và Du lịch\n"
                + "Chủ trì, phối hợp với các Bộ, ngành liên quan đề xuất các cơ chế, chính sách.", LocalDate.of(2025, 11, 18));
        assertEquals(List.of("Các cơ quan trực thuộc Bộ Văn hóa, Thể thao và Du lịch"), leads(task(r, "cơ chế")));
    }

    @Test
    void aProvincesCollectiveIsItsOwnNotTheCentres() {
        Reading r = read("UỶ BAN NHÂN DÂN\nTỈNH BẮC NINH\n-------\nSố: 141/KH-UBND\nKẾ HOẠCH\nNÂNG CAO NĂNG LỰC XÂY DỰNG PHÁP LUẬT\n"
                + "I. MỤC ĐÍCH\n- Triển khai Kế hoạch trên địa bàn tỉnh Bắc Ninh.\n"
                + "III. NHIỆM VỤ, GIẢI PHÁP\n1. Các cơ quan, đơn vị, địa phương tiếp tục nâng cao nhận thức về công tác xây dựng "
                + "pháp luật.", LocalDate.of(2025, 11, 20));
        FoundTask t = task(r, "nâng cao nhận thức");
        assertEquals(List.of("Các cơ quan, đơn vị, địa phương"), leads(t), "not the People's Committees of every province");
        assertTrue(t.owners().stream().allMatch(o -> o.code() == null));
    }

    private static final String CITY_ASKS = "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\n\nCHỈ THỊ\nVề tăng cường quản lý tài nguyên nước\n\n"
            + "Chủ tịch Ủy ban nhân dân thành phố yêu cầu các cơ quan, đơn vị thực hiện các nhiệm vụ sau:\n\n";
    private static final LocalDate NOVEMBER_2025 = LocalDate.of(2025, 11, 18);

    @Test
    void headNounBeforeTheKindOfPlaceAloneIsThatPlacesBody() {
        Reading r = read(CITY_ASKS + "1. Công an thành phố kịp thời phát hiện và xử lý các hành vi vi phạm pháp luật về tài nguyên nước.\n\n"
                + "2. Ủy ban nhân dân xã, phường\n\nThực hiện rà soát, thống kê các công trình khai thác nước dưới đất trên địa bàn.",
                NOVEMBER_2025);
        assertEquals(List.of("Công an thành phố"), leads(task(r, "phát hiện và xử lý")));
        assertEquals(List.of("Ủy ban nhân dân xã, phường"), leads(task(r, "rà soát, thống kê")));
    }

    @Test
    void aHeadNounWrittenShortInCapitalsStartsANameAndALevelNamesTheBodiesOfIt() {
        Reading r = read(CITY_ASKS + "1. UBND các xã, phường:\n- Rà soát, lập danh sách hộ bị ảnh hưởng.\n"
                + "2. UBND cấp xã tổ chức cấp phát hàng hóa đúng người, đúng đối tượng.\n"
                + "3. UBND thành phố Cần Thơ chỉ đạo dọn vệ sinh môi trường sau lũ.", NOVEMBER_2025);
        assertEquals(List.of("UBND các xã, phường"), leads(task(r, "danh sách hộ")));
        assertEquals(List.of("UBND cấp xã"), leads(task(r, "cấp phát")));
        assertEquals(List.of("UBND thành phố Cần Thơ"), leads(task(r, "vệ sinh")));
    }

    @Test
    void aBodyGivenAPartInPlaceOfAVerbOwnsTheItemsBelow() {
        Reading r = read(CITY_ASKS + "V. TỔ CHỨC THỰC HIỆN\n\n1. Giao Sở Nông nghiệp và Môi trường là cơ quan đầu mối, chủ trì, hướng "
                + "dẫn thực hiện Đề án; tổ chức thực hiện các nhiệm vụ sau:\n\n- Điều phối chung, đôn đốc việc triển khai Kế hoạch.\n\n"
                + "- Tổ chức đánh giá, báo cáo kết quả thực hiện Đề án hàng năm.", NOVEMBER_2025);
        assertEquals(List.of("Sở Nông nghiệp và Môi trường"), leads(task(r, "Điều phối")));
        assertEquals(List.of("Sở Nông nghiệp và Môi trường"), leads(task(r, "đánh giá")));
    }

    @Test
    void handingVerbInsideAnOwnedItemGivesTheWorkToTheBodyItNames() {
        Reading r = read(CITY_ASKS + "1. Giám đốc Sở, Thủ trưởng cơ quan, ban, ngành\n\n"
                + "a) Giao Thanh tra thành phố tổ chức thanh tra việc chấp hành các quy định pháp luật về tài nguyên nước.\n\n"
                + "b) Yêu cầu các doanh nghiệp báo cáo tình hình khai thác nước dưới đất.\n\n"
                + "c) Giao Ban Quản lý các khu công nghiệp chỉ đạo các đơn vị kinh doanh hạ tầng có trách nhiệm:\n\n"
                + "- Duy trì hoạt động cấp nước phục vụ cho hoạt động của khu công nghiệp.\n\n"
                + "- Vận động các doanh nghiệp thực hiện các giải pháp sản xuất tiết kiệm nước.", NOVEMBER_2025);
        assertEquals(List.of("Thanh tra thành phố"), leads(task(r, "tổ chức thanh tra")));
        assertFalse(leads(task(r, "báo cáo tình hình")).contains("các doanh nghiệp"), "asking others is the owner's own task");
        assertEquals(List.of("Ban Quản lý các khu công nghiệp"), leads(task(r, "Duy trì hoạt động")));
        assertEquals(List.of("Ban Quản lý các khu công nghiệp"), leads(task(r, "tiết kiệm nước")));
    }

    @Test
    void itemLineThatAsksBodiesByNameHandsThemTheLinesBelow() {
        Reading r = read(CITY_ASKS + "1. Báo và Phát thanh, Truyền hình thành phố\n\nChủ động định hướng công tác tuyên truyền về tài nguyên nước."
                + "\n\n2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố\n\nTăng cường công tác giám sát, phản biện đối với công tác "
                + "quản lý tài nguyên nước.", NOVEMBER_2025);
        assertEquals(List.of("Báo và Phát thanh, Truyền hình thành phố"), leads(task(r, "định hướng")));
        assertEquals(List.of("Ủy ban Mặt trận Tổ quốc Việt Nam thành phố"), leads(task(r, "phản biện")));
    }

    @Test
    void bodiesAskedByTheSentenceThatHandsOutTheItemsDoWhatNamesNobody() {
        Reading r = read("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\n\nCHỈ THỊ\nVề tăng cường quản lý tài nguyên nước\n\n"
                + "Chủ tịch Ủy ban nhân dân thành phố yêu cầu Giám đốc, Thủ trưởng các sở, ban ngành, Chủ tịch Ủy ban nhân dân xã, "
                + "phường thực hiện các nhiệm vụ trọng tâm như sau:\n\n1. Tuân thủ nguyên tắc khoanh định vùng cấm khai thác nước dưới "
                + "đất.\n\n2. Sở Xây dựng chủ trì rà soát mạng lưới cấp nước.", NOVEMBER_2025);
        assertEquals(List.of("các sở, ban ngành", "Ủy ban nhân dân xã, phường"), leads(task(r, "vùng cấm")),
                "titles before one body phrase share it");
        assertEquals(List.of("Sở Xây dựng"), leads(task(r, "mạng lưới")));
    }

    @Test
    void lineLabelledAsTheTaskIsTheTaskAndTheLabelsAfterItGiveItsOwners() {
        Reading r = read("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\n\nKẾ HOẠCH\nTriển khai thi hành Luật Việc làm\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n"
                + "1. Triển khai kịp thời, hiệu quả Luật Việc làm.\n\nII. NỘI DUNG\n\n"
                + "**1. Tổ chức tập huấn, bồi dưỡng nghiệp vụ**\n\n- Nội dung thực hiện: Tổ chức tập huấn, bồi dưỡng, hướng dẫn chuyên "
                + "môn, nghiệp vụ cho cán bộ, công chức làm công tác việc làm.\n\n- Cơ quan chủ trì: Sở Nội vụ, Sở Giáo dục và "
                + "Đào tạo.\n\n- Cơ quan phối hợp: Bảo hiểm xã hội Thành phố.", NOVEMBER_2025);
        FoundTask t = task(r, "hướng dẫn chuyên môn");
        assertTrue(t.text().startsWith("Tổ chức tập huấn"), "the task starts after its label: " + t.text());
        assertEquals(List.of("Sở Nội vụ", "Sở Giáo dục và Đào tạo"), leads(t));
        assertTrue(Readers.supports(t).contains("Bảo hiểm xã hội"), Readers.supports(t));
    }

    @Test
    void aBodyNamedByItsPlacesKindAndItsHeadIsThatBodyNotThePlacesAuthority() {
        Reading r = read("KẾ HOẠCH\nVI. TỔ CHỨC THỰC HIỆN\n**13. Tỉnh ủy**\nChỉ đạo các cấp ủy triển khai Kế hoạch.\n**14. Tỉnh\nđoàn**\n"
                + "Phát động đoàn viên thanh niên làm lực lượng nòng cốt tuyên truyền kỹ năng số.\n"
                + "*(Ban hành kèm theo Kế hoạch số 144/KH-UBND ngày 24 tháng 11 năm 2025 của UBND tỉnh Bắc Ninh)*",
                LocalDate.of(2025, 11, 24));
        assertEquals(List.of("Tỉnh ủy"), leads(task(r, "cấp ủy")));
        assertEquals(List.of("Tỉnh đoàn"), leads(task(r, "đoàn viên")));
    }

    @Test
    void theGovernmentAndTheNationalAssemblyAreBodiesOfTheirOwn() {
        Reading r = read("NGHỊ QUYẾT\n**Điều 3. Tổ chức thực hiện**\n2. Giao Chính phủ, căn cứ vào Nghị quyết này, tổ chức việc xác định "
                + "chính xác diện tích tự nhiên của các đơn vị hành chính cấp xã.", LocalDate.of(2025, 6, 16));
        assertEquals(List.of("Chính phủ"), leads(task(r, "diện tích tự nhiên")));
    }

    @Test
    void aLineThatEndsWithTheHeadOfABodysNameRunsOnIntoTheRestOfIt() {
        Reading r = read("CÔNG VĂN\nỦy ban nhân dân Thành phố yêu cầu:\n1. Sở Nội vụ:\n- Hướng dẫn, theo dõi tiến độ cập nhật dữ liệu.\n"
                + "- Tham mưu Ủy ban nhân dân\nThành phố đánh giá, xem xét trách nhiệm người đứng đầu đối với các cơ quan, đơn vị.",
                LocalDate.of(2025, 12, 1));
        assertEquals(2, r.tasks().size(), Readers.texts(r).toString());
        assertTrue(task(r, "Tham mưu").text().contains("người đứng đầu"));
    }

    @Test
    void aProvincesDelegationOfDeputiesIsABody() {
        Reading r = read("NGHỊ QUYẾT\n**Điều 3. Tổ chức thực hiện**\n3. Hội đồng Dân tộc, các Ủy ban của Quốc hội, Đoàn đại biểu Quốc "
                + "hội tỉnh An Giang giám sát việc thực hiện Nghị quyết này.", LocalDate.of(2025, 6, 16));
        assertTrue(leads(task(r, "giám sát")).contains("Đoàn đại biểu Quốc hội tỉnh An Giang"), leads(task(r, "giám sát")).toString());
    }
}
