package vn.dondoc.web;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the system packages for browser tests; tests that use it are skipped where
 * {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} are missing ({@code @EnabledIf("...installed")}).
 */
public final class Browser implements AutoCloseable {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File DRIVER = new File("/usr/bin/chromedriver");

    public final ChromeDriver driver;
    private final URL base;

    private Browser(ChromeDriver driver, URL base) {
        this.driver = driver;
        this.base = base;
    }

    public static boolean installed() {
        return CHROMIUM.canExecute() && DRIVER.canExecute();
    }

    /** A new browser with its own profile, at phone width when {@code phone}. */
    public static Browser open(URL base, boolean phone) throws IOException {
        return phone ? open(base, 390, 844) : open(base, 1280, 1000);
    }

    /** A new browser with its own profile and a window of the given size. */
    public static Browser open(URL base, int width, int height) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.getPath());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--user-data-dir=" + Files.createTempDirectory("chromium-dondoc"),
                "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), base);
    }

    /** Opens a path of the application ({@code "tasks?q=..."}, without the leading slash). */
    public void go(String path) {
        driver.get(base + path);
    }

    /** Presses a form's button and waits until the browser has left the page for the answer. */
    public void submit(By button) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(button).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> left(page));
    }

    /**
     * Whether the page of {@code element} is gone. Chromium reports an element of a page being replaced either as
     * stale or, for a moment, as a node that "does not belong to the document": both mean the page has gone.
     */
    private static boolean left(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException e) {
            return true;
        }
    }

    /** Logs in through the login form, as a person would. */
    public void login(String username, String password) {
        go("login");
        driver.findElement(By.id("j_username")).sendKeys(username);
        driver.findElement(By.id("j_password")).sendKeys(password);
        driver.findElement(By.cssSelector("form[action='/j_security_check'] button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.manage().getCookieNamed("dondoc-session") != null);
    }

    /** The height of the whole page in CSS pixels, as the browser laid it out. */
    public long pageHeight() {
        return (Long) driver.executeScript("return document.documentElement.scrollHeight");
    }

    /** Keeps a picture of what the window shows now in target/browser/. */
    public void window(String name) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "browser"));
        Files.write(folder.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
    }

    /** Whether the page is wider than the window, or one of its tables wider than its box, so that it scrolls sideways. */
    public boolean scrollsSideways() {
        return (Boolean) driver.executeScript("return document.documentElement.scrollWidth > document.documentElement.clientWidth"
                + " || Array.from(document.querySelectorAll('.table-wrap')).some(w => w.scrollWidth > w.clientWidth + 1)");
    }

    /** Keeps a full-page picture in target/browser/ for a person to look at. */
    public void screenshot(String name) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "browser"));
        long height = (Long) driver.executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(driver.manage().window().getSize().width, (int) Math.min(height + 120, 6000)));
        Files.write(folder.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
