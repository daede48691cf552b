package vn.dondoc.importer.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dondoc.importer.reading.Readers.read;
import static vn.dondoc.importer.reading.Readers.task;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DeadlineReadingTest {

    private static final LocalDate JULY_2024 = LocalDate.of(2024, 7, 10);
    private static final LocalDate MAY_2024 = LocalDate.of(2024, 5, 2);
    private static final String HEADING = "Nhiệm vụ công tác trọng tâm quý 3/2024 và thời gian tới\n\n";
    private static final String ASKS = "Thủ tướng Chính phủ yêu cầu:\n";

    private static DeadlineParser.Deadline parse(String words, LocalDate reference) {
        return DeadlineParser.parse(words, reference, false);
    }

    @Test
    void taskWithoutItsOwnTimeTakesTheQuarterOfItsSectionHeading() {
        FoundTask t = task(read(HEADING + "Thúc đẩy cải cách hành chính, chuyển đổi số.", JULY_2024), "chuyển đổi số");
        assertEquals(LocalDate.of(2024, 9, 30), t.deadline());
        assertEquals("quý 3/2024", t.deadlineText());
        assertEquals(DeadlineKind.DATE, t.deadlineKind());
    }

    @Test
    void taskThatNamesItsOwnHalfYearKeepsIt() {
        FoundTask t = task(read(HEADING + "Thúc đẩy, triển khai các kết luận của Bộ Chính trị; Chương trình đối ngoại 6 tháng cuối năm 2024 "
                + "của lãnh đạo chủ chốt.", JULY_2024), "đối ngoại");
        assertEquals(LocalDate.of(2024, 12, 31), t.deadline());
    }

    @Test
    void namedDaysGiveTheLatestOfThem() {
        FoundTask t = task(read(HEADING + "Tổ chức tốt kỷ niệm Ngày Thương binh - Liệt sỹ, Ngày Cách mạng Tháng Tám.", JULY_2024), "kỷ niệm");
        assertEquals(LocalDate.of(2024, 8, 19), t.deadline());
    }

    @Test
    void namedDayAlreadyPastInTheDocumentYearFallsInTheNextYear() {
        assertEquals(LocalDate.of(2025, 9, 2), parse("chuẩn bị kỷ niệm Quốc khánh 2/9", LocalDate.of(2024, 10, 1)).day());
    }

    @Test
    void dateAfterBeforeIsADeadline() {
        assertEquals(LocalDate.of(2024, 7, 30), parse("trình Chính phủ trước ngày 30 tháng 7 năm 2024.", MAY_2024).day());
        assertEquals(LocalDate.of(2024, 9, 30), parse("báo cáo trước ngày 30/9/2024", MAY_2024).day());
        assertEquals(LocalDate.of(2024, 9, 15), parse("hoàn thành trước ngày 15/9", MAY_2024).day());
    }

    @Test
    void dateOfACitedDocumentIsNotADeadline() {
        assertNull(parse("sửa đổi Nghị định số 06/2022/NĐ-CP ngày 07 tháng 01 năm 2022 của Chính phủ", MAY_2024));
    }

    @Test
    void quartersInRomanOrArabicNumerals() {
        assertEquals(LocalDate.of(2024, 9, 30), parse("hoàn thành trong Quý III năm 2024", MAY_2024).day());
        assertEquals(LocalDate.of(2024, 12, 31), parse("Quý IV/2024", MAY_2024).day());
        assertEquals(LocalDate.of(2024, 9, 30), parse("trong quý 3 năm 2024", MAY_2024).day());
    }

    @Test
    void monthGivesItsLastDay() {
        assertEquals(LocalDate.of(2024, 8, 31), DeadlineParser.parse("Tháng 8/2024", MAY_2024, true).day());
        assertEquals(LocalDate.of(2024, 10, 31), parse("hoàn thành trong tháng 10 năm 2024", MAY_2024).day());
    }

    @Test
    void rangeOfYearsInAPlanTableEndsOnTheLastDayOfTheLastYear() {
        assertEquals(LocalDate.of(2025, 12, 31), DeadlineParser.parse("2024 - 2025", MAY_2024, true).day());
        assertEquals(LocalDate.of(2025, 12, 31), DeadlineParser.parse("2025", MAY_2024, true).day());
    }

    @Test
    void scopeUpToAYearInRunningTextIsNotADeadline() {
        assertNull(parse("xây dựng cơ sở dữ liệu về tiềm năng hấp thụ các-bon từ rừng đến năm 2030 và có tính đến năm 2050", MAY_2024));
        assertNull(parse("giám sát tiềm năng tạo tín chỉ các-bon giai đoạn 2021 - 2030", MAY_2024));
    }

    @Test
    void recurringDayIsItsNextOccurrenceAfterTheDocumentDate() {
        DeadlineParser.Deadline d = parse("định kỳ báo cáo trước ngày 20 hằng tháng", LocalDate.of(2024, 8, 15));
        assertEquals(DeadlineKind.RECURRING, d.kind());
        assertEquals(LocalDate.of(2024, 8, 20), d.day());
        assertEquals("hằng tháng", d.recurrence());
        assertEquals(LocalDate.of(2024, 9, 20), parse("báo cáo trước ngày 20 hằng tháng", LocalDate.of(2024, 8, 25)).day());
    }

    @Test
    void everyYearWithoutADayIsOngoing() {
        DeadlineParser.Deadline d = DeadlineParser.parse("Hằng năm", MAY_2024, true);
        assertEquals(DeadlineKind.ONGOING, d.kind());
        assertNull(d.day());
    }

    @Test
    void regularWorkIsOngoingAndUrgentWorkHasNoDate() {
        assertEquals(DeadlineKind.ONGOING, parse("thường xuyên theo dõi tình hình thị trường vàng", MAY_2024).kind());
        DeadlineParser.Deadline urgent = parse("khẩn trương tìm kiếm cứu nạn", MAY_2024);
        assertEquals(DeadlineKind.URGENT, urgent.kind());
        assertNull(urgent.day());
        assertEquals(DeadlineKind.URGENT, parse("khắc phục ngay các hạn chế", MAY_2024).kind());
    }

    @Test
    void ownDateWinsOverUrgency() {
        FoundTask t = task(read(ASKS + "1. Bộ Công Thương khẩn trương ban hành kế hoạch giảm nhẹ phát thải khí nhà kính, hoàn thành trong Quý III "
                + "năm 2024.", MAY_2024), "kế hoạch");
        assertEquals(LocalDate.of(2024, 9, 30), t.deadline());
    }

    @Test
    void urgencyDoesNotRemoveTheSectionDeadline() {
        FoundTask t = task(read(HEADING + "Chuẩn bị chu đáo các đề án; khẩn trương, tích cực chuẩn bị Đại hội XIV của Đảng.", JULY_2024),
                "Đại hội");
        assertEquals(LocalDate.of(2024, 9, 30), t.deadline());
    }

    @Test
    void englishDatesUseTheDocumentYear() {
        assertEquals(LocalDate.of(2024, 9, 30), parse("report to the Government by September 30.", LocalDate.of(2024, 8, 6)).day());
        assertEquals(LocalDate.of(2024, 12, 31), parse("complete it in the fourth quarter of 2024", LocalDate.of(2024, 8, 6)).day());
    }

    @Test
    void lunarNewYearIsTheNextTetAfterTheDocument() {
        assertEquals(LocalDate.of(2025, 1, 29), parse("bảo đảm cân đối cung cầu hàng hóa thiết yếu trước Tết Nguyên đán.",
                LocalDate.of(2024, 9, 5)).day());
        assertEquals(LocalDate.of(2026, 2, 17), parse("chăm lo cho các gia đình chính sách dịp Tết Nguyên đán Bính Ngọ 2026",
                LocalDate.of(2025, 11, 20)).day());
        assertNull(parse("tổ chức vui Tết Trung thu cho thiếu nhi", LocalDate.of(2024, 8, 1)));
    }

    @Test
    void hourBeforeTheDayStillGivesTheDayAndBeatsUrgency() {
        FoundTask t = task(read(ASKS + "1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố ven biển khẩn trương kêu gọi tàu thuyền vào nơi tránh "
                + "trú an toàn, hoàn thành trước 17 giờ ngày 6/9/2024.", LocalDate.of(2024, 9, 5)), "tàu thuyền");
        assertEquals(LocalDate.of(2024, 9, 6), t.deadline());
        assertEquals(DeadlineKind.DATE, t.deadlineKind());
    }

    @Test
    void timeLineUnderAnItemIsTheTimeLimitOfItsTasks() {
        Reading r = read("II. NHIỆM VỤ CỤ THỂ\n1. Tổ chức tập huấn Luật Đất đai cho cán bộ các địa phương.\n"
                + "Thời gian hoàn thành: quý III năm 2024.\n2. Xây dựng cơ sở dữ liệu đất đai quốc gia.\nThời gian hoàn thành: năm 2025.\n"
                + "3. Rà soát các thông tư hướng dẫn, hoàn thành trong tháng 8/2024.\nThời gian hoàn thành: năm 2025.", LocalDate.of(2024, 7, 2));
        assertEquals(LocalDate.of(2024, 9, 30), task(r, "tập huấn").deadline());
        assertEquals(LocalDate.of(2025, 12, 31), task(r, "cơ sở dữ liệu").deadline());
        assertEquals(LocalDate.of(2024, 8, 31), task(r, "thông tư").deadline(), "the task's own month stays");
        assertEquals(3, r.tasks().size());
    }

    @Test
    void anAnniversaryFallsOnTheLaterDayOfItsPair() {
        DeadlineParser.Deadline d = DeadlineParser.parse("xây dựng kế hoạch tổ chức kỷ niệm 70 năm ngày Bác Hồ ra lời kêu gọi thi "
                + "đua ái quốc (11/6/1948-11/6/2018)", LocalDate.of(2018, 3, 1), false);
        assertEquals(LocalDate.of(2018, 6, 11), d.day());
    }

    @Test
    void theLastMonthsOfTheYearAndTheYearsEndAreItsLastDay() {
        java.time.LocalDate day = LocalDate.of(2025, 11, 11);
        assertEquals(LocalDate.of(2025, 12, 31), DeadlineParser.parse("có giải pháp quyết liệt 2 tháng cuối năm", day, false).day());
        assertEquals(LocalDate.of(2025, 3, 31), DeadlineParser.parse("hoàn thành trong ba tháng đầu năm 2025", day, true).day());
        assertEquals(LocalDate.of(2025, 12, 31),
                DeadlineParser.parse("fulfil its tasks in the remaining months of this year", day, false).day());
    }

    @Test
    void boldInsideATimeLimitIsReadAsSpace() {
        assertEquals(LocalDate.of(2025, 12, 13), DeadlineParser.parse("báo cáo Thủ tướng Chính phủ trước **ngày 13 tháng 12 "
                + "năm 2025**", LocalDate.of(2025, 11, 20), false).day());
    }

    @Test
    void aPeriodIsNoDay() {
        org.junit.jupiter.api.Assertions.assertTrue(DeadlineParser.isPeriod("quý III năm 2024"));
        org.junit.jupiter.api.Assertions.assertFalse(DeadlineParser.isPeriod("trước ngày 20 tháng 10 năm 2024"));
    }

    @Test
    void theTimeAPlanGivesItselfBeforeItsWorkDatesTheTasksThatNameNone() {
        Reading r = read("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\n\nKẾ HOẠCH\nTruyền thông về giảm nghèo đa chiều\n\n"
                + "I. MỤC ĐÍCH, YÊU CẦU\n\n1. Nâng cao nhận thức của người dân về giảm nghèo.\n\n"
                + "II. ĐỐI TƯỢNG, PHẠM VI VÀ THỜI GIAN THỰC HIỆN\n\n**1. Thời gian thực hiện:**\n\nTừ nay đến hết năm 2025.\n\n"
                + "III. TỔ CHỨC THỰC HIỆN\n\n1. Sở Tài chính phân bổ kinh phí thực hiện các hoạt động truyền thông.\n\n"
                + "2. Sở Nội vụ tổng hợp, báo cáo kết quả trước ngày 15/12/2025.", LocalDate.of(2025, 11, 19));
        FoundTask funds = task(r, "phân bổ kinh phí");
        assertEquals(LocalDate.of(2025, 12, 31), funds.deadline());
        assertTrue(funds.doubts().contains(TaskDoubt.DEADLINE_FROM_TITLE));
        assertEquals(LocalDate.of(2025, 12, 15), task(r, "tổng hợp").deadline(), "a task's own day comes first");
    }

    @Test
    void aPlansTimeMayBeASentenceUnderItsHeadingAndMayNameNoDay() {
        String plan = "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\n\nKẾ HOẠCH\nGiám sát, đánh giá Chương trình\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n"
                + "1. Đánh giá đúng kết quả thực hiện Chương trình.\n\nII. ĐỐI TƯỢNG, THỜI GIAN\n\n**1. Thời gian thực hiện**\n\n%s\n\n"
                + "III. TỔ CHỨC THỰC HIỆN\n\n1. Sở Tài chính bố trí kinh phí giám sát.";
        Reading dated = read(String.format(plan, "Công tác giám sát được tiến hành thường xuyên, liên tục trong năm 2025."),
                LocalDate.of(2025, 11, 19));
        assertEquals(LocalDate.of(2025, 12, 31), task(dated, "kinh phí").deadline());
        Reading open = read(String.format(plan, "Đợt thi đua được triển khai từ ngày ban hành Kế hoạch đến khi kết thúc Đại hội."),
                LocalDate.of(2025, 11, 19));
        assertNull(task(open, "kinh phí").deadline());
    }

    @Test
    void aTimeFromWhichWorkStartsIsNoDeadlineAndARangeOfMonthsEndsWithItsLast() {
        LocalDate day = LocalDate.of(2025, 11, 21);
        assertNull(DeadlineParser.parse("Thời gian thực hiện: Từ tháng 11/2025 đến khi kết thúc Tổng kiểm kê.", day, true));
        assertEquals(LocalDate.of(2025, 12, 31), DeadlineParser.parse("Thời gian hoàn thành: Tháng 11 - 12/2025.", day, true).day());
        assertEquals(LocalDate.of(2025, 12, 31), DeadlineParser.parse("từ ngày 25/11/2025 đến ngày 31/12/2025", day, false).day());
    }

    @Test
    void theDayOfATextTheTaskNamesIsNoDeadlineWhenALineBreakStandsBeforeIt() {
        Reading r = read("CHỈ THỊ\nVề việc công bố thủ tục\nThủ tướng Chính phủ yêu cầu:\n1. Bộ Nội vụ rà soát quy định.\n"
                + "2. Giao Sở Tài chính:\na) Niêm yết và triển khai thực hiện giải quyết TTHC theo hướng dẫn tại Quyết định số "
                + "4347/QĐ-BVHTTDL\nngày 14 tháng 11 năm 2025 của Bộ trưởng.\n"
                + "b) Đồng bộ dữ liệu thủ tục hành chính từ Cơ sở dữ liệu quốc gia.", LocalDate.of(2025, 11, 21));
        assertNull(task(r, "Niêm yết").deadline());
        task(r, "Đồng bộ dữ liệu");
    }
}
