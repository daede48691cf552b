package vn.dondoc.importer.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dondoc.importer.reading.Readers.leadCodes;
import static vn.dondoc.importer.reading.Readers.read;
import static vn.dondoc.importer.reading.Readers.supports;
import static vn.dondoc.importer.reading.Readers.task;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class IssuerReadingTest {

    /** The header table of a state document: issuer, number and the day (in 2024) it was signed. */
    private static String header(String issuer, String number, String dayMonth) {
        String[] dm = dayMonth.split("/");
        return "| " + issuer + " ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |\n"
                + "| --- | --- |\n"
                + "| Số: " + number + " | *Hà Nội, ngày " + dm[0] + " tháng " + dm[1] + " năm 2024* |\n";
    }

    private static final String MINISTRY_PLAN = header("BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "15/KH-BTNMT", "10/3") + """
            KẾ HOẠCH
            TRIỂN KHAI CÔNG TÁC QUẢN LÝ ĐẤT ĐAI NĂM 2024
            II. NHIỆM VỤ
            1. Tổ chức tập huấn cho cán bộ địa chính các tỉnh, thành phố trực thuộc trung ương.
            2. Xây dựng cơ sở dữ liệu đất đai quốc gia, phối hợp với Bộ Công an.
            3. Rà soát, sửa đổi các thông tư hướng dẫn Luật Đất đai.
            4. Bộ Tài chính bố trí kinh phí thực hiện Kế hoạch.
            """;

    @Test
    void unownedItemsOfAMinistryPlanAreTheMinistrysOwnTasks() {
        Reading r = read(MINISTRY_PLAN, null);
        assertEquals(List.of("BTNMT"), leadCodes(task(r, "Tổ chức tập huấn")));
        assertEquals(List.of("BTNMT"), leadCodes(task(r, "Rà soát, sửa đổi các thông tư")));
        FoundOwner lead = task(r, "Tổ chức tập huấn").owners().get(0);
        assertTrue(lead.inferred());
        assertEquals("Kế hoạch của Bộ Tài nguyên và Môi trường", lead.reason());
    }

    @Test
    void supportNamedInAnItemOfAMinistryPlanStaysASupport() {
        FoundTask database = task(read(MINISTRY_PLAN, null), "cơ sở dữ liệu đất đai");
        assertEquals(List.of("BTNMT"), leadCodes(database));
        assertEquals("Bộ Công an", supports(database));
    }

    @Test
    void aBodyNamedInAnItemOfAMinistryPlanKeepsTheTask() {
        assertEquals(List.of("BTC"), leadCodes(task(read(MINISTRY_PLAN, null), "bố trí kinh phí")));
    }

    @Test
    void aPrimeMinistersDirectiveStillInfersOwnersByArea() {
        Reading r = read(header("THỦ TƯỚNG CHÍNH PHỦ", "20/CT-TTg", "02/8") + """
                CHỈ THỊ
                VỀ TĂNG CƯỜNG BẢO ĐẢM AN TOÀN THỰC PHẨM
                Thủ tướng Chính phủ yêu cầu:
                1. Tăng cường kiểm tra an toàn thực phẩm, phòng, chống dịch bệnh.
                """, null);
        FoundTask food = task(r, "an toàn thực phẩm, phòng");
        assertEquals(List.of("BYT"), leadCodes(food));
        assertTrue(food.owners().get(0).reason().contains("an toàn thực phẩm"));
    }

    @Test
    void aPlanIssuedByThePrimeMinisterStillInfersOwnersByArea() {
        Reading r = read(header("THỦ TƯỚNG CHÍNH PHỦ", "20/KH-TTg", "02/8") + """
                KẾ HOẠCH
                BẢO ĐẢM AN TOÀN THỰC PHẨM NĂM 2024
                I. NHIỆM VỤ
                1. Tăng cường kiểm tra an toàn thực phẩm, phòng, chống dịch bệnh.
                """, null);
        assertEquals(List.of("BYT"), leadCodes(task(r, "an toàn thực phẩm, phòng")));
    }

    @Test
    void unownedItemsOfAPartyBoardsProgrammeAreTheBoardsOwnTasks() {
        Reading r = read("""
                BAN CHẤP HÀNH TRUNG ƯƠNG
                BAN TUYÊN GIÁO
                *
                Số 25-CTr/BTGTW
                Hà Nội, ngày 15 tháng 1 năm 2024
                CHƯƠNG TRÌNH
                CÔNG TÁC NĂM 2024
                I. NHIỆM VỤ TRỌNG TÂM
                1. Tổ chức tốt các hoạt động tuyên truyền kỷ niệm các ngày lễ lớn của đất nước.
                2. Tổ chức hội nghị toàn quốc về công tác cán bộ, phối hợp với Ban Tổ chức Trung ương.
                """, null);
        assertEquals(List.of("BTGTW"), leadCodes(task(r, "kỷ niệm các ngày lễ lớn")));
        FoundTask conference = task(r, "hội nghị toàn quốc");
        assertEquals(List.of("BTGTW"), leadCodes(conference));
        assertEquals("Ban Tổ chức Trung ương", supports(conference));
    }

    @Test
    void aGovernmentOfficeNoticeOfThePrimeMinistersConclusionsStillInfersOwnersByArea() {
        Reading r = read(header("VĂN PHÒNG CHÍNH PHỦ", "300/TB-VPCP", "02/8") + """
                THÔNG BÁO
                KẾT LUẬN CỦA THỦ TƯỚNG CHÍNH PHỦ TẠI CUỘC HỌP VỀ AN TOÀN THỰC PHẨM
                Thủ tướng Chính phủ kết luận:
                1. Tăng cường kiểm tra an toàn thực phẩm, phòng, chống dịch bệnh.
                """, null);
        assertEquals(List.of("BYT"), leadCodes(task(r, "an toàn thực phẩm, phòng")));
    }
}
