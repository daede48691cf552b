package vn.dondoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import vn.dondoc.account.AppRole;
import vn.dondoc.account.TestAccounts;
import vn.dondoc.task.Progress;
import vn.dondoc.task.TestTasks;

/** A person in a real browser: logs in, filters the task list, opens a task and checks off their body's part. */
@QuarkusTest
class BrowserTest {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    @TestHTTPResource("/")
    URL base;

    private WebDriver driver;
    private Path profile;

    @BeforeEach
    void startBrowser() throws IOException {
        assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(), "browser tests skipped: no Chromium");
        profile = Files.createTempDirectory("dondoc-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--no-first-run", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    @Test
    void staffChecksOffTheirBodysPartOfATask() throws IOException {
        String text = "Rà soát, bổ sung quy hoạch cán bộ " + UUID.randomUUID().toString().substring(0, 8);
        TestTasks.Created d = TestTasks.directive("Kết luận thử trình duyệt")
                .task(text, Progress.today().plusDays(7), "BTCTW", "VPTW").create();
        String user = TestAccounts.create(AppRole.STAFF, "BTCTW");

        driver.get(url("/login"));
        driver.findElement(By.id("j_username")).sendKeys(user);
        driver.findElement(By.id("j_password")).sendKeys(TestAccounts.PASSWORD);
        driver.findElement(By.cssSelector("form[action='/j_security_check'] button[type=submit]")).click();

        driver.get(url("/tasks?directive=" + d.directiveId()));
        new Select(driver.findElement(By.id("filter-body"))).selectByValue("BTCTW");
        driver.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        assertTrue(driver.getCurrentUrl().contains("body=BTCTW"), "filters are kept in the URL");
        Path shots = Path.of("target", "browser");
        Files.createDirectories(shots);
        File shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), shots.resolve("task-list.png"), StandardCopyOption.REPLACE_EXISTING);

        driver.findElement(By.linkText(text)).click();
        long mine = d.assignmentId(0, "BTCTW");
        new Select(driver.findElement(By.id("status-" + mine))).selectByValue("DONE");
        driver.findElement(By.id("note-" + mine)).sendKeys("Đã trình Bộ Chính trị");
        driver.findElement(By.cssSelector("form[action$='/assignments/" + mine + "/status'] button[type=submit]")).click();

        driver.navigate().refresh();
        String page = driver.findElement(By.tagName("main")).getText();
        assertTrue(page.contains("Đã trình Bộ Chính trị"), page);
        assertTrue(page.contains("Hoàn thành đúng hạn"), page);
        // No form for the other body's part.
        long theirs = d.assignmentId(0, "VPTW");
        assertEquals(0, driver.findElements(By.id("status-" + theirs)).size());
    }
}
