package vn.dondoc.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dondoc.account.TestAccounts;
import vn.dondoc.task.TestTasks;
import vn.dondoc.web.AppRole;
import vn.dondoc.web.WebSession;

@QuarkusTest
class ReportResourceTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String UBKT = "Ủy ban Kiểm tra Trung ương";

    static ReportData data;
    static WebSession viewer;

    @BeforeEach
    void setUp() {
        if (data == null) {
            data = ReportData.create();
            viewer = WebSession.login(TestAccounts.create(AppRole.VIEWER), TestAccounts.PASSWORD);
        }
    }

    /** Assigned, on time, late, within, overdue, not started: the numbers of a body's row. */
    private static long[] row(Document page, String body) {
        for (Element tr : page.select("table.report-table tbody tr")) {
            if (tr.selectFirst("th").ownText().equals(body)) {
                return tr.select("td").stream().mapToLong(td -> Long.parseLong(td.ownText().trim())).toArray();
            }
        }
        throw new AssertionError("no row for " + body + " in " + page.select("table.report-table").text());
    }

    private static Document page(String query) {
        Response response = viewer.get("/reports/progress" + query);
        assertEquals(200, response.statusCode(), response.asString());
        return Jsoup.parse(response.asString());
    }

    @Test
    void countsEachBodysAssignmentsByGroupToday() {
        Document page = page(data.query());
        assertArrayEquals(new long[] {4, 1, 1, 0, 1, 1, 1}, row(page, UBKT));
        assertArrayEquals(new long[] {1, 0, 0, 0, 0, 1, 0}, row(page, "Ban Tuyên giáo Trung ương"));
        assertArrayEquals(new long[] {1, 0, 0, 0, 1, 0, 1}, row(page, "Ban Dân vận Trung ương"));
        assertArrayEquals(new long[] {7, 1, 1, 0, 3, 2, 3}, row(page, "Tổng cộng"));
        assertEquals("28,6%", page.selectFirst(".report-headline").text());
        assertTrue(page.text().contains("2 trên 7 lượt giao"), page.text());
    }

    @Test
    void aPastDayIsReadFromTheStatusHistory() {
        String past = data.today.minusDays(8).toString();
        Document page = page(data.query() + "&asof=" + past);
        assertArrayEquals(new long[] {4, 1, 0, 0, 2, 1, 1}, row(page, UBKT));
        assertArrayEquals(new long[] {6, 1, 0, 0, 3, 2, 2}, row(page, "Tổng cộng"));
        assertEquals("33,3%", page.selectFirst(".report-headline").text());
        assertTrue(page.text().contains("Tính đến ngày " + DAY.format(data.today.minusDays(8))));
    }

    @Test
    void theOverdueShareIsComparedWithAnEarlierDay() {
        String compare = DAY.format(data.today.minusDays(8));
        Document page = page(data.query() + "&compare=" + compare);
        assertEquals("Giảm 4,8 điểm phần trăm so với ngày " + compare, page.selectFirst(".report-change").text().replace("▼ ", ""));
    }

    @Test
    void mergedBodiesAreShownUnderTheirSuccessor() {
        Document page = page(data.query() + "&merge=true");
        assertArrayEquals(new long[] {2, 0, 0, 0, 1, 1, 1}, row(page, "Ban Tuyên giáo và Dân vận Trung ương"));
        assertTrue(page.select("table.report-table").text().contains("gồm cả: Ban Dân vận Trung ương, Ban Tuyên giáo Trung ương"));
        assertTrue(page.select("table.report-table th").stream().noneMatch(th -> th.ownText().equals("Ban Tuyên giáo Trung ương")));
        assertArrayEquals(new long[] {7, 1, 1, 0, 3, 2, 3}, row(page, "Tổng cộng"));
    }

    @Test
    void eachBodysOverdueTasksAreListedWithTheirDaysLate() {
        Document page = page(data.query());
        Element section = page.select(".report-overdue__body").stream()
                .filter(s -> s.selectFirst("h3").text().startsWith(UBKT)).findFirst().orElseThrow();
        assertEquals(UBKT + ": 1 nhiệm vụ quá hạn", section.selectFirst("h3").text());
        Element tr = section.selectFirst("tbody tr");
        assertTrue(tr.text().contains("Nhiệm vụ D quá hạn chưa làm " + data.tag));
        assertEquals(DAY.format(data.today.minusDays(3)), tr.select("td").get(1).text());
        assertEquals("3", tr.select("td").get(2).text());
        assertNotNull(tr.selectFirst("a[href=/tasks/" + data.taskD + "]"));
    }

    @Test
    void thePagePrintAndPdfListTenOverdueTasksPerBodyAndCountTheRestWhileTheSpreadsheetListsAll() throws Exception {
        TestTasks.Created many = TestTasks.create(12, data.today.minusDays(4), "BTCTW");
        String query = "?directive=" + many.directiveId();
        Element section = page(query).selectFirst(".report-overdue__body");
        assertEquals("Ban Tổ chức Trung ương: 12 nhiệm vụ quá hạn", section.selectFirst("h3").text());
        assertEquals(10, section.select("tbody tr").size());
        assertTrue(section.text().contains("… và 2 nhiệm vụ quá hạn khác"), section.text());
        assertTrue(section.text().contains("Nhiệm vụ thử số 10"), "the same deadline: the first imported first");
        assertFalse(section.text().contains("Nhiệm vụ thử số 11"), section.text());
        String link = section.selectFirst("p.muted a").attr("href");
        assertEquals("/tasks?body=BTCTW&progress=OVERDUE&directive=" + many.directiveId(), link);
        Document list = Jsoup.parse(viewer.get(link).then().statusCode(200).extract().asString());
        assertEquals(12, list.select("a[href^=/tasks/]").stream().filter(a -> a.text().startsWith("Nhiệm vụ thử số")).count());

        Document print = Jsoup.parse(viewer.get("/reports/progress/print" + query).then().statusCode(200).extract().asString());
        assertEquals(10, print.selectFirst(".report-overdue__body").select("tbody tr").size());
        assertEquals("… và 2 nhiệm vụ quá hạn khác", print.selectFirst(".report-overdue__body p.muted").text());

        try (PDDocument pdf = Loader.loadPDF(viewer.get("/reports/progress.pdf" + query).then().statusCode(200).extract().asByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Nhiệm vụ thử số 10"), text);
            assertFalse(text.contains("Nhiệm vụ thử số 11") || text.contains("Nhiệm vụ thử số 12"), text);
            assertTrue(text.contains("… và 2 nhiệm vụ quá hạn khác"), text);
        }

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                viewer.get("/reports/progress.xlsx" + query).then().statusCode(200).extract().asByteArray()))) {
            Sheet sheet = book.getSheet("Nhiệm vụ quá hạn theo cơ quan");
            assertEquals(List.of("Cơ quan", "Nhiệm vụ", "Văn bản chỉ đạo", "Hạn", "Số ngày quá hạn", "Trạng thái"),
                    Arrays.stream(new int[] {0, 1, 2, 3, 4, 5}).mapToObj(c -> sheet.getRow(0).getCell(c).getStringCellValue()).toList());
            assertEquals(12, sheet.getLastRowNum());
            for (int r = 1; r <= 12; r++) {
                Row row = sheet.getRow(r);
                assertEquals("Ban Tổ chức Trung ương", row.getCell(0).getStringCellValue());
                assertEquals("Nhiệm vụ thử số " + r, row.getCell(1).getStringCellValue());
                assertEquals(data.today.minusDays(4), row.getCell(3).getLocalDateTimeCellValue().toLocalDate());
                assertEquals(4.0, row.getCell(4).getNumericCellValue());
                assertEquals("Chưa thực hiện", row.getCell(5).getStringCellValue());
            }
        }

        Document past = page(query + "&asof=" + data.today.minusDays(1));
        assertNull(past.selectFirst(".report-overdue__body p.muted a"), "the task list shows today, so a past day's report does not link to it");
    }

    @Test
    void aBodyWithFewerOverdueTasksThanTheLimitIsListedWholeWithoutAMoreLine() throws Exception {
        Document page = page(data.query());
        Element section = page.select(".report-overdue__body").stream()
                .filter(s -> s.selectFirst("h3").text().startsWith(UBKT)).findFirst().orElseThrow();
        assertEquals(1, section.select("tbody tr").size());
        assertNull(section.selectFirst("p.muted"));
        try (PDDocument pdf = Loader.loadPDF(viewer.get("/reports/progress.pdf" + data.query()).then().statusCode(200).extract().asByteArray())) {
            assertFalse(new PDFTextStripper().getText(pdf).contains("nhiệm vụ quá hạn khác"));
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                viewer.get("/reports/progress.xlsx" + data.query()).then().statusCode(200).extract().asByteArray()))) {
            Sheet sheet = book.getSheet("Nhiệm vụ quá hạn theo cơ quan");
            long overdue = page.select(".report-overdue__body h3").stream()
                    .mapToLong(h -> Long.parseLong(h.text().replaceAll(".*: (\\d+) nhiệm vụ quá hạn", "$1"))).sum();
            assertEquals(overdue, sheet.getLastRowNum(), "every overdue task of every body");
            assertTrue(java.util.stream.StreamSupport.stream(sheet.spliterator(), false)
                    .anyMatch(row -> row.getCell(1).getStringCellValue().equals("Nhiệm vụ D quá hạn chưa làm " + data.tag)));
        }
    }

    @Test
    void theChartDrawsABarForEachBodyWithWordsForEachGroup() {
        Document page = page(data.query());
        Element svg = page.selectFirst("svg.report-chart__svg");
        assertEquals(4, svg.select("g.report-chart__bar").size());
        assertTrue(svg.select("title").stream().anyMatch(t -> t.text().equals(UBKT + " — Quá hạn chưa hoàn thành: 1 (25,0%)")));
        assertTrue(svg.select(".report-chart__legend text").eachText().containsAll(List.of("Hoàn thành đúng hạn",
                "Hoàn thành quá hạn", "Đang thực hiện trong hạn", "Quá hạn chưa hoàn thành")));
        assertTrue(page.select("[style]").isEmpty(), "no inline style attributes");
    }

    @Test
    void anInvalidDateIsAFieldErrorNotAFailure() {
        Response response = viewer.get("/reports/progress?asof=31/02/2025&from=abc");
        assertEquals(400, response.statusCode());
        Document page = Jsoup.parse(response.asString());
        assertEquals(2, page.select(".error-summary li a").size());
        assertEquals("Nhập ngày theo dạng ngày/tháng/năm, ví dụ 30/09/2024", page.selectFirst("#asof-error").text());
        assertEquals("31/02/2025", page.selectFirst("input#asof").val());
        assertNotNull(page.selectFirst("#from-error"));
    }

    @Test
    void aCompareDayAfterTheReportDayAndAFutureDayAreRefused() {
        String tomorrow = data.today.plusDays(1).toString();
        Document page = Jsoup.parse(viewer.get("/reports/progress?asof=" + tomorrow).asString());
        assertEquals("Ngày báo cáo không được sau hôm nay", page.selectFirst("#asof-error").text());
        Response compare = viewer.get("/reports/progress?compare=" + data.today);
        assertEquals(400, compare.statusCode());
        assertTrue(compare.asString().contains("Ngày so sánh phải trước ngày báo cáo"));
    }

    @Test
    void exportsWithInvalidDatesShowTheFormAgain() {
        viewer.request().get("/reports/progress.pdf?to=2025-13-01").then().statusCode(400)
                .body(containsString("Nhập ngày theo dạng ngày/tháng/năm"));
        viewer.request().get("/reports/progress.csv?directive=x").then().statusCode(400)
                .body(containsString("Chọn một văn bản trong danh sách"));
    }

    @Test
    void anonymousVisitorsAreSentToLogin() {
        given().redirects().follow(false).get("/reports/progress").then().statusCode(302).header("Location", endsWith("/login"));
        given().redirects().follow(false).get("/reports/progress.pdf").then().statusCode(302).header("Location", endsWith("/login"));
    }

    @Test
    void thePrintPageHasTheHeaderBlockAndNoNavigation() {
        Response response = viewer.get("/reports/progress/print" + data.query());
        assertEquals(200, response.statusCode());
        Document page = Jsoup.parse(response.asString());
        assertTrue(page.select("nav").isEmpty());
        assertEquals("/static/print.css", page.selectFirst("link[rel=stylesheet]").attr("href"));
        assertEquals("VĂN PHÒNG TRUNG ƯƠNG ĐẢNG", page.selectFirst(".print-header__issuer .print-header__line").text());
        assertEquals("ĐẢNG CỘNG SẢN VIỆT NAM", page.selectFirst(".print-header__party-name").text());
        assertTrue(page.selectFirst(".print-header__date").text().startsWith("Hà Nội, ngày "));
        assertEquals("BÁO CÁO TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ", page.selectFirst("h1").text());
        assertArrayEquals(new long[] {4, 1, 1, 0, 1, 1, 1}, row(page, UBKT));
        assertNotNull(Jsoup.parse(viewer.get("/reports/progress" + data.query()).asString())
                .selectFirst("a[href=/reports/progress/print" + data.query() + "]"));
    }

    @Test
    void thePdfCarriesTheVietnameseTextExactly() throws Exception {
        Response response = viewer.get("/reports/progress.pdf" + data.query());
        assertEquals(200, response.statusCode());
        assertEquals("application/pdf", response.contentType());
        assertEquals("attachment; filename=\"bao-cao-tien-do-" + data.today + ".pdf\"", response.header("Content-Disposition"));
        try (PDDocument pdf = Loader.loadPDF(response.asByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("BÁO CÁO TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ"), text);
            assertTrue(text.contains("ĐẢNG CỘNG SẢN VIỆT NAM"), text);
            assertTrue(text.contains("VĂN PHÒNG TRUNG ƯƠNG ĐẢNG"), text);
            assertTrue(text.contains(UBKT), text);
            assertTrue(text.contains("Nhiệm vụ D quá hạn chưa làm " + data.tag), text);
            assertTrue(pdf.getNumberOfPages() >= 2, "the overdue list starts on its own page");
        }
    }

    @Test
    void theSpreadsheetHoldsNumbersAndPercentages() throws Exception {
        Response response = viewer.get("/reports/progress.xlsx" + data.query());
        assertEquals(200, response.statusCode());
        assertTrue(response.header("Content-Disposition").contains("bao-cao-tien-do-" + data.today + ".xlsx"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.asByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("Cơ quan", sheet.getRow(0).getCell(0).getStringCellValue());
            assertTrue(book.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold());
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitTopRow());
            Row ubkt = null;
            for (Row row : sheet) {
                if (UBKT.equals(row.getCell(0).getStringCellValue())) {
                    ubkt = row;
                }
            }
            assertNotNull(ubkt);
            assertEquals(4.0, ubkt.getCell(1).getNumericCellValue());
            assertEquals(1.0, ubkt.getCell(10).getNumericCellValue());
            assertEquals(0.25, ubkt.getCell(11).getNumericCellValue(), 1e-9);
            assertEquals("0.0%", ubkt.getCell(11).getCellStyle().getDataFormatString());
            Row total = sheet.getRow(sheet.getLastRowNum());
            assertEquals("Tổng cộng", total.getCell(0).getStringCellValue());
            assertEquals(7.0, total.getCell(1).getNumericCellValue());
        }
    }

    @Test
    void theCsvStartsWithAByteOrderMarkAndQuotesEveryField() {
        Response response = viewer.get("/reports/progress.csv" + data.query());
        assertEquals(200, response.statusCode());
        byte[] bytes = response.asByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertTrue(lines.get(0).startsWith("\"Cơ quan\",\"Số nhiệm vụ được giao\",\"Hoàn thành đúng hạn\""), lines.get(0));
        assertTrue(lines.contains("\"" + UBKT + "\",\"4\",\"1\",\"25.0\",\"1\",\"25.0\",\"0\",\"0.0\",\"1\",\"25.0\",\"1\",\"25.0\",\"1\",\"25.0\""), csv);
        assertTrue(csv.endsWith("\r\n"));
    }

    @Test
    void aBodyNameThatLooksLikeAFormulaStaysTextInTheCsvAndTheSpreadsheet() throws Exception {
        ReportData.Formulas formulas = ReportData.Formulas.create();
        Response csv = viewer.get("/reports/progress.csv?directive=" + formulas.directiveId());
        assertEquals(200, csv.statusCode());
        assertTrue(csv.asString().contains("\"'" + formulas.bodyName().replace("\"", "\"\"") + "\",\"1\","), csv.asString());
        Response xlsx = viewer.get("/reports/progress.xlsx?directive=" + formulas.directiveId());
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.asByteArray()))) {
            Row row = book.getSheetAt(0).getRow(1);
            assertEquals(formulas.bodyName(), row.getCell(0).getStringCellValue());
            assertTrue(row.getCell(0).getCellStyle().getQuotePrefixed());
            assertEquals(1.0, row.getCell(1).getNumericCellValue());
        }
    }

    @Test
    void theReportSpeaksEnglishWhenChosen() {
        String page = viewer.request().cookie("dondoc-lang", "en").get("/reports/progress" + data.query()).asString();
        assertTrue(page.contains("Task progress report"));
        assertTrue(page.contains("28.6%"));
        assertTrue(page.contains("Central Inspection Commission"));
        // Every row's cell labels and tags are in the page's language too.
        assertTrue(page.contains("<td class=\"num\" data-label=\"Done on time\">"), "a body's row");
        assertTrue(page.contains("<td class=\"num\" data-label=\"Days late\">"), "an overdue task's row");
        assertTrue(page.contains("<span class=\"tag tag--overdue\">Overdue</span>"));
    }
}
