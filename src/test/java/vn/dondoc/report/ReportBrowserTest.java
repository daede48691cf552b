package vn.dondoc.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PrintOptions;
import vn.dondoc.account.AppRole;
import vn.dondoc.account.TestAccounts;
import vn.dondoc.web.Browser;

/** Chromium prints the report; the PDF it makes is kept in target/browser/ for a person to look at. */
@QuarkusTest
@EnabledIf("vn.dondoc.web.Browser#installed")
class ReportBrowserTest {

    @TestHTTPResource("/")
    URL base;

    Browser browser;

    @BeforeEach
    void startBrowser() throws Exception {
        browser = Browser.open(base, false);
    }

    @AfterEach
    void stopBrowser() {
        browser.close();
    }

    @Test
    void chromiumPrintsTheReportToPdf() throws Exception {
        ReportData data = ReportData.create();
        browser.login(TestAccounts.create(AppRole.VIEWER), TestAccounts.PASSWORD);
        ChromeDriver driver = browser.driver;

        Path folder = Files.createDirectories(Path.of("target", "browser"));
        browser.go("reports/progress" + data.query() + "&compare=" + data.today.minusDays(8));
        browser.screenshot("report-page.png");

        browser.go("reports/progress/print" + data.query());
        assertTrue(driver.findElement(By.tagName("h1")).getText().contains("BÁO CÁO TIẾN ĐỘ"));
        Pdf pdf = driver.print(new PrintOptions());
        byte[] bytes = Base64.getDecoder().decode(pdf.getContent());
        Files.write(folder.resolve("report-print.pdf"), bytes);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Ủy ban Kiểm tra Trung ương"), text);
        }
    }
}
