package vn.dondoc.reminder;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.dondoc.account.TestAccounts;
import vn.dondoc.audit.AuditEntry;
import vn.dondoc.body.TestBodies;
import vn.dondoc.task.Progress;
import vn.dondoc.task.ReminderLetter;
import vn.dondoc.task.Role;
import vn.dondoc.task.Status;
import vn.dondoc.task.TestTasks;
import vn.dondoc.web.AppRole;
import vn.dondoc.web.OfficeClock;
import vn.dondoc.web.WebSession;

/** Reminder letters: what the DOCX and the PDF say, who may make them, and their record on each task. */
@QuarkusTest
class ReminderLetterResourceTest {

    private static final String TODAY = OfficeClock.today().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));

    static String docxText(byte[] file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file)); XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            return words.getText();
        }
    }

    static Response letter(WebSession session, String body, String format) {
        return session.postForm("/letters", "/letters", Map.of("body", body, "format", format));
    }

    @Test
    void theWordLetterNamesTheBodyAndItsLateTasksAndIsRecordedOnEachWithItsOrdinal() throws IOException {
        String body = TestBodies.create("Ban Đôn đốc Word");
        WebSession clerk = WebSession.login(TestAccounts.create(AppRole.CLERK), TestAccounts.PASSWORD);
        TestTasks.One late = TestTasks.one(body, "Sơ kết chỉ thị về công tác dân vận", OfficeClock.today().minusDays(12),
                Role.LEAD, Status.IN_PROGRESS);
        TestTasks.one(body, "Việc còn xa mới đến hạn", OfficeClock.today().plusDays(40), Role.LEAD, Status.NOT_STARTED);
        clerk.get("/letters").then().statusCode(200).body(containsString(TestBodies.nameOf(body)));

        Response first = letter(clerk, body, "docx");
        first.then().statusCode(200).header("Content-Disposition", containsString("attachment"));
        String text = docxText(first.asByteArray());
        assertTrue(text.contains("Kính gửi: " + TestBodies.nameOf(body)), text);
        assertTrue(text.contains("Sơ kết chỉ thị về công tác dân vận"), text);
        assertTrue(text.contains("V/v đôn đốc thực hiện nhiệm vụ"), text);
        assertTrue(text.contains("ĐẢNG CỘNG SẢN VIỆT NAM"), text);
        assertTrue(text.contains("Số: ........-CV/VPTW"), text);
        assertTrue(text.contains("quá hạn 12 ngày"), text);
        assertTrue(text.contains("Nơi nhận:"), text);
        assertTrue(text.contains("TL. CHÁNH VĂN PHÒNG"), text);
        assertTrue(!text.contains("Việc còn xa mới đến hạn"), "not due yet");
        clerk.get("/tasks/" + late.taskId()).then().body(containsString("đã đôn đốc lần 1, ngày " + TODAY));

        assertTrue(docxText(letter(clerk, body, "docx").asByteArray()).contains("đôn đốc lần 2"));
        clerk.get("/tasks/" + late.taskId()).then().body(containsString("đã đôn đốc lần 2, ngày " + TODAY));
        QuarkusTransaction.requiringNew().run(() -> {
            ReminderLetter letter = ReminderLetter.find("body.code = ?1 order by id desc", body).firstResult();
            assertEquals("create", AuditEntry.latest(ReminderLetter.AUDIT_TYPE, letter.id).action);
        });
    }

    @Test
    void thePdfLetterOpensAndSaysTheSame() throws IOException {
        String body = TestBodies.create("Ban Đôn đốc PDF");
        WebSession clerk = WebSession.login(TestAccounts.create(AppRole.CLERK), TestAccounts.PASSWORD);
        TestTasks.one(body, "Triển khai quy định về kiểm soát quyền lực", OfficeClock.today().plusDays(3), Role.SUPPORT, Status.NOT_STARTED);
        Response pdf = letter(clerk, body, "pdf");
        pdf.then().statusCode(200).contentType("application/pdf");
        // Kept in target/letters/ for a person to look at.
        java.nio.file.Files.write(java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "letters")).resolve("letter.pdf"),
                pdf.asByteArray());
        try (PDDocument doc = Loader.loadPDF(pdf.asByteArray())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains(TestBodies.nameOf(body)), text);
            assertTrue(text.contains("Triển khai quy định về kiểm soát quyền lực"), text);
            assertTrue(text.contains("còn 3 ngày"), text);
        }
    }

    @Test
    void oneFileForAllBodiesHasALetterForEach() throws IOException {
        String first = TestBodies.create("Ban Tất cả một");
        String second = TestBodies.create("Ban Tất cả hai");
        WebSession clerk = WebSession.login(TestAccounts.create(AppRole.CLERK), TestAccounts.PASSWORD);
        TestTasks.one(first, "Nhiệm vụ quá hạn của ban một", OfficeClock.today().minusDays(1), Role.LEAD, Status.NOT_STARTED);
        TestTasks.one(second, "Nhiệm vụ sắp đến hạn của ban hai", OfficeClock.today().plusDays(1), Role.LEAD, Status.IN_PROGRESS);
        String text = docxText(letter(clerk, "", "docx").asByteArray());
        assertTrue(text.contains("Kính gửi: " + TestBodies.nameOf(first)), "first body");
        assertTrue(text.contains("Kính gửi: " + TestBodies.nameOf(second)), "second body");
        assertTrue(text.contains("Nhiệm vụ quá hạn của ban một") && text.contains("Nhiệm vụ sắp đến hạn của ban hai"));
    }

    @Test
    void onlyClerksMakeLettersAndABodyWithNothingDueGetsNone() {
        String body = TestBodies.create("Ban Không đôn đốc");
        TestTasks.one(body, "Việc còn lâu", OfficeClock.today().plusDays(60), Role.LEAD, Status.NOT_STARTED);
        WebSession clerk = WebSession.login(TestAccounts.create(AppRole.CLERK), TestAccounts.PASSWORD);
        WebSession staff = WebSession.login(TestAccounts.create(AppRole.STAFF, body), TestAccounts.PASSWORD);
        WebSession viewer = WebSession.login(TestAccounts.create(AppRole.VIEWER), TestAccounts.PASSWORD);
        letter(clerk, body, "docx").then().statusCode(400).body(containsString("Không có nhiệm vụ quá hạn hay sắp đến hạn"));
        letter(clerk, "KHONG-CO", "docx").then().statusCode(400).body(containsString("Không có cơ quan này."));
        staff.get("/letters").then().statusCode(403);
        staff.postForm("/", "/letters", Map.of("body", body, "format", "docx")).then().statusCode(403);
        viewer.postForm("/", "/letters", Map.of("body", body, "format", "pdf")).then().statusCode(403);
        QuarkusTransaction.requiringNew().run(() -> assertEquals(0, ReminderLetter.count("body.code", body)));
    }
}
