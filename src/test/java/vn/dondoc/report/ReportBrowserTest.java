package vn.dondoc.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PrintOptions;
import vn.dondoc.account.TestAccounts;
import vn.dondoc.web.AppRole;
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
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 110), "png", folder.resolve("report-print-page1.png").toFile());
            List<String> overprinted = overprinted(document);
            assertTrue(overprinted.isEmpty(), "letters printed over one another on the first page: " + overprinted);
        }
    }

    @Test
    void thePrintPagesColumnHeadersFitTheirColumnsOnScreenAndInPrint() throws Exception {
        ReportData data = ReportData.create();
        browser.login(TestAccounts.create(AppRole.VIEWER), TestAccounts.PASSWORD);
        browser.go("reports/progress/print" + data.query());
        assertEquals(List.of(), overflowing(), "on screen");
        browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertEquals(List.of(), overflowing(), "in print");
    }

    /** The report table's header cells whose words run out of their column. */
    @SuppressWarnings("unchecked")
    private List<String> overflowing() {
        return (List<String>) browser.driver.executeScript("return Array.from(document.querySelectorAll('.report-table thead th'))"
                + ".filter(th => th.scrollWidth > th.clientWidth + 1).map(th => th.textContent.trim())");
    }

    /**
     * Pairs of letters of different words on the page whose boxes cover each other by more than half: text printed
     * over other text, as column headings wider than their columns are.
     */
    private static List<String> overprinted(PDDocument document) throws IOException {
        List<TextPosition> letters = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                if (!text.getUnicode().isBlank()) {
                    letters.add(text);
                }
            }
        };
        stripper.setStartPage(1);
        stripper.setEndPage(1);
        stripper.getText(document);
        List<String> found = new ArrayList<>();
        for (int i = 0; i < letters.size() && found.size() < 10; i++) {
            TextPosition a = letters.get(i);
            for (int j = i + 2; j < letters.size(); j++) {
                TextPosition b = letters.get(j);
                double w = Math.min(a.getXDirAdj() + a.getWidthDirAdj(), b.getXDirAdj() + b.getWidthDirAdj()) - Math.max(a.getXDirAdj(), b.getXDirAdj());
                double h = Math.min(a.getYDirAdj(), b.getYDirAdj()) - Math.max(a.getYDirAdj() - a.getHeightDir(), b.getYDirAdj() - b.getHeightDir());
                double smaller = Math.min(a.getWidthDirAdj() * a.getHeightDir(), b.getWidthDirAdj() * b.getHeightDir());
                if (w > 0 && h > 0 && smaller > 0 && w * h > 0.5 * smaller) {
                    found.add(a.getUnicode() + "/" + b.getUnicode() + " at " + Math.round(a.getXDirAdj()) + "," + Math.round(a.getYDirAdj()));
                    break;
                }
            }
        }
        return found;
    }
}
