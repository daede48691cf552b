package vn.dondoc.importer.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dondoc.importer.reading.Readers.read;
import static vn.dondoc.importer.reading.Readers.task;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Decisions that announce administrative procedures: their articles hand out work, the procedures they attach (the
 * steps of handling a file, its papers, its legal grounds) describe how a procedure runs and hand out nothing.
 */
class ProcedureReadingTest {

    private static final LocalDate DAY = LocalDate.of(2025, 11, 18);

    private static final String ARTICLES = """
            QUYẾT ĐỊNH
            Về việc công bố danh mục thủ tục hành chính
            QUYẾT ĐỊNH:
            **Điều 1. **Công bố kèm theo Quyết định này danh mục thủ tục hành chính.
            **Điều 2. **Giao
            Sở Giáo dục và Đào tạo chủ trì, phối hợp Văn phòng Ủy ban nhân dân tỉnh thiết lập quy trình điện tử giải quyết
            thủ tục hành chính lên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh theo quy định.
            **Điều 3. **Quyết định này có hiệu lực thi hành kể từ ngày ký.
            """;

    @Test
    void aTableOfAProceduresStepsAssignsNothing() {
        Reading r = read(ARTICLES + """
                |
                **KT. CHỦ TỊCH**
                **PHÓ CHỦ TỊCH**
                |
                **QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH**
                |
                **Các bước**
                |
                **Nội dung công việc**
                |
                **Trách nhiệm thực hiện**
                |
                **Thời gian thực hiện (ngày làm việc)**
                |
                |
                Bước 1
                |
                Kiểm tra, xem xét tính chính xác, đầy đủ của hồ sơ, lập phiếu tiếp nhận và hẹn trả kết quả.
                |
                Chuyên viên của Sở Giáo dục và Đào tạo
                |
                0,25 ngày
                |
                |
                Bước 2
                |
                Thẩm định, xử lý hồ sơ
                |
                Lãnh đạo Phòng Quản lý giáo dục
                |
                5,5 ngày
                |
                """, DAY);
        assertEquals(1, r.tasks().size(), Readers.texts(r).toString());
        assertEquals("Sở Giáo dục và Đào tạo", task(r, "quy trình điện tử").owners().get(0).name());
    }

    @Test
    void theLineOfOneWhoSignsEndsTheTextWhereNoRecipientListDoes() {
        Reading r = read(ARTICLES + """
                **KT. CHỦ TỊCH **
                PHÓ CHỦ TỊCH
                Hoàng Xuân Tân

                **Phần II. NỘI DUNG CỤ THỂ CỦA TỪNG THỦ TỤC HÀNH CHÍNH**
                a) Trình tự thực hiện
                Bước 1: Ủy ban nhân dân các xã, phường tổ chức rà soát thống kê số liệu về tổng dân số, gửi hồ sơ về Ủy ban nhân dân tỉnh.
                k) Yêu cầu, điều kiện thực hiện thủ tục hành chính
                - Xã miền núi là xã đáp ứng ít nhất 01 trong 02 tiêu chí sau đây.
                """, DAY);
        assertEquals(1, r.tasks().size(), Readers.texts(r).toString());
    }

    @Test
    void anArticleWhoseFirstWordIsAloneOnItsLineRunsOnIntoTheNext() {
        FoundTask t = task(read(ARTICLES, DAY), "quy trình điện tử");
        assertTrue(t.text().startsWith("chủ trì, phối hợp"), t.text());
        assertEquals(List.of("Sở Giáo dục và Đào tạo", "Văn phòng Ủy ban nhân dân tỉnh"),
                t.owners().stream().map(FoundOwner::name).toList());
    }

    @Test
    void aTaskWhosePurposeIsThatPeopleKnowIsNoClosingFormula() {
        Reading r = read("""
                **Điều 3. Trách nhiệm thực hiện**
                2. Ủy ban nhân dân các xã, phường
                a) Niêm yết công khai, đầy đủ danh mục thủ tục hành chính tại trụ sở Trung tâm Phục vụ hành chính công cấp xã.
                b) Thực hiện tuyên truyền rộng rãi về việc thực hiện thủ tục hành chính để người dân, doanh nghiệp biết, thực hiện.
                """, DAY);
        assertEquals(2, r.tasks().size(), Readers.texts(r).toString());
        assertTrue(task(r, "tuyên truyền").owners().get(0).group());
        assertTrue(read("II. NHIỆM VỤ\nVăn phòng Chính phủ thông báo để các Bộ, cơ quan liên quan biết, thực hiện.", DAY)
                .tasks().isEmpty(), "a notice that hands itself on is still its closing line");
    }

    @Test
    void aBodysNameBrokenAfterItsHeadWordRunsOn() {
        FoundTask t = task(read("""
                **Điều 3. Trách nhiệm thực hiện**
                2. Ủy ban nhân dân các xã, phường
                c) Phối hợp chặt chẽ với Sở
                Nông nghiệp và Môi trường trong quá trình thực hiện thủ tục hành chính.
                """, DAY), "Phối hợp");
        assertTrue(t.text().contains("trong quá trình thực hiện"), t.text());
        assertEquals("Sở Nông nghiệp và Môi trường", t.owners().get(1).name());
    }

    @Test
    void theClosingArticleIsNoTaskWhenItsListOfBodiesHoldsAColon() {
        Reading r = read(ARTICLES + "**Điều 4. **Chánh Văn phòng UBND tỉnh; Giám đốc các sở; Giám đốc: Trung tâm Phục vụ hành chính "
                + "công tỉnh, Trung tâm Công báo - Tin học tỉnh; Chủ tịch UBND cấp xã và các tổ chức, cá nhân có liên quan chịu "
                + "trách nhiệm thi hành Quyết định này./.", DAY);
        assertEquals(1, r.tasks().size(), Readers.texts(r).toString());
    }

    @Test
    void theFieldsOfAProcedureAndTheStepsUnderThemAreNoTasks() {
        Reading r = read(ARTICLES.replace("**Điều 3. **", "**Điều 3. **Nội dung thủ tục hành chính:\n"
                + "**2. Ban hành Danh mục loài cây trồng lâu năm**\n"
                + "a) Trình tự thực hiện:\n"
                + "- Bước 1: Ủy ban nhân dân tỉnh giao Sở Nông nghiệp và Môi trường chủ trì xây dựng Danh mục loài cây trồng.\n"
                + "- Bước 2: Sở Nông nghiệp và Môi trường trình Ủy ban nhân dân tỉnh quyết định ban hành Danh mục.\n"
                + "c) Thành phần, số lượng hồ sơ: Không quy định.\n"
                + "h) Phí, lệ phí (nếu có): Không quy định.\n"
                + "l) Căn cứ pháp lý của thủ tục hành chính:\n"
                + "Luật Trồng trọt năm 2018.\n"
                + "**Điều 4. **"), DAY);
        assertEquals(1, r.tasks().size(), Readers.texts(r).toString());
    }

    @Test
    void rowsThatAreStepsOfAProcedureAreNoTasksUnderAnyHeader() {
        Reading r = read(ARTICLES + """
                |
                **TT**
                |
                **Đơn vị/ người thực hiện**
                |
                **Nội dung công việc**
                |
                **Thời gian thực hiện**
                |
                |
                Bước 1
                |
                Công chức tại Trung tâm Phục vụ hành chính công cấp xã
                |
                Kiểm tra, hướng dẫn, tiếp nhận hồ sơ.
                |
                Không quá 8 giờ
                |
                """, DAY);
        assertEquals(1, r.tasks().size(), Readers.texts(r).toString());
    }

    @Test
    void whatTheDecisionRepealsOrAmendsItselfIsNoTask() {
        Reading r = read(ARTICLES.replace("**Điều 3. **Quyết định này có hiệu lực thi hành kể từ ngày ký.",
                "**Điều 3. **Hiệu lực và trách nhiệm thi hành\n1. Quyết định có hiệu lực thi hành kể từ ngày ký\n"
                + "- Bãi bỏ Quyết định số 1374/QĐ-UBND ngày 30 tháng 6 năm 2025 của Chủ tịch Ủy ban nhân dân tỉnh;\n"
                + "- Sửa đổi Danh mục số thứ tự 1594, 1595 tại Phụ lục kèm theo Quyết định số 2411/QĐ-UBND.\n"
                + "2. Sở Tư pháp:\n- Sửa đổi Quyết định số 12/QĐ-STP về quy trình nội bộ cho phù hợp."), DAY);
        assertEquals(2, r.tasks().size(), Readers.texts(r).toString());
        assertEquals("Sở Tư pháp", task(r, "12/QĐ-STP").owners().get(0).name());
    }

    @Test
    void theClosingArticleAfterTheDayItTakesEffectNamesItsBodiesAndAsksNothing() {
        Reading r = read(ARTICLES.replace("**Điều 3. **Quyết định này có hiệu lực thi hành kể từ ngày ký.",
                "**Điều 4.** Quyết định này có hiệu lực thi hành kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc "
                + "Sở Nội vụ; Thủ trưởng các sở, ban, ngành; Giám đốc Trung tâm Phục vụ hành chính công tỉnh; Chủ tịch Ủy ban "
                + "nhân dân các xã, phường và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./."), DAY);
        assertEquals(1, r.tasks().size(), Readers.texts(r).toString());
    }

    @Test
    void aRepealThatNamesTheNumberedTextFurtherOnIsTheDecisionsOwnAct() {
        Reading r = read(ARTICLES.replace("**Điều 3. **Quyết định này có hiệu lực thi hành kể từ ngày ký.",
                "**Điều 3. **Quyết định này có hiệu lực thi hành kể từ ngày ký; bãi bỏ Danh mục và Quy trình nội bộ các thủ "
                + "tục hành chính tại phần II ban hành kèm theo Quyết định số 1599/QĐ-UBND ngày 20/6/2025."), DAY);
        assertEquals(1, r.tasks().size(), Readers.texts(r).toString());
    }

    @Test
    void theItemsAfterARequestThatEndsWithCuTheAreTheTasksOfTheBodiesAsked() {
        Reading r = read("CÔNG VĂN\nV/v tăng cường các biện pháp kiểm soát ô nhiễm không khí\n"
                + "Nhằm đảm bảo sức khỏe cho học sinh, Sở Giáo dục và Đào tạo đề nghị UBND các xã, phường; các đơn vị, cơ sở giáo "
                + "dục trực thuộc thực hiện nghiêm túc theo văn bản chỉ đạo của UBND Thành phố. Cụ thể:\n"
                + "- Thường xuyên cập nhật thông tin về chất lượng không khí.\n"
                + "- Hạn chế các hoạt động ngoài trời cho học sinh trong các ngày có chất lượng không khí ở mức xấu.", DAY);
        FoundTask t = task(r, "Hạn chế các hoạt động");
        assertEquals("UBND các xã, phường", t.owners().get(0).name());
        task(r, "cập nhật thông tin");
    }
}
