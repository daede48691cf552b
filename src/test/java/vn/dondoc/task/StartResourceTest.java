package vn.dondoc.task;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dondoc.account.TestAccounts;
import vn.dondoc.web.AppRole;
import vn.dondoc.web.OfficeClock;
import vn.dondoc.web.WebSession;

@QuarkusTest
class StartResourceTest {

    @Test
    void staffSeeTheirBodysOpenWorkOverdueFirst() {
        String overdue = "Việc quá hạn trang chủ " + UUID.randomUUID();
        String done = "Việc xong trang chủ " + UUID.randomUUID();
        TestTasks.directive("Kết luận trang chủ")
                .task(overdue, OfficeClock.today().minusYears(30), "HCCB")
                .task(done, OfficeClock.today().minusYears(30), "HCCB").done(1, "HCCB", OfficeClock.today()).create();
        String page = WebSession.login(TestAccounts.create(AppRole.STAFF, "HCCB"), TestAccounts.PASSWORD).get("/")
                .then().statusCode(200).extract().asString();
        assertTrue(page.contains("Việc của Hội Cựu chiến binh Việt Nam"));
        assertTrue(page.contains(overdue));
        assertFalse(page.contains(done));
    }

    @Test
    void clerksSeeFiguresAndTheLatestDirectives() {
        TestTasks.Created d = TestTasks.create(1, null, "BTC");
        String page = WebSession.login(TestAccounts.create(AppRole.CLERK), TestAccounts.PASSWORD).get("/")
                .then().statusCode(200).extract().asString();
        assertTrue(page.contains("Văn bản mới nhập"));
        assertTrue(page.contains("href=\"/directives/" + d.directiveId() + "\""));
    }
}
