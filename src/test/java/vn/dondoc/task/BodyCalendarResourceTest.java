package vn.dondoc.task;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dondoc.account.TestAccounts;
import vn.dondoc.body.TestBodies;
import vn.dondoc.web.AppRole;
import vn.dondoc.web.WebSession;

@QuarkusTest
class BodyCalendarResourceTest {

    @Test
    void theFeedHasOneAllDayEventPerOpenDeadline() {
        String body = TestBodies.create("Ban Lịch");
        String text = "Rà soát, bổ sung quy hoạch cán bộ; báo cáo Bộ Chính trị\\Ban Bí thư, "
                + "bảo đảm đúng quy trình và tiến độ đã đề ra trong kế hoạch của Ban";
        TestTasks.One open = TestTasks.one(body, text, LocalDate.of(2031, 3, 31), Role.LEAD, Status.IN_PROGRESS);
        TestTasks.one(body, "Việc đã hoàn thành", LocalDate.of(2031, 4, 1), Role.LEAD, Status.DONE);
        TestTasks.one(body, "Việc thường xuyên", null, Role.SUPPORT, Status.NOT_STARTED);
        String viewer = TestAccounts.create(AppRole.VIEWER);

        Response response = given().auth().preemptive().basic(viewer, TestAccounts.PASSWORD)
                .get("/bodies/" + body + "/deadlines.ics");

        assertEquals(200, response.statusCode());
        assertTrue(response.contentType().startsWith("text/calendar"), response.contentType());
        String ics = new String(response.asByteArray(), StandardCharsets.UTF_8);
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        List<String> lines = unfold(ics);
        assertEquals(1, lines.stream().filter("BEGIN:VEVENT"::equals).count());
        assertTrue(lines.contains("UID:task-" + open.taskId() + "-" + body + "@dondoc"));
        assertTrue(lines.contains("DTSTART;VALUE=DATE:20310331"));
        assertTrue(lines.contains("DTEND;VALUE=DATE:20310401"));
        assertTrue(lines.contains("SUMMARY:Rà soát\\, bổ sung quy hoạch cán bộ\\; báo cáo Bộ Chính trị\\\\Ban Bí thư\\, "
                + "bảo đảm đúng quy trình và tiến độ đã đề ra trong kế hoạch của Ban"), ics);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("DESCRIPTION:Văn bản: Thông báo kết luận ") && l.endsWith("\\nVai trò: chủ trì")), ics);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("URL:") && l.endsWith("/tasks/" + open.taskId())));
        assertFalse(ics.contains("Việc đã hoàn thành"));
    }

    @Test
    void aLoggedInBrowserGetsTheFeedWithItsSession() {
        String body = TestBodies.create("Ban Lịch trình duyệt");
        WebSession session = WebSession.login(TestAccounts.create(AppRole.STAFF, body), TestAccounts.PASSWORD);
        Response response = session.get("/bodies/" + body + "/deadlines.ics");
        assertEquals(200, response.statusCode());
        assertTrue(response.asString().contains("X-WR-CALNAME:Hạn nhiệm vụ — Ban Lịch trình duyệt"));
    }

    @Test
    void aCalendarProgramWithoutCredentialsIsAskedForThem() {
        String body = TestBodies.create("Ban Lịch ẩn danh");
        given().redirects().follow(false).get("/bodies/" + body + "/deadlines.ics")
                .then().statusCode(401).header("WWW-Authenticate", containsString("Basic"));
    }

    @Test
    void aWrongPasswordIsRefused() {
        String body = TestBodies.create("Ban Lịch sai");
        String viewer = TestAccounts.create(AppRole.VIEWER);
        given().redirects().follow(false).auth().preemptive().basic(viewer, "wrong")
                .get("/bodies/" + body + "/deadlines.ics").then().statusCode(401);
    }

    @Test
    void anUnknownBodyIsNotFound() {
        String viewer = TestAccounts.create(AppRole.VIEWER);
        given().auth().preemptive().basic(viewer, TestAccounts.PASSWORD).get("/bodies/KHONGCO-404/deadlines.ics")
                .then().statusCode(404);
    }

    @Test
    void otherPagesUnderBodiesStillNeedTheLoginForm() {
        given().redirects().follow(false).get("/bodies/BTCTW").then().statusCode(302);
    }

    /** RFC 5545 unfolding: a line break followed by a space continues the previous line. */
    private static List<String> unfold(String ics) {
        List<String> lines = new ArrayList<>();
        for (String line : ics.split("\r\n")) {
            if (line.startsWith(" ")) {
                lines.set(lines.size() - 1, lines.get(lines.size() - 1) + line.substring(1));
            } else {
                lines.add(line);
            }
        }
        return lines;
    }
}
