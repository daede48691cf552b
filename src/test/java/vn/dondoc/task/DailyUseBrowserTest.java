package vn.dondoc.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import vn.dondoc.account.TestAccounts;
import vn.dondoc.body.TestBodies;
import vn.dondoc.web.AppRole;
import vn.dondoc.web.Browser;

/** A staff member's few minutes, in Chromium at phone width: search without accents, tick and update, save the view. */
@QuarkusTest
@EnabledIf("vn.dondoc.web.Browser#installed")
class DailyUseBrowserTest {

    @TestHTTPResource("/")
    URL base;

    Browser browser;

    @BeforeEach
    void open() throws Exception {
        browser = Browser.open(base, true);
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void searchWithoutAccentsThenUpdateTheFoundTasksAndSaveTheView() throws Exception {
        String body = TestBodies.create("Ban Trình duyệt");
        TestTasks.Created d = TestTasks.directive("Kết luận trình duyệt")
                .task("Đẩy mạnh phòng, chống tham nhũng vặt trong cơ quan", LocalDate.of(2031, 9, 30), body)
                .task("Kiểm tra việc chống tham nhũng vặt ở đơn vị trực thuộc", LocalDate.of(2031, 10, 31), body)
                .task("Tổng kết công tác thi đua", LocalDate.of(2031, 11, 30), body).create();
        browser.login(TestAccounts.create(AppRole.STAFF, body), TestAccounts.PASSWORD);

        browser.go("tasks?body=" + body);
        browser.driver.findElement(By.id("filter-q")).sendKeys("THAM NHUNG VAT");
        browser.submit(By.cssSelector("form.filters button[type=submit]"));
        String found = browser.driver.findElement(By.tagName("main")).getText();
        assertTrue(found.contains("Đẩy mạnh phòng, chống tham nhũng vặt"), found);
        assertTrue(found.contains("Kiểm tra việc chống tham nhũng vặt"), found);
        assertTrue(!found.contains("Tổng kết công tác thi đua"), found);

        browser.screenshot("daily-search-phone.png");
        browser.driver.findElement(By.id("pick-" + d.assignmentId(0, body))).click();
        browser.driver.findElement(By.id("pick-" + d.assignmentId(1, body))).click();
        new Select(browser.driver.findElement(By.id("bulk-status"))).selectByValue("IN_PROGRESS");
        browser.driver.findElement(By.id("bulk-note")).sendKeys("Đã giao phòng chuyên môn");
        browser.submit(By.cssSelector("#bulk-form button[type=submit]"));
        assertTrue(browser.driver.findElement(By.cssSelector("[role=status].notice")).getText().contains("Đã cập nhật"));
        assertTrue(browser.driver.getCurrentUrl().contains("q=THAM+NHUNG+VAT"), browser.driver.getCurrentUrl());
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(Status.IN_PROGRESS, ((Assignment) Assignment.findById(d.assignmentId(0, body))).status);
            assertEquals(Status.IN_PROGRESS, ((Assignment) Assignment.findById(d.assignmentId(1, body))).status);
            assertEquals(Status.NOT_STARTED, ((Assignment) Assignment.findById(d.assignmentId(2, body))).status);
        });

        browser.driver.findElement(By.cssSelector(".views-panel__more summary")).click();
        browser.driver.findElement(By.id("view-name")).sendKeys("Tham nhũng vặt");
        browser.submit(By.cssSelector(".views-panel__save button[type=submit]"));
        browser.go("views");
        browser.driver.findElement(By.linkText("Tham nhũng vặt")).click();
        String again = browser.driver.findElement(By.tagName("main")).getText();
        assertTrue(again.contains("Kiểm tra việc chống tham nhũng vặt"), again);
        assertTrue(!again.contains("Tổng kết công tác thi đua"), again);
    }
}
