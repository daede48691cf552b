package vn.dondoc.importer.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The layout stage: paragraphs and table rows out of a text as Word conversions leave it. */
class LayoutTest {

    private static List<String> blocks(String text) {
        return Layout.of(text).stream().map(b -> text.substring(b.start(), b.end()).replace('\n', ' ')).toList();
    }

    private static String wrapped(String... lines) {
        return String.join("\n", lines);
    }

    @Test
    void aLineWrappedBeforeACapitalRunsOnWhereBlankLinesPartTheParagraphs() {
        String text = wrapped("Ngày 18 tháng 11 năm 2025, Phó Thủ tướng Chính phủ Bùi Thanh Sơn đã chủ trì buổi làm",
                "việc với lãnh đạo tỉnh Sơn La về tình hình sản xuất kinh doanh và đầu tư công trên địa bàn.", "",
                "Giao Bộ Giáo dục và Đào tạo chủ trì, phối với Bộ", "Tài chính và các cơ quan liên quan rà soát, đề xuất phương án xử lý",
                "theo đúng quy định của pháp luật, báo cáo Thủ tướng Chính phủ trước ngày 31 tháng 12 năm 2025.", "",
                "Văn phòng Chính phủ thông báo để Ủy ban nhân dân tỉnh Sơn La và các Bộ, cơ quan liên quan biết.", "",
                "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "", "KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM");
        List<String> b = blocks(text);
        assertEquals("Giao Bộ Giáo dục và Đào tạo chủ trì, phối với Bộ Tài chính và các cơ quan liên quan rà soát, đề xuất phương án xử lý "
                + "theo đúng quy định của pháp luật, báo cáo Thủ tướng Chính phủ trước ngày 31 tháng 12 năm 2025.", b.get(1));
    }

    @Test
    void aLineThatEndsWithACommaOrLeavesBoldOpenRunsOn() {
        List<String> b = blocks(wrapped("**II. VỀ CUNG CẤP DỊCH VỤ CÔNG TRỰC", "TUYẾN VÀ THỰC HIỆN TTHC**",
                "2. Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ,", "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố",
                "Khẩn trương rà soát, sửa đổi các quy định không phù hợp."));
        assertEquals(List.of("**II. VỀ CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN VÀ THỰC HIỆN TTHC**",
                "2. Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố",
                "Khẩn trương rà soát, sửa đổi các quy định không phù hợp."), b);
    }

    @Test
    void aTableWithBarsOnLinesOfTheirOwnIsReadAsRows() {
        String text = wrapped("|", "**TT**", "|", "**Nội dung/nhiệm vụ**", "|", "**Cơ quan chủ trì**", "|", "**Thời gian thực hiện**", "|",
                "|", "1", "|", "Tổ chức điều chỉnh, bổ sung", "quy hoạch hạ tầng viễn thông", "|", "Ban Quản lý các khu công nghệ cao",
                "|", "Quý III Năm 2026", "|", "", "Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách.");
        List<Layout.Block> b = Layout.of(text);
        assertEquals(3, b.size());
        Layout.Row row = assertInstanceOf(Layout.Row.class, b.get(1));
        assertEquals(4, row.cells());
        assertEquals("Tổ chức điều chỉnh, bổ sung\nquy hoạch hạ tầng viễn thông", text.substring(row.cellStart()[1], row.cellEnd()[1]));
        assertInstanceOf(Layout.Para.class, b.get(2));
    }

    @Test
    void aLongRunAfterABarIsRunningTextNotACell() {
        StringBuilder sb = new StringBuilder("|\nSố: 220/CĐ-TTg\n|\n");
        for (int i = 0; i < 12; i++) {
            sb.append("Các bộ, cơ quan ngang bộ đã tập trung triển khai thực hiện các nhiệm vụ được giao trong\n");
        }
        List<Layout.Block> b = Layout.of(sb.toString());
        assertInstanceOf(Layout.Para.class, b.get(b.size() - 1));
    }
}
