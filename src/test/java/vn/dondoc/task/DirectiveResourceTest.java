package vn.dondoc.task;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import vn.dondoc.account.TestAccounts;
import vn.dondoc.web.AppRole;
import vn.dondoc.web.WebSession;

@QuarkusTest
class DirectiveResourceTest {

    private static String imported(String title) {
        String text = title + "\nBan Bí thư yêu cầu:\n1. Ban Tổ chức Trung ương rà soát quy hoạch cán bộ, hoàn thành trước ngày 30/9/2024.";
        return given().auth().preemptive().basic(TestAccounts.create(AppRole.CLERK), TestAccounts.PASSWORD)
                .contentType("text/plain; charset=UTF-8").queryParam("documentDate", "2024-07-10").body(text)
                .post("/api/imports").then().statusCode(201).extract().header("Location").replaceAll(".*/api", "");
    }

    @Test
    void everyRoleReadsTheListAndADirectiveWithItsTasksAndText() {
        String title = "Thông báo kết luận số " + UUID.randomUUID().toString().substring(0, 8);
        String path = imported(title);
        WebSession viewer = WebSession.login(TestAccounts.create(AppRole.VIEWER), TestAccounts.PASSWORD);
        viewer.get("/tasks").then().statusCode(200).body(containsString("href=\"/directives\""));
        viewer.get("/directives").then().statusCode(200).body(containsString(title)).body(containsString("href=\"" + path + "\""));
        String page = viewer.get(path).then().statusCode(200).body(containsString("<h1>" + title + "</h1>"))
                .body(containsString("10/07/2024")).body(containsString("<mark id=\"text-1\"")).extract().asString();
        assertTrue(Jsoup.parse(page).selectFirst("tr#task-1 td:last-child").text().matches("0/[1-9]\\d*"), "none of the owners is done yet");
    }

    @Test
    void theNumberAndKindReadFromTheHeaderNameTheDirectiveInListsAndFilters() {
        String unique = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String number = unique.hashCode() % 900 + 1000 + "/CT-TTg";
        String text = "| THỦ TƯỚNG CHÍNH PHỦ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n| --- | --- |\n| Số: " + number
                + " | *Hà Nội, ngày 02 tháng* *5 năm 2024* |\nCHỈ THỊ\nVỀ TĂNG CƯỜNG QUẢN LÝ MÃ " + unique + "\n"
                + "Thủ tướng Chính phủ yêu cầu:\n1. Bộ Tài chính hoàn thiện Đề án phát triển thị trường các-bon mã " + unique + ".";
        String clerk = TestAccounts.create(AppRole.CLERK);
        String path = given().auth().preemptive().basic(clerk, TestAccounts.PASSWORD).contentType("text/plain; charset=UTF-8")
                .body(text).post("/api/imports").then().statusCode(201)
                .body("number", equalTo(number)).body("kind", equalTo("chi-thi"))
                .extract().header("Location").replaceAll(".*/api", "");
        WebSession viewer = WebSession.login(TestAccounts.create(AppRole.VIEWER), TestAccounts.PASSWORD);
        String list = viewer.get("/directives?kind=chi-thi").then().statusCode(200).extract().asString();
        var row = Jsoup.parse(list).select("tbody tr").stream().filter(r -> r.text().contains(number)).findFirst().orElseThrow();
        assertTrue(row.text().contains("Về tăng cường quản lý mã " + unique), row.text());
        assertTrue(row.text().contains("Chỉ thị"), row.text());
        String otherKind = viewer.get("/directives?kind=ke-hoach").then().statusCode(200).extract().asString();
        assertTrue(!otherKind.contains(number), "a plan filter leaves the directive out");
        viewer.get(path).then().statusCode(200).body(containsString(number)).body(containsString("Chỉ thị"));
        String tasks = viewer.get("/tasks?q=" + number).then().statusCode(200).extract().asString();
        assertTrue(tasks.contains("thị trường các-bon mã " + unique), "the number finds the directive's tasks");
    }

    @Test
    void anUnknownDirectiveIsA404Page() {
        WebSession viewer = WebSession.login(TestAccounts.create(AppRole.VIEWER), TestAccounts.PASSWORD);
        viewer.get("/directives/987654321").then().statusCode(404).body(containsString("Không tìm thấy trang"));
        viewer.get("/directives/abc").then().statusCode(404);
    }

    @Test
    void anonymousVisitorsAreSentToLogin() {
        given().redirects().follow(false).get("/directives").then().statusCode(302);
    }
}
