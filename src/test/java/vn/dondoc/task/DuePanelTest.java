package vn.dondoc.task;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dondoc.account.TestAccounts;
import vn.dondoc.body.TestBodies;
import vn.dondoc.web.AppRole;
import vn.dondoc.web.OfficeClock;
import vn.dondoc.web.WebSession;

@QuarkusTest
class DuePanelTest {

    @Test
    void staffSeeTheirBodysOverdueAndSoonDueWorkFirstOnTheStartPage() {
        String body = TestBodies.create("Ban Trang chủ");
        LocalDate today = OfficeClock.today();
        TestTasks.directive("Kết luận trang chủ")
                .task("Báo cáo đã trễ hạn", today.minusDays(2), body)
                .task("Hội nghị tuần tới", today.plusDays(5), body)
                .task("Đề án cuối năm sau", today.plusDays(400), body)
                .task("Việc trễ đã xong", today.minusDays(9), body).done(3, body, today.minusDays(1))
                .create();
        WebSession staff = WebSession.login(TestAccounts.create(AppRole.STAFF, body), TestAccounts.PASSWORD);
        staff.postForm("/tasks?body=", "/views", Map.of("name", "Việc của ban", "query", "body=" + body)).then().statusCode(303);

        String page = staff.get("/").then().statusCode(200).extract().asString();
        String panel = page.substring(page.indexOf("due-panel"), page.indexOf("</section>", page.indexOf("due-panel")));
        assertThat(panel, containsString("Quá hạn (1)"));
        assertThat(panel, containsString("Báo cáo đã trễ hạn"));
        assertThat(panel, containsString("Đến hạn trong 7 ngày tới (1)"));
        assertThat(panel, containsString("Hội nghị tuần tới"));
        assertThat(panel, not(containsString("Đề án cuối năm sau")));
        assertThat(panel, not(containsString("Việc trễ đã xong")));
        assertThat(panel, containsString("href=\"/tasks?body=" + body + "&amp;progress=OVERDUE\""));
        assertThat(panel, containsString("/bodies/" + body + "/deadlines.ics"));
        assertThat(page, containsString("Việc của ban"));

        staff.get("/tasks?body=" + body + "&status=OVERDUE").then().statusCode(200)
                .body(containsString("Báo cáo đã trễ hạn")).body(not(containsString("Hội nghị tuần tới")));
    }

    @Test
    void clerksSeeNoBodyPanel() {
        WebSession clerk = WebSession.login(TestAccounts.create(AppRole.CLERK), TestAccounts.PASSWORD);
        clerk.get("/").then().statusCode(200).body(not(containsString("due-panel")));
    }

    @Test
    void theBodyPageOffersItsCalendarAndTheKindInWords() {
        String body = TestBodies.create("Ban Có lịch");
        WebSession admin = WebSession.login(TestAccounts.create(AppRole.ADMIN), TestAccounts.PASSWORD);
        admin.get("/bodies/" + body).then().statusCode(200)
                .body(containsString("/bodies/" + body + "/deadlines.ics"))
                .body(containsString("href=\"/admin/bodies/" + body + "\""))
                .body(containsString("Khác"));
    }
}
