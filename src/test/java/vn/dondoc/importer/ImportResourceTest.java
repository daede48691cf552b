package vn.dondoc.importer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dondoc.account.TestAccounts;
import vn.dondoc.body.ResponsibleBody;
import vn.dondoc.directive.Directive;
import vn.dondoc.task.Assignment;
import vn.dondoc.task.Role;
import vn.dondoc.task.Status;
import vn.dondoc.task.Task;
import vn.dondoc.web.AppRole;
import vn.dondoc.web.WebSession;

@QuarkusTest
class ImportResourceTest {

    private WebSession clerk;

    @BeforeEach
    void logIn() {
        clerk = WebSession.login(TestAccounts.create(AppRole.CLERK), TestAccounts.PASSWORD);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static final String FIRST = "Ban Tổ chức Trung ương rà soát quy hoạch cán bộ, hoàn thành trước ngày 30/9/2024.";
    private static final String SECOND = "Văn phòng Trung ương Đảng theo dõi, đôn đốc việc thực hiện các nhiệm vụ.";

    private static String twoTasks() {
        return FIRST + "\n" + SECOND + "\nMã " + unique();
    }

    /** The two tasks as a directive gives them, introduced and numbered, for the reader to find. */
    private static String twoNumberedTasks() {
        return "Ban Bí thư yêu cầu:\n1. " + FIRST + "\n2. " + SECOND + "\nMã " + unique();
    }

    /** Posts the first step as a browser does: multipart, with the CSRF token as a form field. */
    private Response preview(Map<String, String> fields, String fileName, byte[] file) {
        String token = clerk.csrfToken("/imports/new");
        RequestSpecification request = clerk.request().multiPart("csrf-token", token);
        fields.forEach((name, value) -> request.multiPart(new MultiPartSpecBuilder(value).controlName(name)
                .mimeType("text/plain").charset(StandardCharsets.UTF_8).build()));
        if (fileName != null) {
            request.multiPart(new MultiPartSpecBuilder(file).controlName("file").fileName(fileName).mimeType("application/octet-stream").build());
        } else {
            request.multiPart(new MultiPartSpecBuilder(new byte[0]).controlName("file").fileName("").mimeType("application/octet-stream").build());
        }
        return request.post("/imports/preview");
    }

    private Response previewText(String text) {
        return preview(Map.of("text", text, "title", "", "documentDate", "2024-07-10"), null, null);
    }

    /** What a browser would send from the preview page's form, before any change. */
    private static Map<String, List<String>> formValues(String html) {
        Document page = Jsoup.parse(html);
        Element form = page.selectFirst("form[action=/imports]");
        assertNotNull(form, "no confirm form on the page");
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Element input : form.select("input, select, textarea")) {
            String name = input.attr("name");
            if (name.isEmpty()) {
                continue;
            }
            List<String> list = values.computeIfAbsent(name, k -> new ArrayList<>());
            switch (input.normalName()) {
                case "select" -> input.select("option[selected]").forEach(o -> list.add(o.attr("value")));
                case "textarea" -> list.add(input.wholeText());
                default -> {
                    if (!input.attr("type").equals("checkbox") || input.hasAttr("checked")) {
                        list.add(input.attr("value"));
                    }
                }
            }
        }
        return values;
    }

    /** Posts the preview page's form as the page does: multipart. */
    private Response confirm(Map<String, List<String>> values) {
        RequestSpecification request = clerk.request();
        values.forEach((name, list) -> list.forEach(v -> request.multiPart(new MultiPartSpecBuilder(v).controlName(name)
                .mimeType("text/plain").charset(StandardCharsets.UTF_8).build())));
        Response response = request.post("/imports");
        clerk.cookies().putAll(response.cookies());
        return response;
    }

    /** Posts the form URL-encoded, as a program might. */
    private Response confirmUrlEncoded(Map<String, List<String>> values) {
        RequestSpecification request = clerk.request().contentType(ContentType.URLENC.withCharset(StandardCharsets.UTF_8));
        values.forEach((name, list) -> list.forEach(v -> request.formParam(name, v)));
        Response response = request.post("/imports");
        clerk.cookies().putAll(response.cookies());
        return response;
    }

    private static Long idOf(String location) {
        return Long.valueOf(location.replaceAll(".*/directives/(\\d+)$", "$1"));
    }

    private static Directive saved(String text) {
        return QuarkusTransaction.requiringNew().call(() -> Directive.findByHash(Directive.hashOf(text)).orElse(null));
    }

    /** A confirm form written by hand, with the tasks at the given spans of the text. */
    private Map<String, List<String>> handForm(String text, int[]... spans) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("csrf-token", List.of(clerk.csrfToken("/imports/new")));
        form.put("text", List.of(text));
        form.put("title", List.of("Thông báo " + unique()));
        form.put("documentDate", List.of("2024-07-10"));
        form.put("taskCount", List.of(String.valueOf(spans.length)));
        for (int i = 0; i < spans.length; i++) {
            form.put("t" + i + ".start", List.of(String.valueOf(spans[i][0])));
            form.put("t" + i + ".end", List.of(String.valueOf(spans[i][1])));
            form.put("t" + i + ".deadlineKind", List.of("NONE"));
        }
        return form;
    }

    @Test
    void aDirectiveOfHundredsOfTasksIsSavedFromItsFormOfThousandsOfFields() {
        StringBuilder text = new StringBuilder("Ban Bí thư yêu cầu (mã " + unique() + "):\n");
        int[][] spans = new int[400][];
        for (int i = 0; i < spans.length; i++) {
            int start = text.length();
            text.append("Ban Tổ chức Trung ương rà soát việc số ").append(i + 1).append('.');
            spans[i] = new int[] {start, text.length()};
            text.append('\n');
        }
        Map<String, List<String>> form = handForm(text.toString(), spans);
        assertTrue(form.values().stream().mapToInt(List::size).sum() > 1000);
        confirm(form).then().statusCode(303).header("Location", matchesPattern(".*/directives/\\d+"));
        assertEquals(400, QuarkusTransaction.requiringNew().call(() -> Task.count("directive", saved(text.toString()))));
    }

    @Test
    void theFormStillComesUrlEncodedFromPrograms() {
        String text = FIRST + "\nMã " + unique();
        Map<String, List<String>> form = handForm(text, new int[] {0, FIRST.length()});
        confirmUrlEncoded(form).then().statusCode(303).header("Location", matchesPattern(".*/directives/\\d+"));
    }

    @Test
    void theWholeFlowSavesTheDirectiveAndShowsIt() {
        String text = twoNumberedTasks();
        clerk.get("/imports/new").then().statusCode(200).body(containsString("enctype=\"multipart/form-data\""))
                .body(containsString("name=\"csrf-token\""));
        Response preview = previewText(text);
        preview.then().statusCode(200).body(containsString("rà soát quy hoạch cán bộ")).body(containsString("<mark>"));
        Response saved = confirm(formValues(preview.asString()));
        saved.then().statusCode(303).header("Location", matchesPattern(".*/directives/\\d+"));
        String page = clerk.get(saved.header("Location")).then().statusCode(200).extract().asString();
        assertTrue(page.contains("Đã lưu văn bản và các nhiệm vụ."), "flash message");
        assertTrue(page.contains("rà soát quy hoạch cán bộ"));
        Directive directive = saved(text);
        assertNotNull(directive);
        assertEquals(idOf(saved.header("Location")), directive.id);
    }

    @Test
    void aBodyTheTextNamesThatIsNotInTheListIsOfferedAndCreatedWhenSaved() {
        String place = "Hòa Bình " + unique().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
        String text = "Thủ tướng Chính phủ yêu cầu:\n1. Sở Xây dựng tỉnh " + place + " khẩn trương khắc phục sạt lở đường giao thông.\nMã "
                + unique();
        Response preview = previewText(text);
        String page = preview.then().statusCode(200).extract().asString();
        assertTrue(page.contains("Sở Xây dựng tỉnh " + place), "the new body is offered");
        confirm(formValues(page)).then().statusCode(303);
        QuarkusTransaction.requiringNew().run(() -> {
            ResponsibleBody body = ResponsibleBody.findByName("Sở Xây dựng tỉnh " + place).orElseThrow();
            Task task = Task.ofDirective(Directive.findByHash(Directive.hashOf(text)).orElseThrow()).get(0);
            List<Assignment> owners = Assignment.ofTasks(List.of(task.id));
            assertEquals(List.of(body.id), owners.stream().map(a -> a.body.id).toList());
        });
    }

    @Test
    void thePreviewListsTheTasksItIsUnsureOfFirstWithTheirReasons() {
        String text = "Ban Bí thư yêu cầu:\n1. Tăng cường công tác tuyên truyền về kỷ niệm các ngày lễ lớn.\n"
                + "2. Ban Tổ chức Trung ương rà soát quy hoạch cán bộ, hoàn thành trước ngày 30/9/2024.\nMã " + unique();
        Document page = Jsoup.parse(previewText(text).then().statusCode(200).extract().asString());
        Element unsure = page.selectFirst("ul.import-unsure");
        assertNotNull(unsure, "no list of tasks to check");
        assertEquals(1, unsure.select("li").size(), unsure.outerHtml());
        assertEquals("#t0", unsure.selectFirst("a").attr("href"));
        assertTrue(page.getElementById("t0").text().contains("suy luận theo lĩnh vực"), "the reason is shown with the task");
        assertTrue(page.getElementById("t1").text().contains("Chắc chắn"));
    }

    @Test
    void theClerksCorrectionsAreSaved() {
        String text = twoTasks();
        int secondStart = text.indexOf(SECOND);
        Map<String, List<String>> form = handForm(text, new int[] {0, FIRST.length()}, new int[] {secondStart, secondStart + SECOND.length()});
        form.put("t0.deadline", List.of("2024-10-01"));
        form.put("t0.lead", List.of("BTCTW"));
        form.put("t0.support", List.of("VPTW", "BNCTW"));
        form.put("t1.drop", List.of("on"));
        confirm(form).then().statusCode(303);
        QuarkusTransaction.requiringNew().run(() -> {
            Directive directive = Directive.findByHash(Directive.hashOf(text)).orElseThrow();
            List<Task> tasks = Task.ofDirective(directive);
            assertEquals(1, tasks.size());
            Task task = tasks.get(0);
            assertEquals(FIRST, task.text);
            assertEquals("2024-10-01", String.valueOf(task.deadline));
            List<Assignment> owners = Assignment.ofTasks(List.of(task.id));
            assertEquals(3, owners.size());
            assertEquals("BTCTW", owners.get(0).body.code);
            assertEquals(Role.LEAD, owners.get(0).role);
            assertTrue(owners.stream().allMatch(a -> a.status == Status.NOT_STARTED));
            assertTrue(task.searchText.contains("ra soat quy hoach"));
        });
    }

    @Test
    void aMergedTaskSpansBothAndASplitTaskBecomesTwo() {
        String text = twoTasks();
        int secondStart = text.indexOf(SECOND);
        Map<String, List<String>> form = handForm(text, new int[] {0, FIRST.length()}, new int[] {secondStart, secondStart + SECOND.length()});
        form.put("t1.merge", List.of("on"));
        form.put("t1.lead", List.of("VPTW"));
        confirm(form).then().statusCode(303);
        QuarkusTransaction.requiringNew().run(() -> {
            List<Task> tasks = Task.ofDirective(Directive.findByHash(Directive.hashOf(text)).orElseThrow());
            assertEquals(1, tasks.size());
            assertEquals(text.substring(0, secondStart + SECOND.length()), tasks.get(0).text);
            assertEquals(1, Assignment.ofTasks(List.of(tasks.get(0).id)).size());
        });

        String other = twoTasks();
        Map<String, List<String>> split = handForm(other, new int[] {0, other.indexOf(SECOND) + SECOND.length()});
        split.put("t0.split", List.of("trước ngày 30/9/2024."));
        confirm(split).then().statusCode(303);
        QuarkusTransaction.requiringNew().run(() -> {
            List<Task> tasks = Task.ofDirective(Directive.findByHash(Directive.hashOf(other)).orElseThrow());
            assertEquals(List.of(FIRST, SECOND), tasks.stream().map(t -> t.text).toList());
        });
    }

    @Test
    void wordsToSplitAtThatAreNotInTheTaskAreAFieldError() {
        String text = twoTasks();
        Map<String, List<String>> form = handForm(text, new int[] {0, FIRST.length()});
        form.put("t0.split", List.of("không có trong văn bản"));
        confirm(form).then().statusCode(400).body(containsString("href=\"#t0-split\""))
                .body(containsString("Không tìm thấy các từ này"));
        assertEquals(null, saved(text));
    }

    @Test
    void theSameTextTwiceIsRecognisedWithALinkToTheFirst() {
        String text = twoNumberedTasks();
        Response first = confirm(formValues(previewText(text).asString()));
        first.then().statusCode(303);
        Long id = idOf(first.header("Location"));
        previewText(text).then().statusCode(409).body(containsString("Văn bản này đã được nhập trước đây."))
                .body(containsString("href=\"/directives/" + id + "\""));
        Map<String, List<String>> again = handForm(text, new int[] {0, FIRST.length()});
        confirm(again).then().statusCode(409).body(containsString("href=\"/directives/" + id + "\""));
        String hash = Directive.hashOf(text);
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> Directive.count("contentHash", hash)));
    }

    @Test
    void emptyTextIsRefusedOnTheForm() {
        previewText("  \n ").then().statusCode(400).body(containsString("error-summary"))
                .body(containsString("href=\"#text\"")).body(containsString("Hãy dán nội dung văn bản hoặc chọn một tệp."));
    }

    @Test
    void textOverTheLimitIsRefusedWithOurMessage() {
        previewText("Giao nhiệm vụ. ".repeat(150_000)).then().statusCode(413).body(containsString("Văn bản quá lớn"));
    }

    @Test
    void anUploadOverTheLimitIsRefusedWithOurMessage() {
        byte[] big = new byte[6 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        preview(Map.of("text", "", "title", "", "documentDate", ""), "big.txt", big).then().statusCode(413)
                .body(containsString("href=\"#file\"")).body(containsString("Văn bản quá lớn"));
    }

    @Test
    void aLargeWordFileWithAShortTextIsRead() throws Exception {
        String code = unique();
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Ban Bí thư yêu cầu:");
            doc.createParagraph().createRun().setText("1. Ban Tổ chức Trung ương rà soát quy hoạch cán bộ " + code + ".");
            byte[] picture = new byte[3 * 1024 * 1024];
            new java.util.Random(7).nextBytes(picture);
            doc.createParagraph().createRun().addPicture(new java.io.ByteArrayInputStream(picture),
                    org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG, "anh.png", 100, 100);
            doc.write(out);
            docx = out.toByteArray();
        }
        assertTrue(docx.length > 2 * 1024 * 1024);
        preview(Map.of("text", "", "title", "", "documentDate", ""), "anh.docx", docx).then().statusCode(200)
                .body(containsString("rà soát quy hoạch cán bộ " + code));
    }

    @Test
    void binaryAndNonUtf8UploadsAreRefused() {
        byte[] latin1 = "Ban Tổ chức Trung ương rà soát cán bộ.".getBytes(StandardCharsets.ISO_8859_1);
        preview(Map.of("text", "", "title", "", "documentDate", ""), "van-ban.txt", latin1).then().statusCode(400)
                .body(containsString("href=\"#file\"")).body(containsString("Tệp không phải là văn bản đọc được"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
        preview(Map.of("text", "", "title", "", "documentDate", ""), "anh.txt", png).then().statusCode(400)
                .body(containsString("Tệp không phải là văn bản đọc được"));
        preview(Map.of("text", "", "title", "", "documentDate", ""), "fake.docx", "not a zip".getBytes(StandardCharsets.UTF_8))
                .then().statusCode(400).body(containsString("Tệp không phải là văn bản đọc được"));
    }

    @Test
    void anUnsupportedFileTypeIsRefused() {
        preview(Map.of("text", "", "title", "", "documentDate", ""), "van-ban.pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8))
                .then().statusCode(400).body(containsString("Loại tệp này chưa được hỗ trợ"));
    }

    @Test
    void aTextWithoutTasksStaysInTheFormWithAMessage() {
        String text = "Xin chào " + unique();
        String page = previewText(text).then().statusCode(400).body(containsString("Không tìm thấy nhiệm vụ nào"))
                .extract().asString();
        assertEquals(text, Jsoup.parse(page).selectFirst("textarea#text").wholeText().strip());
        assertEquals(null, saved(text));
    }

    @Test
    void aWrongDateIsAFieldError() {
        String text = twoTasks();
        preview(Map.of("text", text, "title", "", "documentDate", "31/02/2024"), null, null).then().statusCode(400)
                .body(containsString("href=\"#documentDate\"")).body(containsString("field--error"))
                .body(containsString("Ngày không có thật")).body(containsString("value=\"31/02/2024\""));
        Map<String, List<String>> form = handForm(text, new int[] {0, FIRST.length()});
        form.put("t0.deadline", List.of("31/02/2024"));
        confirm(form).then().statusCode(400).body(containsString("href=\"#t0-deadline\""));
        assertEquals(null, saved(text));
    }

    @Test
    void forgedPreviewDataIsRefused() {
        String text = twoTasks();
        confirm(handForm(text, new int[] {5, text.length() + 40})).then().statusCode(400)
                .body(containsString("Dữ liệu xem trước không khớp với văn bản"));
        Map<String, List<String>> unknownBody = handForm(text, new int[] {0, FIRST.length()});
        unknownBody.put("t0.lead", List.of("NO-SUCH-BODY"));
        confirm(unknownBody).then().statusCode(400).body(containsString("href=\"#t0-owners\""))
                .body(containsString("Cơ quan được chọn không có trong danh sách."));
        Map<String, List<String>> newBody = handForm(text, new int[] {0, FIRST.length()});
        newBody.put("t0.support", List.of("new:Bộ Không Tồn Tại"));
        confirm(newBody).then().statusCode(400).body(containsString("href=\"#t0-owners\""));
        Map<String, List<String>> bothRoles = handForm(text, new int[] {0, FIRST.length()});
        bothRoles.put("t0.lead", List.of("BTCTW"));
        bothRoles.put("t0.support", List.of("BTCTW"));
        confirm(bothRoles).then().statusCode(400).body(containsString("href=\"#t0-owners\""))
                .body(containsString("Một cơ quan chỉ giữ một vai trò"));
        Map<String, List<String>> noCount = handForm(text, new int[] {0, FIRST.length()});
        noCount.remove("taskCount");
        confirm(noCount).then().statusCode(400);
        assertEquals(null, saved(text));
    }

    @Test
    void droppingEveryTaskSavesNothing() {
        String text = twoTasks();
        Map<String, List<String>> form = handForm(text, new int[] {0, FIRST.length()});
        form.put("t0.drop", List.of("on"));
        confirm(form).then().statusCode(400).body(containsString("Không tìm thấy nhiệm vụ nào"));
        assertEquals(null, saved(text));
    }

    @Test
    void theConfirmStepNeedsTheCsrfToken() {
        String text = twoTasks();
        Map<String, List<String>> form = handForm(text, new int[] {0, FIRST.length()});
        form.remove("csrf-token");
        confirm(form).then().statusCode(400);
        assertEquals(null, saved(text));
        clerk.request().multiPart(new MultiPartSpecBuilder(text).controlName("text").charset(StandardCharsets.UTF_8).build())
                .post("/imports/preview").then().statusCode(400);
    }

    @Test
    void documentTextIsEscapedOnThePreviewAndDirectivePages() {
        String text = "Ban Bí thư yêu cầu:\n1. Ban Tổ chức Trung ương rà soát <script>alert(1)</script> các \"đề án\" trước ngày 30/9/2024.\nMã " + unique();
        String preview = previewText(text).then().statusCode(200).extract().asString();
        assertFalse(preview.contains("<script>alert(1)</script>"));
        assertTrue(preview.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(preview.contains("&quot;đề án&quot;"));
        Response saved = confirm(formValues(preview));
        saved.then().statusCode(303);
        String page = clerk.get(saved.header("Location")).asString();
        assertFalse(page.contains("<script>alert(1)</script>"));
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertEquals(text, QuarkusTransaction.requiringNew().call(() -> Directive.findByHash(Directive.hashOf(text)).orElseThrow().originalText));
    }

    @Test
    void aWordDocumentIsReadWithItsParagraphsAndTables() throws IOException {
        String code = unique();
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Ban Bí thư yêu cầu:");
            doc.createParagraph().createRun().setText("Ban Tổ chức Trung ương rà soát quy hoạch cán bộ trước ngày 30/9/2024 " + code + ".");
            XWPFTable table = doc.createTable(1, 2);
            table.getRow(0).getCell(0).setText("Văn phòng Trung ương Đảng");
            table.getRow(0).getCell(1).setText("theo dõi, đôn đốc việc thực hiện");
            doc.write(out);
            docx = out.toByteArray();
        }
        String page = preview(Map.of("text", "", "title", "", "documentDate", ""), "van-ban.docx", docx)
                .then().statusCode(200).extract().asString();
        String text = Jsoup.parse(page).selectFirst("input[name=text]").attr("value");
        assertTrue(text.contains("rà soát quy hoạch cán bộ trước ngày 30/9/2024 " + code));
        assertTrue(text.contains("| Văn phòng Trung ương Đảng | theo dõi, đôn đốc việc thực hiện |"), text);
    }

    @Test
    void anHtmlFileIsReadWithItsLinesAndTables() {
        String code = unique();
        String html = "<html><head><style>p{}</style></head><body><p>Ban Bí thư yêu cầu:</p><p>Ban Tổ chức Trung ương rà soát cán bộ " + code
                + ".</p><p>Văn phòng<br>Trung ương Đảng đôn đốc.</p><table><tr><td>a</td><td>b</td></tr></table></body></html>";
        String page = preview(Map.of("text", "", "title", "", "documentDate", ""), "van-ban.html", html.getBytes(StandardCharsets.UTF_8))
                .then().statusCode(200).extract().asString();
        String text = Jsoup.parse(page).selectFirst("input[name=text]").attr("value");
        assertEquals("Ban Bí thư yêu cầu:\nBan Tổ chức Trung ương rà soát cán bộ " + code + ".\nVăn phòng\nTrung ương Đảng đôn đốc.\n| a | b |", text);
    }

    @Test
    void onlyClerksAndAdministratorsSeeTheImportPages() {
        for (AppRole role : List.of(AppRole.VIEWER, AppRole.STAFF)) {
            WebSession other = WebSession.login(TestAccounts.create(role, role == AppRole.STAFF ? "BTCTW" : null), TestAccounts.PASSWORD);
            other.get("/imports/new").then().statusCode(403);
            String token = other.csrfToken("/directives");
            other.request().multiPart("csrf-token", token).multiPart("text", "Ban Tổ chức Trung ương rà soát cán bộ.")
                    .post("/imports/preview").then().statusCode(403);
            other.request().contentType(ContentType.URLENC).formParam("csrf-token", token).formParam("text", "x")
                    .post("/imports").then().statusCode(403);
            other.get("/directives").then().statusCode(200);
        }
        WebSession admin = WebSession.login(TestAccounts.create(AppRole.ADMIN), TestAccounts.PASSWORD);
        admin.get("/imports/new").then().statusCode(200);
        given().redirects().follow(false).get("/imports/new").then().statusCode(302).header("Location", endsWith("/login"));
    }
}
