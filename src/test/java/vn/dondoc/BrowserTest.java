package vn.dondoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import vn.dondoc.account.TestAccounts;
import vn.dondoc.task.Progress;
import vn.dondoc.task.TestTasks;
import vn.dondoc.web.AppRole;
import vn.dondoc.web.Browser;
import vn.dondoc.web.OfficeClock;

/** A person in a real browser: logs in, filters the task list, opens a task and checks off their body's part. */
@QuarkusTest
@EnabledIf("vn.dondoc.web.Browser#installed")
class BrowserTest {

    @TestHTTPResource("/")
    URL base;

    private Browser browser;

    @BeforeEach
    void startBrowser() throws IOException {
        browser = Browser.open(base, false);
    }

    @AfterEach
    void stopBrowser() {
        browser.close();
    }

    @Test
    void staffChecksOffTheirBodysPartOfATask() throws IOException {
        String text = "Rà soát, bổ sung quy hoạch cán bộ " + UUID.randomUUID().toString().substring(0, 8);
        TestTasks.Created d = TestTasks.directive("Kết luận thử trình duyệt")
                .task(text, OfficeClock.today().plusDays(7), "BTCTW", "VPTW").create();
        String user = TestAccounts.create(AppRole.STAFF, "BTCTW");
        WebDriver driver = browser.driver;

        browser.login(user, TestAccounts.PASSWORD);
        browser.go("tasks?directive=" + d.directiveId());
        new Select(driver.findElement(By.id("filter-body"))).selectByValue("BTCTW");
        browser.submit(By.cssSelector("form.filters button[type=submit]"));
        assertTrue(driver.getCurrentUrl().contains("body=BTCTW"), "filters are kept in the URL");
        browser.screenshot("task-list.png");
        assertTrue(!browser.scrollsSideways(), "the list with its boxes fits the window");

        driver.findElement(By.linkText(text)).click();
        long mine = d.assignmentId(0, "BTCTW");
        new Select(driver.findElement(By.id("status-" + mine))).selectByValue("DONE");
        driver.findElement(By.id("note-" + mine)).sendKeys("Đã trình Bộ Chính trị");
        browser.submit(By.cssSelector("form[action$='/assignments/" + mine + "/status'] button[type=submit]"));

        driver.navigate().refresh();
        String page = driver.findElement(By.tagName("main")).getText();
        assertTrue(page.contains("Đã trình Bộ Chính trị"), page);
        assertTrue(page.contains("Báo cáo hoàn thành, chờ xác nhận"), "staff's done waits for the clerk: " + page);
        // No form for the other body's part.
        long theirs = d.assignmentId(0, "VPTW");
        assertEquals(0, driver.findElements(By.id("status-" + theirs)).size());
    }
}
