package vn.dondoc.task;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import vn.dondoc.account.TestAccounts;
import vn.dondoc.audit.AuditEntry;
import vn.dondoc.body.ResponsibleBody;
import vn.dondoc.body.TestBodies;
import vn.dondoc.directive.Directive;
import vn.dondoc.web.AppRole;
import vn.dondoc.web.OfficeClock;
import vn.dondoc.web.WebSession;

@QuarkusTest
class DirectiveEditResourceTest {

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static RequestSpecification api(String user) {
        return given().auth().preemptive().basic(user, TestAccounts.PASSWORD);
    }

    /** A text whose one task goes to the given body (named as the text would name it). */
    private static String text(String marker, String bodyName) {
        return "Kết luận giao ban mã " + marker + "\nBan Bí thư yêu cầu:\n1. " + bodyName
                + " rà soát quy hoạch cán bộ mã " + marker + ", hoàn thành trước ngày 30/9/2030.";
    }

    private static long imported(String clerk, String text) {
        String location = api(clerk).contentType("text/plain; charset=UTF-8").body(text).post("/api/imports")
                .then().statusCode(201).extract().header("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private static long open(String bodyCode) {
        return QuarkusTransaction.requiringNew().call(() -> Assignment.countsOf(ResponsibleBody.findByCode(bodyCode).orElseThrow(), OfficeClock.today()).open());
    }

    @Test
    void aWithdrawnDirectiveLeavesListsAndFiguresItsTextMayBeImportedAgainAndItComesBackOnlyAlone() {
        String body = TestBodies.create("Ban thu hồi");
        String marker = unique();
        String text = text(marker, TestBodies.nameOf(body));
        String clerkName = TestAccounts.create(AppRole.CLERK);
        long first = imported(clerkName, text);
        assertEquals(1, open(body));
        WebSession clerk = WebSession.login(clerkName, TestAccounts.PASSWORD);

        String version = Jsoup.parse(clerk.get("/directives/" + first + "/withdraw").then().statusCode(200).extract().asString())
                .selectFirst("input[name=version]").val();
        clerk.postForm("/directives/" + first + "/withdraw", "/directives/" + first + "/withdraw", Map.of("version", version, "reason", " "))
                .then().statusCode(400).body(containsString("href=\"#reason\"")).body(containsString("Nhập lý do thu hồi"));
        clerk.postForm("/directives/" + first + "/withdraw", "/directives/" + first + "/withdraw",
                Map.of("version", version, "reason", "Nhập nhầm văn bản")).then().statusCode(303);
        assertEquals(0, open(body), "its tasks count nowhere");
        assertFalse(clerk.get("/tasks?q=" + marker).asString().contains("mã " + marker + ","));
        String list = clerk.get("/directives").asString();
        assertTrue(Jsoup.parse(list).selectFirst("details.withdrawn-list").text().contains("Nhập nhầm văn bản"));
        assertFalse(Jsoup.parse(list).select("table tbody").text().contains(marker));
        assertFalse(clerk.get("/reports/progress").asString().contains("value=\"" + first + "\""), "nor is it a report's choice");
        clerk.get("/directives/" + first).then().statusCode(200).body(containsString("Văn bản đã được thu hồi"));

        long second = imported(clerkName, text);
        assertTrue(second != first, "the same text is imported again");
        assertEquals(1, open(body));
        String restoreVersion = Jsoup.parse(clerk.get("/directives/" + first).asString())
                .selectFirst("form[action$=/restore] input[name=version]").val();
        clerk.postForm("/directives/" + first, "/directives/" + first + "/restore", Map.of("version", restoreVersion)).then().statusCode(303);
        clerk.get("/directives/" + first).then().body(containsString("bản nhập lại đang có hiệu lực"));

        api(clerkName).contentType("application/json").body(Map.of("reason", "Bản thừa")).post("/api/directives/" + second + "/withdraw")
                .then().statusCode(200).body("withdrawnBy", equalTo(clerkName)).body("withdrawnAt", notNullValue());
        api(clerkName).contentType("application/json").body(Map.of("reason", "Lần nữa")).post("/api/directives/" + second + "/withdraw")
                .then().statusCode(409);
        api(clerkName).contentType("application/json").body("{}").post("/api/directives/" + first + "/restore").then().statusCode(200).body("withdrawnAt", equalTo(null));
        assertEquals(1, open(body), "the restored directive counts again, once");
        assertTrue(clerk.get("/tasks?q=" + marker).asString().contains("mã " + marker + ","));
        var actions = QuarkusTransaction.requiringNew().call(() -> AuditEntry.of(Directive.AUDIT_TYPE, first).stream().map(e -> e.action).toList());
        assertEquals(List.of("restore", "withdraw", "import"), actions);
    }

    @Test
    void aWithdrawalNeedsAReasonAndAClerk() {
        String clerkName = TestAccounts.create(AppRole.CLERK);
        long id = imported(clerkName, text(unique(), "Ban Tổ chức Trung ương"));
        api(clerkName).contentType("application/json").body(Map.of("reason", "")).post("/api/directives/" + id + "/withdraw")
                .then().statusCode(400).body("fields.reason", equalTo("directive_withdraw_error_reason_missing"));
        api(TestAccounts.create(AppRole.VIEWER)).contentType("application/json").body(Map.of("reason", "x"))
                .post("/api/directives/" + id + "/withdraw").then().statusCode(403);
    }

    @Test
    void aClerkCorrectsTheDetailsAndTheNumberFindsTheTasks() {
        String clerkName = TestAccounts.create(AppRole.CLERK);
        String marker = unique();
        long id = imported(clerkName, text(marker, "Ban Tổ chức Trung ương"));
        WebSession clerk = WebSession.login(clerkName, TestAccounts.PASSWORD);
        var form = Jsoup.parse(clerk.get("/directives/" + id + "/edit").then().statusCode(200).extract().asString());
        String version = form.selectFirst("input[name=version]").val();
        String number = "77-KL/" + marker;
        Map<String, String> values = new HashMap<>(Map.of("version", version, "number", number, "kind", "ket-luan",
                "title", "Kết luận về quy hoạch cán bộ mã " + marker, "documentDate", "31/02/2024", "issuer", "Ban Bí thư"));
        clerk.postForm("/directives/" + id + "/edit", "/directives/" + id + "/edit", values).then().statusCode(400)
                .body(containsString("href=\"#documentDate\"")).body(containsString("value=\"31/02/2024\""));
        values.put("documentDate", "10/7/2024");
        clerk.postForm("/directives/" + id + "/edit", "/directives/" + id + "/edit", values).then().statusCode(303);
        clerk.get("/directives/" + id).then().body(containsString(number)).body(containsString("10/07/2024"))
                .body(containsString("Kết luận về quy hoạch cán bộ mã " + marker));
        assertEquals(LocalDate.of(2024, 7, 10), QuarkusTransaction.requiringNew().call(() -> Directive.<Directive>findById(id).documentDate));
        assertTrue(clerk.get("/tasks?q=" + number).asString().contains("quy hoạch cán bộ mã " + marker + ","));
        clerk.postForm("/directives/" + id + "/edit", "/directives/" + id + "/edit", values).then().statusCode(409)
                .body(containsString("Văn bản vừa được người khác thay đổi"));
    }
}
