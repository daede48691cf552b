package vn.dondoc.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.dondoc.account.TestAccounts;
import vn.dondoc.task.TestTasks;

/**
 * What a screen reader and a keyboard need on every page: the page's language, a skip link, one main heading,
 * headings that do not skip a level, a label for every field, a text for every image, and buttons with words.
 */
@QuarkusTest
class PageAccessibilityTest {

    private static final List<String> PAGES = List.of("/", "/tasks", "/tasks/{task}", "/bodies", "/bodies/BTCTW",
            "/directives", "/imports/new", "/reports/progress", "/views", "/admin/users", "/admin/users/new",
            "/admin/audit", "/admin/bodies", "/admin/backups", "/tasks/{task}/edit", "/tasks/{task}/remove", "/directives/{directive}",
            "/directives/{directive}/edit", "/directives/{directive}/withdraw", "/tasks?body=BTCTW");

    @Test
    void everyPageHasLanguageHeadingsLabelsAndTexts() {
        TestTasks.Created created = TestTasks.directive("Trang dễ tiếp cận").task("Việc để kiểm tra trang", OfficeClock.today(), "BTCTW").create();
        WebSession admin = WebSession.login(TestAccounts.create(AppRole.ADMIN), TestAccounts.PASSWORD);
        List<String> problems = new ArrayList<>();
        for (String path : PAGES) {
            String url = path.replace("{task}", String.valueOf(created.taskId(0))).replace("{directive}", String.valueOf(created.directiveId()));
            String html = admin.get(url).then().statusCode(200).extract().asString();
            problems.addAll(problemsOf(url, Jsoup.parse(html)));
        }
        problems.addAll(problemsOf("/login", Jsoup.parse(WebSession.anonymous().get("/login").asString())));
        assertEquals(List.of(), problems);
    }

    @Test
    void theCheckRecognisesAFieldWithoutALabel() {
        Document page = Jsoup.parse("<html lang=\"vi\"><body><a href=\"#main\">skip</a><main id=\"main\"><h1>T</h1>"
                + "<input id=\"x\" name=\"x\"><h3>deep</h3><img src=\"a.png\"></main></body></html>");
        List<String> problems = problemsOf("/sample", page);
        assertTrue(problems.stream().anyMatch(p -> p.contains("no label")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("skips")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("alt")), problems.toString());
        assertFalse(problemsOf("/ok", Jsoup.parse("<html lang=\"vi\"><body><a href=\"#main\">skip</a><main id=\"main\"><h1>T</h1>"
                + "<label for=\"y\">Y</label><input id=\"y\"></main></body></html>")).iterator().hasNext());
    }

    static List<String> problemsOf(String url, Document page) {
        List<String> problems = new ArrayList<>();
        if (page.selectFirst("html[lang]") == null) {
            problems.add(url + ": no language on <html>");
        }
        if (page.selectFirst("a[href=#main]") == null) {
            problems.add(url + ": no skip link");
        }
        if (page.select("h1").size() != 1) {
            problems.add(url + ": " + page.select("h1").size() + " main headings");
        }
        int level = 0;
        for (Element heading : page.select("main h1, main h2, main h3, main h4, main h5, main h6")) {
            int next = heading.tagName().charAt(1) - '0';
            if (next > level + 1) {
                problems.add(url + ": heading '" + heading.text() + "' skips from h" + level + " to h" + next);
            }
            level = next;
        }
        for (Element field : page.select("input, select, textarea")) {
            String type = field.attr("type");
            if (List.of("hidden", "submit", "button", "reset").contains(type)) {
                continue;
            }
            boolean labelled = field.hasAttr("aria-label") || field.hasAttr("aria-labelledby") || field.closest("label") != null
                    || !field.id().isEmpty() && page.selectFirst("label[for=" + field.id() + "]") != null;
            if (!labelled) {
                problems.add(url + ": field '" + field.attr("name") + "' has no label");
            }
        }
        for (Element image : page.select("img:not([alt])")) {
            problems.add(url + ": image " + image.attr("src") + " has no alt text");
        }
        for (Element button : page.select("button")) {
            if (button.text().isBlank() && !button.hasAttr("aria-label")) {
                problems.add(url + ": a button without words");
            }
        }
        return problems;
    }
}
