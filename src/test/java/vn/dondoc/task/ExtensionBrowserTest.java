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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.dondoc.account.AppRole;
import vn.dondoc.account.TestAccounts;
import vn.dondoc.body.TestBodies;
import vn.dondoc.web.Browser;

/**
 * The follow-up of a late task in Chromium: its body's staff ask for more time, the clerk approves, the task done
 * after its first deadline counts on time in the report; then the clerk makes a reminder letter for a late body.
 */
@QuarkusTest
@EnabledIf("vn.dondoc.web.Browser#installed")
class ExtensionBrowserTest {

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @TestHTTPResource("/")
    URL base;

    Browser browser;

    @BeforeEach
    void open() throws Exception {
        browser = Browser.open(base, false);
    }

    @AfterEach
    void close() {
        browser.close();
    }

    private String main() {
        return browser.driver.findElement(By.tagName("main")).getText();
    }

    private void loginAs(String username) {
        browser.driver.manage().deleteAllCookies();
        browser.login(username, TestAccounts.PASSWORD);
    }

    @Test
    void staffAskForMoreTimeTheClerkApprovesAndTheReportCountsTheTaskOnTime() throws Exception {
        String body = TestBodies.create("Ban Gia hạn trình duyệt");
        LocalDate first = Progress.today().minusDays(4);
        LocalDate later = Progress.today().plusDays(14);
        TestAssignments.Created c = TestAssignments.create(body, "Xây dựng đề án chuyển đổi số của cơ quan", first, Role.LEAD,
                Status.IN_PROGRESS);
        String clerk = TestAccounts.create(AppRole.CLERK);

        loginAs(TestAccounts.create(AppRole.STAFF, body));
        browser.go("tasks/" + c.taskId());
        browser.driver.findElement(By.id("deadline-request-" + c.assignmentId())).click();
        browser.driver.findElement(By.id("deadline")).sendKeys(DMY.format(later));
        browser.driver.findElement(By.id("reason")).sendKeys("Chờ ý kiến thẩm định của các ban");
        browser.submit(By.cssSelector("main form button[type=submit]"));
        assertTrue(main().contains("Đã gửi đề nghị điều chỉnh thời hạn."), main());

        loginAs(clerk);
        browser.go("");
        browser.driver.findElement(By.linkText("Xem và xử lý các đề nghị")).click();
        assertTrue(main().contains("Chờ ý kiến thẩm định của các ban"), main());
        browser.screenshot("deadline-requests.png");
        long id = QuarkusTransaction.requiringNew().call(() -> DeadlineRequest.pendingOf(Assignment.findById(c.assignmentId())).orElseThrow().id);
        browser.submit(By.id("approve-" + id));
        assertTrue(main().contains("Đã đồng ý điều chỉnh thời hạn."), main());

        loginAs(TestAccounts.create(AppRole.STAFF, body));
        browser.go("tasks/" + c.taskId());
        assertTrue(main().contains("hạn ban đầu " + DMY.format(first)), main());
        new Select(browser.driver.findElement(By.id("status-" + c.assignmentId()))).selectByValue("DONE");
        browser.submit(By.cssSelector("form.status-form button[type=submit]"));
        QuarkusTransaction.requiringNew().run(() -> assertEquals(Status.DONE, ((Assignment) Assignment.findById(c.assignmentId())).status));

        loginAs(clerk);
        browser.go("reports/progress");
        WebElement row = browser.driver.findElement(By.xpath("//table[contains(@class,'report-table')]//tr[th[normalize-space(text())='"
                + TestBodies.nameOf(body) + "']]"));
        String onTime = row.findElement(By.cssSelector("td[data-label='Hoàn thành đúng hạn']")).getText();
        String late = row.findElement(By.cssSelector("td[data-label='Hoàn thành quá hạn']")).getText();
        assertTrue(onTime.startsWith("1"), onTime);
        assertTrue(late.startsWith("0"), late);
    }

    @Test
    void theClerkMakesAReminderLetterForALateBody() throws Exception {
        String body = TestBodies.create("Ban Chậm trình duyệt");
        TestAssignments.Created c = TestAssignments.create(body, "Sơ kết việc thực hiện quy chế làm việc", Progress.today().minusDays(20),
                Role.LEAD, Status.NOT_STARTED);
        loginAs(TestAccounts.create(AppRole.CLERK));
        browser.go("letters");
        assertTrue(main().contains(TestBodies.nameOf(body)), main());
        browser.driver.findElement(By.id("letter-" + body + "-docx")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> QuarkusTransaction.requiringNew().call(
                () -> ReminderLetter.count("body.code", body)) > 0);

        // The same form, sent with the browser's session, gives the file itself: it opens in POI.
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
            assertTrue(text.contains("Sơ kết việc thực hiện quy chế làm việc"), text);
        }

        browser.go("tasks/" + c.taskId());
        assertTrue(main().contains("đã đôn đốc lần 2, ngày " + DMY.format(Progress.today())), main());
    }
}
