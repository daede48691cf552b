package vn.dondoc.task;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import vn.dondoc.account.TestAccounts;
import vn.dondoc.directive.Directive;
import vn.dondoc.web.AppRole;
import vn.dondoc.web.Browser;

/**
 * The task list as a leader sees it on an office screen (1366×900), holding the demo directive and one more: the
 * Chỉ thị 13/CT-TTg on carbon credits (a public document of the Prime Minister, 2 May 2024), whose twenty tasks go to
 * many ministries each. The list must stay short enough to read through.
 */
@QuarkusTest
@TestProfile(SeededProfile.class)
@EnabledIf("vn.dondoc.web.Browser#installed")
class TaskListBrowserTest {

    /** The longest the page may be, in CSS pixels. */
    static final long MAX_HEIGHT = 5000;

    @TestHTTPResource("/")
    URL base;

    private Browser browser;

    @BeforeEach
    void startBrowser() throws Exception {
        browser = Browser.open(base, 1366, 900);
    }

    @AfterEach
    void stopBrowser() {
        browser.close();
    }

    @jakarta.inject.Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String database;

    @Test
    void theSeedAndOneMoreDirectiveFitOnAShortPage() throws Exception {
        // the page is measured over a known set of tasks, which needs a database of its own: H2 gives the tests one,
        // a shared PostgreSQL test database holds every other test's tasks too
        org.junit.jupiter.api.Assumptions.assumeTrue(database.startsWith("jdbc:h2:mem:dondoc-seeded"),
                "the seeded database of its own is H2 in memory; on " + database + " the measure is skipped");
        String text;
        try (InputStream in = getClass().getResourceAsStream("/browser/chi-thi-13-ct-ttg.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String clerk = TestAccounts.create(AppRole.CLERK);
        given().auth().preemptive().basic(clerk, TestAccounts.PASSWORD).contentType("text/plain; charset=UTF-8").body(text)
                .post("/api/imports").then().statusCode(201);
        long tasks = QuarkusTransaction.requiringNew().call(() -> Task.count());
        assertEquals(2L, QuarkusTransaction.requiringNew().call(() -> Directive.count()), "the seed and the Chỉ thị");
        assertTrue(tasks >= 46 && tasks <= TaskResource.PAGE_SIZE, "all on one page: " + tasks);

        browser.login(TestAccounts.create(AppRole.VIEWER), TestAccounts.PASSWORD);
        browser.go("tasks");
        assertEquals(tasks, browser.driver.findElements(By.cssSelector(".task-table tbody tr")).size(), browser.driver.findElement(By.tagName("main")).getText());
        long height = browser.pageHeight();
        Path folder = Files.createDirectories(Path.of("target", "browser"));
        Files.writeString(folder.resolve("task-list-height.txt"), tasks + " tasks at 1366x900: " + height + " px\n");
        System.out.println("Task list with " + tasks + " tasks at 1366x900: " + height + " px");
        browser.window("task-list-seeded-top.png");
        assertTrue(!browser.scrollsSideways(), "the list fits the width of the window");
        browser.screenshot("task-list-seeded.png");
        assertTrue(height < MAX_HEIGHT, tasks + " tasks make a page of " + height + " px");
    }
}
