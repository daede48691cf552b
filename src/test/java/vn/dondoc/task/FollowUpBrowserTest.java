package vn.dondoc.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import vn.dondoc.account.AppRole;
import vn.dondoc.account.TestAccounts;
import vn.dondoc.body.TestBodies;
import vn.dondoc.web.Browser;

/**
 * One task through the follow-up in Chromium, as the body's staff and the clerk do it: each step is a method
 * that leaves the task where the next one takes it up, so that later steps of the workflow are added at the end.
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

    @Test
    void aTaskIsReportedReturnedReportedAgainAndConfirmed() throws Exception {
        body = TestBodies.create("Ban Theo dõi kết quả");
        staff = TestAccounts.create(AppRole.STAFF, body);
        clerk = TestAccounts.create(AppRole.CLERK);
        TestTasks.Created d = TestTasks.directive("Kết luận về tổng kết công tác cán bộ")
                .task("Xây dựng báo cáo tổng kết 10 năm thực hiện Quy định về công tác cán bộ", LocalDate.now().plusDays(20), body)
                .create();
        taskId = d.taskId(0);
        assignmentId = d.assignmentId(0, body);

        staffReportsDoneWithAPdf();
        clerkReturnsItWithAReason();
        staffReportsAgain();
        clerkConfirms();
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
