package vn.dondoc.task;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dondoc.account.TestAccounts;
import vn.dondoc.web.AppRole;
import vn.dondoc.web.WebSession;

@QuarkusTest
class SavedViewResourceTest {

    @Test
    void aUserNamesTheFiltersAndFindsThemBesideTheList() {
        WebSession user = WebSession.login(TestAccounts.create(AppRole.VIEWER), TestAccounts.PASSWORD);
        user.postForm("/tasks?body=", "/views", Map.of("name", "Quá hạn — Ban Tổ chức", "query", "body=BTCTW&status=OVERDUE&page=3&evil=1"))
                .then().statusCode(303).header("Location", endsWith("/tasks?body=BTCTW&progress=OVERDUE"));

        user.get("/tasks?body=BTCTW&status=OVERDUE").then().statusCode(200)
                .body(containsString("Đã lưu bộ lọc."))
                .body(containsString("href=\"/tasks?body=BTCTW&amp;progress=OVERDUE\">Quá hạn — Ban Tổ chức</a>"));
        user.get("/views").then().statusCode(200).body(containsString("Quá hạn — Ban Tổ chức"));
    }

    @Test
    void viewsArePrivateAndTheirOwnerDeletesThem() {
        WebSession owner = WebSession.login(TestAccounts.create(AppRole.STAFF, "BNCTW"), TestAccounts.PASSWORD);
        owner.postForm("/tasks?body=", "/views", Map.of("name", "Việc của ban tôi", "query", "body=BNCTW")).then().statusCode(303);
        String page = owner.get("/views").asString();
        String id = page.replaceAll("(?s).*action=\"/views/(\\d+)/delete\".*", "$1");

        WebSession other = WebSession.login(TestAccounts.create(AppRole.STAFF, "BNCTW"), TestAccounts.PASSWORD);
        other.get("/views").then().body(not(containsString("Việc của ban tôi")));
        other.postForm("/views", "/views/" + id + "/delete", Map.of()).then().statusCode(404);

        owner.postForm("/views", "/views/" + id + "/delete", Map.of()).then().statusCode(303).header("Location", endsWith("/views"));
        owner.get("/views").then().body(containsString("Đã xóa bộ lọc.")).body(not(containsString("Việc của ban tôi")));
    }

    @Test
    void aNameIsNeededAndMayNotRepeat() {
        WebSession user = WebSession.login(TestAccounts.create(AppRole.CLERK), TestAccounts.PASSWORD);
        user.postForm("/tasks?body=", "/views", Map.of("name", " ", "query", "q=tham+nhung")).then().statusCode(400)
                .body(containsString("Nhập tên bộ lọc")).body(containsString("value=\"q=tham+nhung\""));
        user.postForm("/tasks?body=", "/views", Map.of("name", "Tham nhũng", "query", "q=tham+nhung")).then().statusCode(303);
        user.postForm("/tasks?body=", "/views", Map.of("name", "Tham nhũng", "query", "q=tieu+cuc")).then().statusCode(400)
                .body(containsString("Bạn đã có bộ lọc mang tên này"));
    }
}
