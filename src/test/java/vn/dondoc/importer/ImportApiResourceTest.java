package vn.dondoc.importer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dondoc.account.TestAccounts;
import vn.dondoc.directive.Directive;
import vn.dondoc.web.AppRole;

@QuarkusTest
class ImportApiResourceTest {

    private String clerk;

    @BeforeEach
    void clerk() {
        clerk = TestAccounts.create(AppRole.CLERK);
    }

    static String directive() {
        return "Ban Bí thư yêu cầu:\n1. Ban Tổ chức Trung ương chủ trì rà soát quy hoạch cán bộ, hoàn thành trước ngày 30/9/2024.\n"
                + "2. Văn phòng Trung ương Đảng theo dõi, đôn đốc việc thực hiện (mã " + UUID.randomUUID() + ").";
    }

    private RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, TestAccounts.PASSWORD).contentType("text/plain; charset=UTF-8");
    }

    @Test
    void previewAnswersTheTasksWithTheirPlaceInTheText() {
        String text = directive();
        JsonPath json = as(clerk).queryParam("documentDate", "2024-07-10").body(text).post("/api/imports/preview")
                .then().statusCode(200).body("tasks.size()", greaterThan(0)).body("documentDate", equalTo("2024-07-10"))
                .body("warnings", notNullValue()).body("tasks.owners", everyItem(notNullValue()))
                .extract().jsonPath();
        List<Map<String, Object>> tasks = json.getList("tasks");
        for (Map<String, Object> task : tasks) {
            int start = (Integer) task.get("start");
            int end = (Integer) task.get("end");
            assertEquals(text.substring(start, end), task.get("text"));
            assertTrue(task.containsKey("deadline") && task.containsKey("deadlineText") && task.containsKey("section"));
            assertTrue(List.of("DATE", "RECURRING", "ONGOING", "URGENT", "NONE").contains(task.get("deadlineKind")));
        }
    }

    @Test
    void previewSavesNothing() {
        String text = directive();
        as(clerk).body(text).post("/api/imports/preview").then().statusCode(200);
        assertTrue(QuarkusTransaction.requiringNew().call(() -> Directive.findByHash(Directive.hashOf(text)).isEmpty()));
    }

    @Test
    void previewOfATextWithoutTasksIsAnEmptyListWithAWarning() {
        as(clerk).body("Xin chào.").post("/api/imports/preview").then().statusCode(200)
                .body("tasks", hasSize(0)).body("warnings", hasItem("NO_TASKS"));
    }

    @Test
    void createSavesTheDirectiveAndAnswersItsLocation() {
        String text = directive();
        Response created = as(clerk).queryParam("documentDate", "2024-07-10").body(text).post("/api/imports");
        created.then().statusCode(201).header("Location", notNullValue()).body("tasks.size()", greaterThan(0))
                .body("importedBy", equalTo(clerk)).body("documentDate", equalTo("2024-07-10"))
                .body("tasks.owners.flatten().status", everyItem(equalTo("NOT_STARTED")));
        String location = created.header("Location");
        assertTrue(location.matches(".*/api/directives/\\d+"), location);
        given().auth().preemptive().basic(TestAccounts.create(AppRole.VIEWER), TestAccounts.PASSWORD).get(location)
                .then().statusCode(200).body("tasks.size()", greaterThan(0)).body("tasks[0].position", is(1));
    }

    @Test
    void theSameTextTwiceIsAConflictPointingAtTheFirst() {
        String text = directive();
        String first = as(clerk).body(text).post("/api/imports").then().statusCode(201).extract().header("Location");
        String again = as(clerk).body(text).post("/api/imports").then().statusCode(409)
                .body("error", equalTo("duplicate")).body("message", notNullValue()).extract().header("Location");
        assertEquals(first.replaceAll(".*(/api/directives/\\d+)$", "$1"), again.replaceAll(".*(/api/directives/\\d+)$", "$1"));
        String hash = Directive.hashOf(text);
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> Directive.count("contentHash", hash)));
    }

    @Test
    void emptyTextIsRefused() {
        as(clerk).body("   \n ").post("/api/imports").then().statusCode(400).body("error", equalTo("empty"))
                .body("message", not(equalTo("")));
        as(clerk).body("").post("/api/imports/preview").then().statusCode(400).body("error", equalTo("empty"));
    }

    @Test
    void textOverTheLimitIsRefused() {
        String big = "Giao nhiệm vụ. ".repeat(160_000);
        as(clerk).body(big).post("/api/imports/preview").then().statusCode(413).body("error", equalTo("too_large"));
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() {
        byte[] latin1 = "Bộ Tài chính chủ trì".getBytes(StandardCharsets.UTF_16LE);
        as(clerk).body(latin1).post("/api/imports").then().statusCode(415).body("error", equalTo("binary"));
        byte[] withNul = "Ban Tổ chức Trung ương\u0000 rà soát".getBytes(StandardCharsets.UTF_8);
        as(clerk).body(withNul).post("/api/imports/preview").then().statusCode(415).body("error", equalTo("binary"));
    }

    @Test
    void aTextWithoutTasksIsNotSaved() {
        String text = "Xin chào " + UUID.randomUUID().toString().substring(0, 4);
        as(clerk).body(text).post("/api/imports").then().statusCode(422).body("error", equalTo("no_tasks"));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> Directive.findByHash(Directive.hashOf(text)).isEmpty()));
    }

    @Test
    void aWrongDocumentDateIsRefused() {
        as(clerk).queryParam("documentDate", "2024-13-45").body(directive()).post("/api/imports/preview")
                .then().statusCode(400).body("error", equalTo("bad_date"));
    }

    @Test
    void decomposedTextIsNormalised() {
        String text = java.text.Normalizer.normalize(directive(), java.text.Normalizer.Form.NFD);
        String task = as(clerk).body(text).post("/api/imports/preview").then().statusCode(200)
                .extract().jsonPath().getString("tasks[0].text");
        assertTrue(java.text.Normalizer.isNormalized(task, java.text.Normalizer.Form.NFC));
        assertTrue(task.contains("rà soát quy hoạch cán bộ"), task);
    }

    @Test
    void onlyClerksAndAdministratorsMayImport() {
        for (AppRole role : List.of(AppRole.VIEWER, AppRole.STAFF)) {
            String user = TestAccounts.create(role, role == AppRole.STAFF ? "BTCTW" : null);
            as(user).body(directive()).post("/api/imports").then().statusCode(403);
            as(user).body(directive()).post("/api/imports/preview").then().statusCode(403);
        }
        as(TestAccounts.create(AppRole.ADMIN)).body(directive()).post("/api/imports/preview").then().statusCode(200);
    }

    @Test
    void anonymousCallsAreUnauthorized() {
        given().contentType("text/plain; charset=UTF-8").body(directive()).post("/api/imports").then().statusCode(401);
        given().contentType("text/plain; charset=UTF-8").body(directive()).post("/api/imports/preview").then().statusCode(401);
        given().get("/api/directives/1").then().statusCode(401);
    }

    @Test
    void anUnknownDirectiveIsNotFound() {
        given().auth().preemptive().basic(clerk, TestAccounts.PASSWORD).get("/api/directives/987654321")
                .then().statusCode(404).body("error", oneOf("not_found"));
    }

    @Test
    void aBrokenMultipartBodyIsABadRequestNotAServerError() {
        String clerk = TestAccounts.create(AppRole.CLERK);
        String part = "--xx\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n" + directive();
        for (String path : new String[] {"/api/imports/preview", "/api/imports"}) {
            for (String type : new String[] {"multipart/form-data; boundary=xx", "multipart/form-data; boundary="}) {
                for (String body : new String[] {part, part + "\r\n--xx--\r\n"}) {
                    given().auth().preemptive().basic(clerk, TestAccounts.PASSWORD).contentType(type).body(body.getBytes(StandardCharsets.UTF_8))
                            .post(path).then().statusCode(400).body("error", equalTo("bad_request"));
                }
            }
        }
    }
}
