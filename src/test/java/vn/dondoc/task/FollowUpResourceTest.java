package vn.dondoc.task;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import vn.dondoc.account.TestAccounts;
import vn.dondoc.audit.AuditEntry;
import vn.dondoc.body.TestBodies;
import vn.dondoc.web.AppRole;
import vn.dondoc.web.OfficeClock;
import vn.dondoc.web.WebSession;

/**
 * The follow-up of a result, through the pages and the API: staff report done with evidence, the clerk returns
 * or confirms, and the report counts only what the clerk confirmed.
 */
@QuarkusTest
class FollowUpResourceTest {

    private static final LocalDate TODAY = OfficeClock.today();
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    private static String unique(String words) {
        return words + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static WebSession as(AppRole role, String bodyCode) {
        return WebSession.login(TestAccounts.create(role, bodyCode), TestAccounts.PASSWORD);
    }

    /** One task given to a new body alone: the body's code, the assignment and the task's page. */
    private record OneTask(String body, long assignmentId, String page) {

        static OneTask create(String words) {
            String body = TestBodies.create("Ban " + words);
            TestTasks.Created d = TestTasks.directive("Kết luận " + words).task(unique("Việc " + words), TODAY.plusDays(10), body).create();
            return new OneTask(body, d.assignmentId(0, body), "/tasks/" + d.taskId(0));
        }
    }

    private static Assignment assignment(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Assignment.<Assignment>findById(id));
    }

    private static List<TaskResult> results(long assignmentId) {
        return QuarkusTransaction.requiringNew().call(() -> TaskResult.<TaskResult>list("assignment.id = ?1 order by id", assignmentId));
    }

    private static Response report(WebSession session, String page, long assignmentId, Map<String, String> fields, Map<String, byte[]> files) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("version", String.valueOf(assignment(assignmentId).version));
        return session.postMultipart(page, page + "/assignments/" + assignmentId + "/report", form, "files", files);
    }

    private static Map<String, String> version(long assignmentId, String... more) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("version", String.valueOf(assignment(assignmentId).version));
        for (int i = 0; i + 1 < more.length; i += 2) {
            form.put(more[i], more[i + 1]);
        }
        return form;
    }

    static byte[] docx() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    @Test
    void reportWithAPdfIsReturnedThenReportedAgainAndConfirmed() {
        String body = TestBodies.create("Ban Báo cáo kết quả");
        String text = unique("Xây dựng đề án tổng kết");
        TestTasks.Created d = TestTasks.directive("Kết luận theo dõi kết quả").task(text, TODAY.plusDays(10), body).create();
        long a = d.assignmentId(0, body);
        String page = "/tasks/" + d.taskId(0);
        WebSession staff = as(AppRole.STAFF, body);

        Response sent = report(staff, page, a, Map.of("result", "Đã trình đề án <b>số 5</b>", "answerNumber", "125/BC-BTC",
                "answerDate", "02/01/2026"), Map.of("../../Bao cao <ket qua>.pdf", PDF));
        assertEquals(303, sent.statusCode(), sent.asString());
        String shown = staff.get(page).asString();
        assertTrue(shown.contains("Đã gửi báo cáo hoàn thành; chờ văn thư xác nhận."), "flash");
        assertTrue(shown.contains("Đã trình đề án &lt;b&gt;số 5&lt;/b&gt;"), "the result is escaped");
        assertTrue(shown.contains("125/BC-BTC"));
        assertFalse(shown.contains("/assignments/" + a + "/status\""), "staff cannot change a reported assignment");
        Assignment reported = assignment(a);
        assertEquals(Status.REPORTED, reported.status);
        assertEquals(TODAY, reported.doneOn);
        TaskResult first = results(a).get(0);
        assertEquals(TaskResult.State.PENDING, first.state);
        assertEquals(LocalDate.of(2026, 1, 2), first.answerDate);
        Attachment file = QuarkusTransaction.requiringNew().call(() -> Attachment.<Attachment>find("result.id", first.id).singleResult());
        assertEquals("Bao cao _ket qua_.pdf", file.fileName, "only the last part of the name is kept, cleaned");
        assertEquals("application/pdf", file.contentType);
        String download = page + "/assignments/" + a + "/attachments/" + file.id;
        assertTrue(shown.contains(download), "the file is linked");

        Response got = staff.get(download);
        assertEquals(200, got.statusCode());
        assertArrayEquals(PDF, got.asByteArray());
        assertEquals("attachment; filename=\"Bao cao _ket qua_.pdf\"; filename*=UTF-8''Bao%20cao%20_ket%20qua_.pdf",
                got.header("Content-Disposition"));
        assertEquals("application/pdf", got.contentType());
        assertEquals("nosniff", got.header("X-Content-Type-Options"));
        assertEquals(200, as(AppRole.VIEWER, null).get(download).statusCode());
        String other = TestBodies.create("Ban Khác xem tệp");
        WebSession stranger = as(AppRole.STAFF, other);
        assertEquals(403, stranger.get(download).statusCode(), "staff of another body may not open the file");
        Response seen = stranger.get(page);
        assertEquals(200, seen.statusCode());
        assertFalse(seen.asString().contains(download), "nor see its link");
        assertEquals(404, staff.get(page + "/assignments/" + a + "/attachments/" + (file.id + 100000)).statusCode());

        WebSession viewer = as(AppRole.VIEWER, null);
        assertEquals(403, viewer.postForm(page, page + "/assignments/" + a + "/confirm", version(a)).statusCode(), "viewers cannot confirm");
        assertEquals(403, staff.postForm(page, page + "/assignments/" + a + "/confirm", version(a)).statusCode(), "nor staff");
        assertEquals(403, staff.postForm(page, page + "/assignments/" + a + "/return", version(a, "reason", "x")).statusCode());

        WebSession clerk = as(AppRole.CLERK, null);
        assertTrue(clerk.get(page).asString().contains("/assignments/" + a + "/confirm"), "the clerk has the confirm form");
        Response noReason = clerk.postForm(page, page + "/assignments/" + a + "/return", version(a, "reason", " "));
        assertEquals(400, noReason.statusCode());
        assertTrue(noReason.asString().contains("Hãy ghi lý do trả lại."));
        assertEquals(Status.REPORTED, assignment(a).status);
        Response returned = clerk.postForm(page, page + "/assignments/" + a + "/return", version(a, "reason", "Thiếu phụ lục số liệu"));
        assertEquals(303, returned.statusCode());
        String afterReturn = clerk.get(page).asString();
        assertTrue(afterReturn.contains("Đã trả lại báo cáo; nhiệm vụ trở lại đang thực hiện."), afterReturn);
        Assignment back = assignment(a);
        assertEquals(Status.IN_PROGRESS, back.status);
        assertNull(back.doneOn);
        assertEquals(TaskResult.State.RETURNED, results(a).get(0).state);
        assertEquals("Thiếu phụ lục số liệu", results(a).get(0).decisionNote);

        assertEquals(303, report(staff, page, a, Map.of("result", "Đã bổ sung phụ lục số liệu"), Map.of()).statusCode());
        assertEquals(Status.REPORTED, assignment(a).status);
        assertEquals(303, clerk.postForm(page, page + "/assignments/" + a + "/confirm", version(a)).statusCode());
        Assignment done = assignment(a);
        assertEquals(Status.DONE, done.status);
        assertEquals(TODAY, done.doneOn, "done on the day it was reported");
        assertEquals(List.of(TaskResult.State.RETURNED, TaskResult.State.CONFIRMED), results(a).stream().map(r -> r.state).toList());

        String history = clerk.get(page).asString();
        assertTrue(history.contains("Đã xác nhận hoàn thành."), "flash");
        assertTrue(history.contains("Trả lại báo cáo"));
        assertTrue(history.contains("Lý do trả lại: Thiếu phụ lục số liệu"));
        assertTrue(history.contains("Xác nhận hoàn thành"));
        assertTrue(history.contains("Đã bổ sung phụ lục số liệu"));
        List<String> steps = QuarkusTransaction.requiringNew().call(() -> StatusChange.<StatusChange>list("assignment.id = ?1 order by id", a)
                .stream().map(c -> c.kind + ":" + c.toStatus).toList());
        assertEquals(List.of("REPORT:REPORTED", "RETURN:IN_PROGRESS", "REPORT:REPORTED", "CONFIRM:DONE"), steps);
        List<String> audit = QuarkusTransaction.requiringNew().call(() -> AuditEntry.of("assignment", a).stream().map(e -> e.action).toList());
        assertTrue(audit.containsAll(List.of("report", "return", "confirm")), audit.toString());
        assertEquals(List.of("report", "return", "report", "confirm"), QuarkusTransaction.requiringNew().call(() -> AuditEntry
                .<AuditEntry>list("entityType = ?1 and entityId in ?2 order by id", "result", results(a).stream().map(r -> r.id).toList())
                .stream().map(e -> e.action).toList()));
    }

    @Test
    void theReportCountsConfirmedCompletionsAndShowsTheUnconfirmedApart() {
        String body = TestBodies.create("Ban Đếm xác nhận");
        TestTasks.Created d = TestTasks.directive("Kết luận đếm xác nhận")
                .task(unique("Việc đã xác nhận"), TODAY.plusDays(10), body)
                .task(unique("Việc chờ xác nhận"), TODAY.plusDays(10), body)
                .task(unique("Việc đang làm"), TODAY.plusDays(10), body).create();
        WebSession staff = as(AppRole.STAFF, body);
        WebSession clerk = as(AppRole.CLERK, null);
        for (int i = 0; i < 2; i++) {
            String page = "/tasks/" + d.taskId(i);
            long a = d.assignmentId(i, body);
            assertEquals(303, report(staff, page, a, Map.of("result", "Đã làm xong"), Map.of()).statusCode());
        }
        String first = "/tasks/" + d.taskId(0);
        assertEquals(303, clerk.postForm(first, first + "/assignments/" + d.assignmentId(0, body) + "/confirm",
                version(d.assignmentId(0, body))).statusCode());

        byte[] bytes = clerk.get("/reports/progress.csv?directive=" + d.directiveId()).asByteArray();
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(csv.lines().findFirst().orElseThrow().contains("\"Hoàn thành quá hạn (%)\",\"Đã báo cáo, chờ xác nhận\""), csv);
        // total, on time, late, reported, within, overdue, not started: the reported one is neither done nor in progress.
        assertTrue(csv.contains("\"" + TestBodies.nameOf(body) + "\",\"3\",\"1\",\"33.3\",\"0\",\"0.0\",\"1\",\"33.3\",\"1\",\"33.3\",\"0\",\"0.0\",\"1\",\"33.3\""), csv);
        String reportPage = clerk.get("/reports/progress?directive=" + d.directiveId()).asString();
        assertTrue(reportPage.contains("Đã báo cáo, chờ xác nhận"));

        String start = clerk.get("/").asString();
        assertTrue(start.contains("báo cáo hoàn thành đang chờ xác nhận"), "the clerk's start page counts the waiting reports");
        assertTrue(start.contains("/tasks?body=&amp;status=REPORTED"));
        String waiting = clerk.get("/tasks?body=" + body + "&status=REPORTED").asString();
        assertTrue(waiting.contains("Việc chờ xác nhận"), waiting);
        assertFalse(waiting.contains("Việc đã xác nhận"));
        assertFalse(waiting.contains("Việc đang làm"));
        assertTrue(staff.get("/").asString().contains("1 nhiệm vụ của cơ quan đã báo cáo hoàn thành"));
    }

    @Test
    void aFileThatIsNotWhatItsNameSaysIsRefusedAndTheTypedTextKept() throws IOException {
        OneTask t = OneTask.create("Tệp sai loại");
        String body = t.body();
        long a = t.assignmentId();
        String page = t.page();
        WebSession staff = as(AppRole.STAFF, body);
        for (Map.Entry<String, byte[]> wrong : Map.of("anh-chup.pdf", PNG, "ghi-chu.docx", "chỉ là chữ".getBytes(StandardCharsets.UTF_8),
                "bang.xlsx", docx(), "chuong-trinh.exe", PDF).entrySet()) {
            Response refused = report(staff, page, a, Map.of("result", "Kết quả đã gõ " + wrong.getKey(), "answerNumber", "77/BC"),
                    Map.of(wrong.getKey(), wrong.getValue()));
            assertEquals(400, refused.statusCode(), wrong.getKey());
            String shown = refused.asString();
            assertTrue(shown.contains("Có tệp không đúng loại như tên của nó."), wrong.getKey());
            assertTrue(shown.contains("Kết quả đã gõ " + wrong.getKey()), "the typed result comes back");
            assertTrue(shown.contains("value=\"77/BC\""), "and the document number");
        }
        assertEquals(Status.NOT_STARTED, assignment(a).status);
        assertTrue(results(a).isEmpty());
        assertEquals(303, report(staff, page, a, Map.of("result", "Báo cáo bằng Word"), Map.of("bao-cao.docx", docx())).statusCode());
        assertEquals(FileKind.DOCX.contentType, QuarkusTransaction.requiringNew().call(
                () -> Attachment.<Attachment>find("result.assignment.id", a).singleResult().contentType));
    }

    @Test
    void aFileOverTheLimitIsRefusedWithAMessage() {
        OneTask t = OneTask.create("Tệp lớn");
        String body = t.body();
        long a = t.assignmentId();
        String page = t.page();
        byte[] big = Arrays.copyOf(PDF, 20 * 1024 * 1024 + 1);
        Response refused = report(as(AppRole.STAFF, body), page, a, Map.of("result", "Hồ sơ kèm bản quét"), Map.of("ho-so.pdf", big));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.asString().contains("Có tệp lớn hơn 20 MB"));
        assertTrue(refused.asString().contains("Hồ sơ kèm bản quét"));
        assertEquals(Status.NOT_STARTED, assignment(a).status);
    }

    @Test
    void aReportNeedsItsResultAndARealDate() {
        OneTask t = OneTask.create("Thiếu kết quả");
        String body = t.body();
        long a = t.assignmentId();
        String page = t.page();
        WebSession staff = as(AppRole.STAFF, body);
        Response refused = report(staff, page, a, Map.of("result", " ", "answerDate", "31/02/2026"), Map.of("bao-cao.pdf", PDF));
        assertEquals(400, refused.statusCode());
        String shown = refused.asString();
        assertTrue(shown.contains("Hãy ghi kết quả đã thực hiện."));
        assertTrue(shown.contains("Ngày văn bản phải là một ngày có thật"));
        assertTrue(shown.contains("hãy chọn lại các tệp"), "the files must be chosen again");
        assertTrue(shown.contains("value=\"31/02/2026\""));
        // The plain status form: the note is the result, and without it "done" is refused.
        Response noNote = staff.postForm(page, page + "/assignments/" + a + "/status", version(a, "status", "DONE"));
        assertEquals(400, noNote.statusCode());
        assertTrue(noNote.asString().contains("Khi báo hoàn thành, hãy ghi kết quả đã thực hiện"));
        assertEquals(Status.NOT_STARTED, assignment(a).status);
    }

    @Test
    void theApiAndTheBulkUpdateFollowTheSameRules() {
        String body = TestBodies.create("Ban API kết quả");
        TestTasks.Created d = TestTasks.directive("Kết luận API kết quả")
                .task(unique("Việc qua API"), TODAY.plusDays(10), body)
                .task(unique("Việc cập nhật loạt"), TODAY.plusDays(10), body).create();
        long a = d.assignmentId(0, body);
        String staff = TestAccounts.create(AppRole.STAFF, body);
        String clerk = TestAccounts.create(AppRole.CLERK);
        String url = "/api/tasks/" + d.taskId(0) + "/assignments/" + a + "/status";
        given().auth().preemptive().basic(staff, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("status", "DONE", "version", 0)).post(url)
                .then().statusCode(400).body("fields.note", org.hamcrest.Matchers.equalTo("task_status_error_result_needed"));
        given().auth().preemptive().basic(staff, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("status", "DONE", "version", 0, "result", "Đã ban hành kế hoạch", "answerNumber", "9/KH"))
                .post(url).then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("REPORTED"))
                .body("progress", org.hamcrest.Matchers.equalTo("REPORTED"));
        assertEquals("9/KH", results(a).get(0).answerNumber);
        given().auth().preemptive().basic(staff, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("status", "IN_PROGRESS", "version", 1)).post(url)
                .then().statusCode(400).body("fields.status", org.hamcrest.Matchers.equalTo("task_status_error_reported"));
        given().auth().preemptive().basic(clerk, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("status", "DONE", "version", 1)).post(url).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("DONE"));
        assertEquals(TaskResult.State.CONFIRMED, results(a).get(0).state);

        WebSession session = WebSession.login(staff, TestAccounts.PASSWORD);
        long b = d.assignmentId(1, body);
        String pick = d.taskId(1) + ":" + b + ":0";
        Response none = session.postForm("/tasks?body=" + body, "/tasks/bulk", Map.of("pick", pick, "status", "DONE", "note", ""));
        assertEquals(303, none.statusCode());
        assertTrue(session.get(none.header("Location")).asString().contains("ô ghi chú là kết quả đã thực hiện"));
        assertEquals(Status.NOT_STARTED, assignment(b).status);
        assertEquals(303, session.postForm("/tasks?body=" + body, "/tasks/bulk", Map.of("pick", pick, "status", "DONE",
                "note", "Đã hoàn thành theo kế hoạch")).statusCode());
        assertEquals(Status.REPORTED, assignment(b).status);
        assertEquals("Đã hoàn thành theo kế hoạch", results(b).get(0).text);
    }

    @Test
    void aClerkMarkingDoneMakesItDoneAtOnce() {
        OneTask t = OneTask.create("Văn thư đánh dấu");
        String body = t.body();
        long a = t.assignmentId();
        String page = t.page();
        WebSession clerk = as(AppRole.CLERK, null);
        assertEquals(303, clerk.postForm(page, page + "/assignments/" + a + "/status", version(a, "status", "DONE")).statusCode());
        assertEquals(Status.DONE, assignment(a).status);
        assertTrue(results(a).isEmpty(), "no result was given");
    }
}
