package vn.dondoc.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.dondoc.account.AppRole;
import vn.dondoc.account.TestAccounts;

/** Chromium prints the report; the PDF it makes is kept in target/browser/ for a person to look at. */
@QuarkusTest
@EnabledIf("chromiumInstalled")
class ReportBrowserTest {

    @TestHTTPResource("/")
    URL base;

    ChromeDriver driver;
    Path profile;

    static boolean chromiumInstalled() {
        return new File("/usr/bin/chromium").canExecute() && new File("/usr/bin/chromedriver").canExecute();
    }

    @BeforeEach
    void startBrowser() throws Exception {
        profile = Files.createTempDirectory("chromium-report");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--user-data-dir=" + profile, "--window-size=1280,1600");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void chromiumPrintsTheReportToPdf() throws Exception {
        ReportData data = ReportData.create();
        String user = TestAccounts.create(AppRole.VIEWER);
        driver.get(base + "login");
        driver.findElement(By.id("j_username")).sendKeys(user);
        driver.findElement(By.id("j_password")).sendKeys(TestAccounts.PASSWORD);
        driver.findElement(By.cssSelector("form[action='/j_security_check'] button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.manage().getCookieNamed("dondoc-session") != null);

        Path folder = Files.createDirectories(Path.of("target", "browser"));
        driver.get(base + "reports/progress" + data.query() + "&compare=" + data.today.minusDays(8));
        Files.write(folder.resolve("report-page.png"), driver.getScreenshotAs(OutputType.BYTES));

        driver.get(base + "reports/progress/print" + data.query());
        assertTrue(driver.findElement(By.tagName("h1")).getText().contains("BÁO CÁO TIẾN ĐỘ"));
        Pdf pdf = driver.print(new PrintOptions());
        byte[] bytes = Base64.getDecoder().decode(pdf.getContent());
        Files.write(folder.resolve("report-print.pdf"), bytes);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertTrue(document.getNumberOfPages() >= 1);
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Ủy ban Kiểm tra Trung ương"), text);
        }
    }
}
