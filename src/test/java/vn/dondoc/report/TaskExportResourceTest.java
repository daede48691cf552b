package vn.dondoc.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dondoc.account.TestAccounts;
import vn.dondoc.task.TestTasks;
import vn.dondoc.web.AppRole;
import vn.dondoc.web.OfficeClock;
import vn.dondoc.web.WebSession;

@QuarkusTest
class TaskExportResourceTest {

    static ReportData data;
    static TestTasks.Created many;
    static WebSession clerk;

    @BeforeEach
    void setUp() {
        if (data == null) {
            data = ReportData.create();
            many = TestTasks.create(120, OfficeClock.today().plusDays(10), "BTCTW", "VPTW");
            clerk = WebSession.login(TestAccounts.create(AppRole.CLERK), TestAccounts.PASSWORD);
        }
    }

    private static List<String> csvLines(String query) {
        Response response = clerk.get("/tasks.csv" + query);
        assertEquals(200, response.statusCode(), response.asString());
        byte[] bytes = response.asByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void theCsvHasEveryMatchingTaskNotOnlyTheFirstPage() {
        List<String> lines = csvLines("?directive=" + many.directiveId());
        assertEquals(121, lines.size());
        assertTrue(lines.get(0).startsWith("\"Mã\",\"Nhiệm vụ\",\"Văn bản\","), lines.get(0));
        assertTrue(lines.get(0).contains(",\"Cơ quan chủ trì\",\"Cơ quan phối hợp\","), lines.get(0));
        assertTrue(lines.get(1).startsWith("\"" + many.taskId(0) + "\",\"Nhiệm vụ thử số 1\",\"" + many.title() + "\""), lines.get(1));
        assertTrue(lines.get(1).contains("\"Ban Tổ chức Trung ương\",\"Văn phòng Trung ương Đảng\""), lines.get(1));
    }

    @Test
    void theExportTakesTheListsFilters() {
        List<String> lines = csvLines("?directive=" + data.directiveId + "&status=OVERDUE");
        assertEquals(3, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(1).contains("Nhiệm vụ E quá hạn đang làm " + data.tag), lines.get(1));
        assertTrue(lines.get(2).contains("Nhiệm vụ D quá hạn chưa làm " + data.tag), lines.get(2));
        assertTrue(lines.get(1).endsWith(",\"Đang thực hiện\",\"Quá hạn\""), lines.get(1));
        assertTrue(lines.get(2).endsWith(",\"Chưa thực hiện\",\"Quá hạn\""), lines.get(2));
    }

    @Test
    void theSpreadsheetHasTheTasksWithRealDates() throws Exception {
        Response response = clerk.get("/tasks.xlsx?directive=" + data.directiveId);
        assertEquals(200, response.statusCode());
        assertTrue(response.header("Content-Disposition").startsWith("attachment; filename=\"nhiem-vu-"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.asByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("Nhiệm vụ", sheet.getRow(0).getCell(1).getStringCellValue());
            assertEquals(7, sheet.getLastRowNum());
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitTopRow());
            assertEquals("Nhiệm vụ E quá hạn đang làm " + data.tag, sheet.getRow(1).getCell(1).getStringCellValue());
            assertEquals(data.today.minusDays(40), sheet.getRow(1).getCell(3).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("Nhiệm vụ F không hạn " + data.tag, sheet.getRow(7).getCell(1).getStringCellValue());
        }
    }

    @Test
    void theSpreadsheetOfManyTasksHasEveryRowInTheListsOrder() throws Exception {
        // More rows than the export reads in one batch and than the workbook holds in memory before writing them.
        TestTasks.Created big = TestTasks.create(1100, OfficeClock.today().minusDays(2), "BNCTW");
        Response response = clerk.get("/tasks.xlsx?directive=" + big.directiveId());
        assertEquals(200, response.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.asByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals(1100, sheet.getLastRowNum());
            List<Long> ids = new java.util.ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                ids.add((long) row.getCell(0).getNumericCellValue());
                assertEquals("Nhiệm vụ thử số " + r, row.getCell(1).getStringCellValue());
                assertEquals(OfficeClock.today().minusDays(2), row.getCell(3).getLocalDateTimeCellValue().toLocalDate());
                assertEquals("Quá hạn", row.getCell(8).getStringCellValue());
            }
            assertEquals(big.taskIds(), ids);
        }
    }

    @Test
    void anUnreadableFilterGoesBackToTheListWithItsErrors() {
        Response response = clerk.get("/tasks.csv?from=32/01/2025");
        assertEquals(303, response.statusCode());
        assertTrue(response.header("Location").matches(".*/tasks\\?from=32(/|%2F)01(/|%2F)2025"), response.header("Location"));
    }

    @Test
    void theExportPathsLeaveTheTaskPagesAlone() {
        assertEquals(200, clerk.get("/tasks/" + data.taskD).statusCode());
        assertEquals(404, clerk.get("/tasks/999999999").statusCode());
        assertTrue(clerk.get("/tasks?directive=" + data.directiveId).asString().contains("/tasks.csv?directive=" + data.directiveId));
    }

    @Test
    void textThatLooksLikeAFormulaStaysTextInTheCsv() {
        ReportData.Formulas formulas = ReportData.Formulas.create();
        List<String> lines = csvLines("?directive=" + formulas.directiveId());
        assertEquals(2, lines.size(), String.join("\n", lines));
        String quotedTitle = "\"'" + formulas.title().replace("\"", "\"\"") + "\"";
        assertTrue(lines.get(1).contains(",\"'" + formulas.taskText() + "\"," + quotedTitle + ","), lines.get(1));
        assertTrue(lines.get(1).contains(",\"'" + formulas.bodyName().replace("\"", "\"\"") + "\","), lines.get(1));
    }

    @Test
    void textThatLooksLikeAFormulaStaysTextInTheSpreadsheet() throws Exception {
        ReportData.Formulas formulas = ReportData.Formulas.create();
        Response response = clerk.get("/tasks.xlsx?directive=" + formulas.directiveId());
        assertEquals(200, response.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.asByteArray()))) {
            Row row = book.getSheetAt(0).getRow(1);
            for (int c : new int[] {1, 2, 5}) {
                Cell cell = row.getCell(c);
                assertEquals(CellType.STRING, cell.getCellType());
                assertTrue(cell.getCellStyle().getQuotePrefixed(), "column " + c);
            }
            assertEquals(formulas.taskText(), row.getCell(1).getStringCellValue());
            assertEquals(formulas.title(), row.getCell(2).getStringCellValue());
            assertEquals(formulas.bodyName(), row.getCell(5).getStringCellValue());
            assertFalse(row.getCell(7).getCellStyle().getQuotePrefixed());
        }
    }
}
