package vn.dondoc.audit;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import vn.dondoc.account.TestAccounts;
import vn.dondoc.account.User;
import vn.dondoc.web.AppRole;
import vn.dondoc.web.OfficeClock;
import vn.dondoc.web.WebSession;

@QuarkusTest
class AuditResourceTest {

    @Test
    void aChangeMadeByAnAdministratorAppearsInTheTrailWithALinkToTheAccount() {
        String adminName = TestAccounts.create(AppRole.ADMIN);
        WebSession admin = WebSession.login(adminName, TestAccounts.PASSWORD);
        String username = TestAccounts.create(AppRole.VIEWER);
        User user = QuarkusTransaction.requiringNew().call(() -> User.findByUsername(username).orElseThrow());
        Map<String, Object> form = new HashMap<>();
        form.put("displayName", "Phạm Thị Dung");
        form.put("role", "CLERK");
        form.put("enabled", "true");
        form.put("version", user.version);
        admin.postForm("/admin/users/" + user.id, "/admin/users/" + user.id, form);

        admin.get("/admin/audit?type=user&actor=" + adminName).then().statusCode(200)
                .body(containsString("href=\"/admin/users/" + user.id + "\""))
                .body(containsString("role=VIEWER"))
                .body(containsString("displayName=Phạm Thị Dung"));
        admin.get("/admin/audit?type=user&actor=someone-else-" + adminName).then().statusCode(200)
                .body(not(containsString("Phạm Thị Dung")));
        String today = OfficeClock.today().toString();
        admin.get("/admin/audit?actor=" + adminName + "&from=" + today + "&to=" + today).then()
                .body(containsString("Phạm Thị Dung"));
        admin.get("/admin/audit?actor=" + adminName + "&to=2001-01-01").then()
                .body(not(containsString("Phạm Thị Dung")));
    }

    @Test
    void anImportIsNamedAndLinksToItsDirective() {
        String actor = "vanthu-" + UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> AuditEntry.record(actor, "directive", 424242L, "import", null, "Kết luận (3)"));
        WebSession admin = WebSession.login(TestAccounts.create(AppRole.ADMIN), TestAccounts.PASSWORD);
        admin.get("/admin/audit?actor=" + actor).then().statusCode(200)
                .body(containsString("href=\"/directives/424242\""))
                .body(containsString("Nhập văn bản"))
                .body(containsString(">Văn bản #424242</a>"))
                .body(not(containsString("directive 424242")));
    }

    @Test
    void theApplicationsOwnWorkIsNamedInThePagesLanguage() {
        String marker = "Mục mẫu " + UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> AuditEntry.record("system", "directive", 525252L, "import", null, marker));
        WebSession admin = WebSession.login(TestAccounts.create(AppRole.ADMIN), TestAccounts.PASSWORD);
        String page = admin.get("/admin/audit?actor=system&type=directive").then().statusCode(200).extract().asString();
        var row = Jsoup.parse(page).select("tbody tr").stream().filter(r -> r.text().contains(marker)).findFirst().orElseThrow();
        assertTrue(row.text().contains("Hệ thống"), row.text());
        assertFalse(row.select("td").get(1).text().contains("system"), row.text());
    }

    @Test
    void theTrailIsPagedByFiftyNewestFirst() {
        String actor = "paging-" + UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 1; i <= 51; i++) {
                AuditEntry.record(actor, "task", null, "test", null, "entry number " + i + ".");
            }
        });
        WebSession admin = WebSession.login(TestAccounts.create(AppRole.ADMIN), TestAccounts.PASSWORD);
        admin.get("/admin/audit?actor=" + actor).then().statusCode(200)
                .body(containsString("entry number 51.")).body(not(containsString("entry number 1.")))
                .body(containsString("page=2&amp;actor=" + actor));
        admin.get("/admin/audit?page=2&actor=" + actor).then().statusCode(200)
                .body(containsString("entry number 1.")).body(not(containsString("entry number 2.")));
    }

    @Test
    void aPageFarBeyondTheEndIsEmptyNotAFailure() {
        WebSession admin = WebSession.login(TestAccounts.create(AppRole.ADMIN), TestAccounts.PASSWORD);
        admin.get("/admin/audit?page=42949674").then().statusCode(200);
        admin.get("/admin/audit?page=" + Integer.MAX_VALUE).then().statusCode(200);
    }

    @Test
    void onlyAdministratorsSeeTheTrailAndNobodyCanChangeIt() {
        for (AppRole role : new AppRole[] {AppRole.CLERK, AppRole.VIEWER}) {
            WebSession.login(TestAccounts.create(role), TestAccounts.PASSWORD).get("/admin/audit").then().statusCode(403);
        }
        WebSession admin = WebSession.login(TestAccounts.create(AppRole.ADMIN), TestAccounts.PASSWORD);
        admin.postForm("/admin/audit", "/admin/audit", Map.of()).then().statusCode(405);
        admin.request().delete("/admin/audit").then().statusCode(405);
    }
}
