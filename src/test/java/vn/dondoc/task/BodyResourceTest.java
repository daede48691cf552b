package vn.dondoc.task;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.dondoc.account.TestAccounts;
import vn.dondoc.body.ResponsibleBody;
import vn.dondoc.body.TestBodies;
import vn.dondoc.web.AppRole;
import vn.dondoc.web.LanguageFilter;
import vn.dondoc.web.OfficeClock;
import vn.dondoc.web.WebSession;

@QuarkusTest
class BodyResourceTest {

    private static final LocalDate TODAY = OfficeClock.today();

    private static WebSession viewer() {
        return WebSession.login(TestAccounts.create(AppRole.VIEWER), TestAccounts.PASSWORD);
    }

    private static long figure(String page, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\">(\\d+)<").matcher(page);
        assertTrue(m.find(), id);
        return Long.parseLong(m.group(1));
    }

    @Test
    void bodyPageCountsItsAssignmentsAndListsItsTasks() {
        String code = TestBodies.create("Ban trang cơ quan");
        String overdue = "Việc quá hạn " + UUID.randomUUID();
        String other = "Việc của cơ quan khác " + UUID.randomUUID();
        TestTasks.directive("Kết luận trang cơ quan")
                .task(overdue, TODAY.minusDays(3), code)
                .task("Việc đang làm " + UUID.randomUUID(), TODAY.plusDays(3), code)
                .task("Việc đã xong " + UUID.randomUUID(), TODAY.plusDays(3), code, "VOV")
                .task(other, TODAY.plusDays(3), "VOV")
                .status(1, code, vn.dondoc.task.Status.IN_PROGRESS).done(2, code, TODAY).create();
        String page = viewer().get("/bodies/" + code).then().statusCode(200).extract().asString();
        assertTrue(page.contains(TestBodies.nameOf(code)));
        assertEquals(3, figure(page, "count-assigned"));
        assertEquals(1, figure(page, "count-overdue"));
        ProgressCounts counts = QuarkusTransaction.requiringNew()
                .call(() -> Assignment.countsOf(ResponsibleBody.findByCode(code).orElseThrow(), TODAY));
        assertEquals(new ProgressCounts(3, 1, 0, 0, 1, 1, 1), counts);
        assertTrue(page.contains(overdue));
        assertFalse(page.contains(other));
    }

    @Test
    void bodyListGroupsCurrentBodiesByKind() {
        viewer().get("/bodies").then().statusCode(200)
                .body(containsString("Ban Tổ chức Trung ương"))
                .body(containsString("href=\"/bodies/BTCTW\""))
                .body(containsString("Bộ Công an"));
    }

    @Test
    void theKindsOfBodyAreNamedInThePagesLanguage() {
        WebSession session = viewer();
        List<String> vietnamese = Jsoup.parse(session.get("/bodies").asString()).select("h2.body-kind").eachText();
        assertEquals("Ban Đảng Trung ương", vietnamese.get(0));
        assertTrue(vietnamese.contains("Bộ, ngành"), vietnamese.toString());
        session.cookies().put(LanguageFilter.COOKIE, "en");
        List<String> english = Jsoup.parse(session.get("/bodies").asString()).select("h2.body-kind").eachText();
        assertEquals("Central Party commission", english.get(0));
        assertTrue(english.contains("Ministry or agency of government"), english.toString());
    }

    @Test
    void formerBodiesAreListedApartWithTheirSuccessorAndKeepTheirPage() {
        WebSession session = viewer();
        Document list = Jsoup.parse(session.get("/bodies").asString());
        List<Element> headings = list.select("h2.body-kind");
        assertEquals("Cơ quan đã sáp nhập, giải thể", headings.get(headings.size() - 1).text());
        Element row = list.selectFirst("a[href=/bodies/BKHDT]").closest("tr");
        assertEquals(1, list.select("a[href=/bodies/BKHDT]").size(), "listed once, among the former bodies only");
        assertEquals(row.closest("table"), list.select("table").last());
        assertEquals("01/03/2025", row.select("td").get(1).text());
        assertEquals("Bộ Tài chính", row.select("td").get(2).text());
        session.get("/bodies/BKHDT").then().statusCode(200).body(containsString("Bộ Kế hoạch và Đầu tư"));
    }

    @Test
    void unknownBodyIsNotFound() {
        viewer().get("/bodies/NO-SUCH-BODY").then().statusCode(404).body(containsString("Không tìm thấy trang"));
    }
}
