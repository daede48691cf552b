package vn.dondoc.task;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.dondoc.account.TestAccounts;
import vn.dondoc.body.TestBodies;
import vn.dondoc.web.AppRole;
import vn.dondoc.web.Browser;
import vn.dondoc.web.OfficeClock;

/**
 * One late task through a quarter's follow-up in Chromium, as the body's staff and the clerk do it: the clerk sends
 * the body a reminder letter, the staff ask for more time and the clerk approves, the staff report the result with
 * a PDF, the clerk returns it, the staff report again and the clerk confirms; the report then counts the task done
 * on time against its new deadline. Each step is a method that leaves the task where the next one takes it up.
 */
@QuarkusTest
@EnabledIf("vn.dondoc.web.Browser#installed")
class FollowUpBrowserTest {

    @TestHTTPResource("/")
    URL base;

    Browser browser;
    String body;
    String staff;
    String clerk;
    long taskId;
    long assignmentId;

    @BeforeEach
    void open() throws Exception {
        browser = Browser.open(base, 1200, 1200);
    }

    @AfterEach
    void close() {
        browser.close();
    }

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String TASK = "Xây dựng báo cáo tổng kết 10 năm thực hiện Quy định về công tác cán bộ";

    LocalDate first;
    LocalDate later;

    @Test
    void aLateTaskIsRemindedExtendedReportedReturnedReportedAgainConfirmedAndCountedOnTime() throws Exception {
        body = TestBodies.create("Ban Theo dõi kết quả");
        staff = TestAccounts.create(AppRole.STAFF, body);
        clerk = TestAccounts.create(AppRole.CLERK);
        first = OfficeClock.today().minusDays(4);
        later = OfficeClock.today().plusDays(20);
        TestTasks.Created d = TestTasks.directive("Kết luận về tổng kết công tác cán bộ").task(TASK, first, body).create();
        taskId = d.taskId(0);
        assignmentId = d.assignmentId(0, body);

        clerkSendsAReminderLetter();
        staffAskForMoreTime();
        clerkApproves();
        staffReportsDoneWithAPdf();
        clerkReturnsItWithAReason();
        staffReportsAgain();
        clerkConfirms();
        theReportCountsItOnTimeAgainstTheNewDeadline();
    }

    private void clerkSendsAReminderLetter() throws Exception {
        as(clerk);
        browser.go("letters");
        assertTrue(main().contains(TestBodies.nameOf(body)), "the late body is listed: " + main());
        browser.driver.findElement(By.id("letter-" + body + "-docx")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> QuarkusTransaction.requiringNew().call(
                () -> ReminderLetter.count("body.code", body)) > 0);

        // The same form, sent with the browser's session, answers with the file itself: it opens in POI.
        Map<String, String> cookies = new HashMap<>();
        for (Cookie cookie : browser.driver.manage().getCookies()) {
            cookies.put(cookie.getName(), cookie.getValue());
        }
        String token = browser.driver.findElement(By.cssSelector("input[name=csrf-token]")).getAttribute("value");
        Response docx = given().cookies(cookies).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("body", body).formParam("format", "docx").formParam("csrf-token", token).post("/letters");
        assertEquals(200, docx.statusCode());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.asByteArray()));
                XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            String text = words.getText();
            assertTrue(text.contains(TestBodies.nameOf(body)), text);
            assertTrue(text.contains(TASK), text);
        }
        browser.go("tasks/" + taskId);
        assertTrue(main().contains("đã đôn đốc lần 2, ngày " + DMY.format(OfficeClock.today())), main());
    }

    private void staffAskForMoreTime() {
        as(staff);
        browser.driver.findElement(By.id("deadline-request-" + assignmentId)).click();
        browser.driver.findElement(By.id("deadline")).sendKeys(DMY.format(later));
        browser.driver.findElement(By.id("reason")).sendKeys("Chờ ý kiến thẩm định của các ban");
        browser.submit(By.cssSelector("main form button[type=submit]"));
        assertTrue(main().contains("Đã gửi đề nghị điều chỉnh thời hạn."), main());
    }

    private void clerkApproves() throws Exception {
        as(clerk);
        browser.go("");
        browser.driver.findElement(By.linkText("Xem và xử lý các đề nghị")).click();
        assertTrue(main().contains("Chờ ý kiến thẩm định của các ban"), main());
        browser.screenshot("deadline-requests.png");
        long id = QuarkusTransaction.requiringNew().call(() -> DeadlineRequest.pendingOf(Assignment.findById(assignmentId)).orElseThrow().id);
        browser.submit(By.id("approve-" + id));
        assertTrue(main().contains("Đã đồng ý điều chỉnh thời hạn."), main());
        browser.go("tasks/" + taskId);
        assertTrue(main().contains("hạn ban đầu " + DMY.format(first)), main());
    }

    private void theReportCountsItOnTimeAgainstTheNewDeadline() {
        browser.go("reports/progress");
        WebElement row = browser.driver.findElement(By.xpath("//table[contains(@class,'report-table')]//tr[th[normalize-space(text())='"
                + TestBodies.nameOf(body) + "']]"));
        String onTime = row.findElement(By.cssSelector("td[data-label='Hoàn thành đúng hạn']")).getText();
        String late = row.findElement(By.cssSelector("td[data-label='Hoàn thành quá hạn']")).getText();
        assertTrue(onTime.startsWith("1"), onTime);
        assertTrue(late.startsWith("0"), late);
    }

    private void as(String user) {
        browser.driver.manage().deleteAllCookies();
        browser.login(user, TestAccounts.PASSWORD);
        browser.go("tasks/" + taskId);
    }

    private String main() {
        return browser.driver.findElement(By.tagName("main")).getText();
    }

    private Status status() {
        return QuarkusTransaction.requiringNew().call(() -> Assignment.<Assignment>findById(assignmentId).status);
    }

    private void report(String result, Path file) {
        browser.driver.findElement(By.cssSelector("#report-box-" + assignmentId + " summary")).click();
        browser.driver.findElement(By.id("result-" + assignmentId)).sendKeys(result);
        if (file != null) {
            browser.driver.findElement(By.id("answerNumber-" + assignmentId)).sendKeys("215-BC/BTCTW");
            browser.driver.findElement(By.id("answerDate-" + assignmentId)).sendKeys("01/12/2026");
            browser.driver.findElement(By.id("files-" + assignmentId)).sendKeys(file.toAbsolutePath().toString());
        }
        browser.submit(By.id("report-" + assignmentId));
    }

    private void staffReportsDoneWithAPdf() throws Exception {
        as(staff);
        Path pdf = Files.createTempDirectory("follow-up").resolve("Báo cáo tổng kết.pdf");
        Files.write(pdf, FollowUpResourceTest.PDF);
        report("Đã hoàn thành dự thảo báo cáo tổng kết, trình Thường trực Ban cho ý kiến.", pdf);
        String page = main();
        assertTrue(page.contains("Đã gửi báo cáo hoàn thành; chờ văn thư xác nhận."), page);
        assertTrue(page.contains("Báo cáo tổng kết.pdf"), "the file keeps its Vietnamese name: " + page);
        assertEquals(Status.REPORTED, status());
    }

    private void clerkReturnsItWithAReason() throws Exception {
        as(clerk);
        browser.driver.findElement(By.id("review-" + assignmentId));
        picture();
        browser.submit(By.id("return-" + assignmentId));
        assertTrue(main().contains("Hãy ghi lý do trả lại."), "a return needs its reason");
        browser.driver.findElement(By.id("reason-" + assignmentId)).sendKeys("Cần bổ sung số liệu của các đơn vị trực thuộc.");
        browser.submit(By.id("return-" + assignmentId));
        assertTrue(main().contains("Đã trả lại báo cáo"), main());
        assertEquals(Status.IN_PROGRESS, status());
    }

    private void staffReportsAgain() {
        as(staff);
        assertTrue(main().contains("Cần bổ sung số liệu của các đơn vị trực thuộc."), "staff read why it came back");
        report("Đã bổ sung số liệu của 12 đơn vị trực thuộc.", null);
        assertEquals(Status.REPORTED, status());
    }

    private void clerkConfirms() {
        as(clerk);
        browser.submit(By.id("confirm-" + assignmentId));
        String page = main();
        assertTrue(page.contains("Đã xác nhận hoàn thành."), page);
        assertTrue(page.contains("Hoàn thành đúng hạn"), page);
        assertEquals(Status.DONE, status());
    }

    /** The task page as the clerk sees a reported result, in target/browser/ (the README's src/docs/follow-up.png). */
    private void picture() throws Exception {
        browser.driver.executeScript("document.getElementById('owner-" + assignmentId + "').scrollIntoView(); window.scrollBy(0, -60)");
        browser.window("follow-up.png");
    }
}
