package vn.dondoc.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.dondoc.account.TestAccounts;
import vn.dondoc.body.TestBodies;
import vn.dondoc.directive.Directive;
import vn.dondoc.web.AppRole;
import vn.dondoc.web.Browser;

/**
 * People in a real browser correcting what was imported and finding their own work: a clerk corrects a saved task
 * and removes another, withdraws a directive and imports its text again; staff land on their own tasks and see
 * their own part first; anyone logs out from a page that does not exist; an impossible date in the filter says so.
 */
@QuarkusTest
@EnabledIf("vn.dondoc.web.Browser#installed")
class CorrectionsBrowserTest {

    @TestHTTPResource("/")
    URL base;

    private Browser browser;

    @BeforeEach
    void startBrowser() throws Exception {
        browser = Browser.open(base, false);
    }

    @AfterEach
    void stopBrowser() {
        browser.close();
    }

    private String main() {
        return browser.driver.findElement(By.tagName("main")).getText();
    }

    private void type(By field, String text) {
        WebElement input = browser.driver.findElement(field);
        input.clear();
        input.sendKeys(text);
    }

    @Test
    void aClerkCorrectsASavedTasksDeadlineAndOwnersAndRemovesAnother() throws Exception {
        String lead = TestBodies.create("Ban chủ trì trình duyệt");
        String support = TestBodies.create("Ban phối hợp trình duyệt");
        String added = TestBodies.create("Ban thêm trình duyệt");
        String marker = UUID.randomUUID().toString().substring(0, 8);
        TestTasks.Created d = TestTasks.directive("Kết luận sửa trong trình duyệt")
                .task("Rà soát quy hoạch cán bộ " + marker, LocalDate.of(2030, 9, 30), lead, support)
                .task("Câu đọc nhầm thành nhiệm vụ " + marker, LocalDate.of(2030, 9, 30), lead).create();
        browser.login(TestAccounts.create(AppRole.CLERK), TestAccounts.PASSWORD);

        browser.go("tasks/" + d.taskId(0));
        browser.submit(By.linkText("Sửa nhiệm vụ"));
        type(By.id("deadline"), "31/10/2030");
        browser.driver.findElement(By.cssSelector("#owners input[name=support][value='" + support + "']")).click();
        browser.driver.findElement(By.id("owners-filter")).sendKeys("ban them trinh duyet");
        WebElement addedSupport = browser.driver.findElement(By.cssSelector("#owners input[name=support][value='" + added + "']"));
        assertTrue(addedSupport.isDisplayed(), "the filter box finds the body without its accents");
        assertFalse(browser.driver.findElement(By.cssSelector("#owners input[name=lead][value='" + support + "']")).isDisplayed(),
                "and hides the others");
        addedSupport.click();
        browser.screenshot("task-edit.png");
        browser.submit(By.cssSelector("form.edit-form button[type=submit]"));
        String page = main();
        assertTrue(page.contains("Đã lưu thay đổi của nhiệm vụ."), page);
        assertTrue(page.contains("31/10/2030"), page);
        assertTrue(page.contains(TestBodies.nameOf(added)), page);
        assertFalse(page.contains(TestBodies.nameOf(support)) && !page.contains("Bỏ " + TestBodies.nameOf(support)), page);
        Map<String, Role> owners = QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Role> found = new HashMap<>();
            Task.<Task>findById(d.taskId(0)).assignments.forEach(a -> found.put(a.body.code, a.role));
            return found;
        });
        assertEquals(Map.of(lead, Role.LEAD, added, Role.SUPPORT), owners);

        browser.go("tasks/" + d.taskId(1));
        browser.submit(By.linkText("Xóa nhiệm vụ này"));
        type(By.id("reason"), "Không phải nhiệm vụ");
        browser.submit(By.cssSelector("form[action$='/remove'] button[type=submit]"));
        String directive = main();
        assertTrue(directive.contains("Đã xóa nhiệm vụ"), directive);
        assertTrue(browser.driver.findElement(By.id("removed")).getText().contains("Nhiệm vụ đã xóa (1)"));
        browser.go("tasks?body=&q=" + marker);
        String list = main();
        assertTrue(list.contains("Rà soát quy hoạch cán bộ " + marker) && !list.contains("Câu đọc nhầm thành nhiệm vụ " + marker), list);
    }

    @Test
    void aClerkWithdrawsADirectiveAndImportsItsTextAgain() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String text = "Kết luận giao ban mã " + marker + "\nBan Bí thư yêu cầu:\n1. Ban Tổ chức Trung ương rà soát quy hoạch cán bộ mã "
                + marker + ", hoàn thành trước ngày 30/9/2030.\n2. Văn phòng Trung ương Đảng tổng hợp kết quả mã " + marker + ".";
        browser.login(TestAccounts.create(AppRole.CLERK), TestAccounts.PASSWORD);
        importText(text);
        long first = directiveOf(marker);

        browser.submit(By.linkText("Thu hồi văn bản"));
        browser.submit(By.cssSelector("form[action$='/withdraw'] button[type=submit]"));
        assertTrue(main().contains("Nhập lý do thu hồi"), "a withdrawal needs a reason");
        type(By.id("reason"), "Nhập lại để sửa các nhiệm vụ");
        browser.submit(By.cssSelector("form[action$='/withdraw'] button[type=submit]"));
        assertTrue(main().contains("Văn bản đã được thu hồi"), main());

        importText(text);
        long second = directiveOf(marker);
        assertTrue(second != first, "the same text was imported again as a new directive");
        assertTrue(browser.driver.getCurrentUrl().endsWith("/directives/" + second), browser.driver.getCurrentUrl());
    }

    /** Pastes the text, opens each task's bodies in the preview and saves it. */
    private void importText(String text) throws Exception {
        browser.go("imports/new");
        browser.driver.executeScript("arguments[0].value = arguments[1]", browser.driver.findElement(By.id("text")), text);
        browser.submit(By.cssSelector("form.import-form button[type=submit]"));
        WebElement picker = browser.driver.findElement(By.id("t0-owners"));
        picker.findElement(By.tagName("summary")).click();
        WebElement lead = picker.findElement(By.cssSelector("input[name='t0.lead'][value=BTCTW]"));
        assertTrue(lead.isSelected(), "the reader's lead is ticked");
        picker.findElement(By.cssSelector("input[name='t0.support'][value=VPTW]")).click();
        assertTrue(lead.isSelected(), "ticking another body's box keeps the lead: no Ctrl-click");
        browser.screenshot("import-preview-picker.png");
        browser.submit(By.cssSelector("form.import-preview button[type=submit]"));
        assertTrue(main().contains("Ban Tổ chức Trung ương"), main());
    }

    private static long directiveOf(String marker) {
        return QuarkusTransaction.requiringNew().call(() -> Directive.<Directive>find("withdrawnAt is null and title like ?1",
                "%" + marker + "%").firstResult().id);
    }

    @Test
    void staffLandOnTheirOwnTasksAndSeeTheirOwnPartFirst() throws Exception {
        String mine = TestBodies.create("Ban của cán bộ");
        TestTasks.Created d = TestTasks.directive("Kết luận nhiều cơ quan").task("Việc giao cho năm cơ quan " + UUID.randomUUID(),
                LocalDate.of(2030, 12, 31), "BTCTW", "VPTW", "BNCTW", "BKTTW", mine).create();
        browser.login(TestAccounts.create(AppRole.STAFF, mine), TestAccounts.PASSWORD);
        browser.submit(By.linkText("Nhiệm vụ"));
        assertTrue(browser.driver.getCurrentUrl().contains("body=" + mine), browser.driver.getCurrentUrl());
        assertTrue(browser.driver.findElement(By.tagName("h1")).getText().contains(TestBodies.nameOf(mine)));

        browser.go("tasks/" + d.taskId(0));
        WebElement first = browser.driver.findElement(By.cssSelector("section.owner--mine"));
        assertTrue(first.getText().contains(TestBodies.nameOf(mine)), first.getText());
        long height = ((Number) browser.driver.executeScript("return arguments[0].getBoundingClientRect().top + window.scrollY", first)).longValue();
        assertTrue(height < 1200, "the own part is near the top, not block 5 of 5: " + height + " px");
        assertTrue(browser.driver.findElement(By.id("status-" + d.assignmentId(0, mine))).isDisplayed());
        WebElement others = browser.driver.findElement(By.cssSelector("details.owners-others"));
        assertEquals("4 cơ quan khác", others.findElement(By.tagName("summary")).getText());
        assertFalse(browser.driver.findElement(By.id("owner-" + d.assignmentId(0, "VPTW"))).isDisplayed(), "the others are folded");
        browser.screenshot("task-own-first.png");
    }

    @Test
    void logoutWorksFromThePageOfAnUnknownPath() {
        browser.login(TestAccounts.create(AppRole.VIEWER), TestAccounts.PASSWORD);
        browser.go("khong-co-trang-nay");
        assertTrue(main().contains("Không tìm thấy trang"));
        browser.submit(By.cssSelector("form[action='/logout'] button"));
        assertTrue(browser.driver.getCurrentUrl().contains("/login?out=true"), browser.driver.getCurrentUrl());
        browser.go("tasks");
        assertTrue(browser.driver.getCurrentUrl().contains("/login"), "the session has ended");
    }

    @Test
    void anImpossibleDateInTheFilterSaysSoAndShowsNoTasks() {
        browser.login(TestAccounts.create(AppRole.VIEWER), TestAccounts.PASSWORD);
        browser.go("tasks");
        assertTrue(!browser.driver.findElements(By.cssSelector(".task-table tbody tr")).isEmpty(), "tasks before the filter");
        type(By.id("filter-from"), "31/02/2024");
        browser.submit(By.cssSelector("form.filters button[type=submit]"));
        WebElement summary = browser.driver.findElement(By.cssSelector(".error-summary"));
        assertTrue(summary.getText().contains("Ngày không hợp lệ"), summary.getText());
        assertEquals("31/02/2024", browser.driver.findElement(By.id("filter-from")).getAttribute("value"));
        assertEquals(0, browser.driver.findElements(By.cssSelector(".task-table tbody tr")).size(), "no tasks, rather than all");
    }
}
