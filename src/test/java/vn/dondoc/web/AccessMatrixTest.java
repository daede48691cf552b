package vn.dondoc.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dondoc.account.TestAccounts;
import vn.dondoc.account.User;
import vn.dondoc.body.TestBodies;
import vn.dondoc.task.Assignment;
import vn.dondoc.task.Attachment;
import vn.dondoc.task.AttachmentStore;
import vn.dondoc.task.Role;
import vn.dondoc.task.Status;
import vn.dondoc.task.TaskResult;
import vn.dondoc.task.TestTasks;

/**
 * Who may do what, route by route: every page, form and API endpoint, tried as each kind of user, against
 * the designed answer. A new route belongs in this table.
 *
 * <pre>
 * design                          anonymous        viewer  staff        clerk  admin
 * public pages (/login)           200              200     200          200    200
 * /setup once an admin exists     404              404     404          404    404
 * any other page (GET)            302 to /login    200     200          200    200
 * administration (/admin/*)       302 to /login    403     403          403    200
 * backup (POST /admin/backups)    302 to /login    403     403          403    303   (no form fields to refuse)
 * clerk pages (/imports, /letters) 302 to /login   403     403          200    200
 * form POST, allowed, no data     302 to /login    -       -            400    400   (400: the form comes back)
 * form POST, not allowed          302 to /login    403     403          ...
 * staff change of another body    302 to /login    403     403          ...
 * confirm, return a result        302 to /login    403     403          303    303   (nothing reported: back with a message)
 * a file of another body's task   302 to /login    200     403          200    200
 * API (API token or HTTP Basic)  401              200     200          200    200
 * clerk API                       401              403     403          200    200
 * calendar feed (Basic or session) 401             200     200          200    200
 * </pre>
 *
 * Logged-in users post with a valid CSRF token, so that a 400 means the form, not the token, was refused.
 */
@QuarkusTest
class AccessMatrixTest {

    enum Who { ANONYMOUS, VIEWER, STAFF, CLERK, ADMIN }

    /** One route and the answer each kind of user gets, in the order of {@link Who}. */
    record Route(String method, String path, int[] answers) {
    }

    private static final Map<Who, String> USERS = new EnumMap<>(Who.class);
    private static final Map<String, String> IDS = new HashMap<>();

    @BeforeEach
    void createUsersAndDataOnce() {
        if (!USERS.isEmpty()) {
            return;
        }
        String body = TestBodies.create("Ban kiểm tra quyền");
        String otherBody = TestBodies.create("Ban khác");
        USERS.put(Who.VIEWER, TestAccounts.create(AppRole.VIEWER));
        USERS.put(Who.STAFF, TestAccounts.create(AppRole.STAFF, body));
        USERS.put(Who.CLERK, TestAccounts.create(AppRole.CLERK));
        USERS.put(Who.ADMIN, TestAccounts.create(AppRole.ADMIN));
        TestTasks.One own = TestTasks.one(body, "Nhiệm vụ kiểm tra quyền", OfficeClock.today().plusDays(30), Role.LEAD, Status.NOT_STARTED);
        TestTasks.One other = TestTasks.one(otherBody, "Nhiệm vụ của cơ quan khác", OfficeClock.today().plusDays(30), Role.LEAD, Status.NOT_STARTED);
        IDS.put("{body}", body);
        IDS.put("{task}", String.valueOf(own.taskId()));
        IDS.put("{assignment}", String.valueOf(own.assignmentId()));
        IDS.put("{otherTask}", String.valueOf(other.taskId()));
        IDS.put("{otherAssignment}", String.valueOf(other.assignmentId()));
        IDS.put("{directive}", String.valueOf(own.directiveId()));
        // Removed once by the clerk's DELETE, then unknown to the administrator's.
        IDS.put("{removable}", String.valueOf(TestTasks.one(body, "Nhiệm vụ để xóa", OfficeClock.today().plusDays(30), Role.LEAD,
                Status.NOT_STARTED).taskId()));
        IDS.put("{otherFile}", String.valueOf(QuarkusTransaction.requiringNew().call(() -> fileOf(other.assignmentId()))));
        String viewer = USERS.get(Who.VIEWER);
        IDS.put("{user}", String.valueOf(QuarkusTransaction.requiringNew().call(() -> User.findByUsername(viewer).orElseThrow().id)));
    }

    /** A result with one PDF on the assignment, as staff of its body would report it; returns the file's id. */
    private static long fileOf(long assignmentId) {
        TaskResult result = new TaskResult();
        result.assignment = Assignment.findById(assignmentId);
        result.text = "Kết quả có tệp";
        result.reportedAt = java.time.Instant.now();
        result.reportedBy = "test";
        result.state = TaskResult.State.PENDING;
        result.persist();
        Attachment file = new Attachment();
        file.result = result;
        file.fileName = "ket-qua.pdf";
        file.contentType = "application/pdf";
        file.sizeBytes = 5;
        file.sha256 = "";
        file.uploadedAt = result.reportedAt;
        file.uploadedBy = "test";
        file.persist();
        file.flush();
        io.quarkus.arc.Arc.container().instance(AttachmentStore.class).get().put(file.id, "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        return file.id;
    }

    private static Route route(String method, String path, int anonymous, int viewer, int staff, int clerk, int admin) {
        return new Route(method, path, new int[] {anonymous, viewer, staff, clerk, admin});
    }

    private static final int OK = 200;
    private static final int NO_CONTENT = 204;
    private static final int SEE_OTHER = 303;
    private static final int LOGIN = 302;
    private static final int BAD = 400;
    private static final int UNAUTHORIZED = 401;
    private static final int FORBIDDEN = 403;
    private static final int NOT_FOUND = 404;

    static List<Route> routes() {
        return List.of(
                // home and tasks
                route("GET", "/", LOGIN, OK, OK, OK, OK),
                // Staff land on their own body's tasks; an empty body is every body's.
                route("GET", "/tasks", LOGIN, OK, SEE_OTHER, OK, OK),
                route("GET", "/tasks?body=", LOGIN, OK, OK, OK, OK),
                route("GET", "/tasks/{task}", LOGIN, OK, OK, OK, OK),
                route("GET", "/tasks/0", LOGIN, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                route("POST", "/tasks/{task}/assignments/{assignment}/status", LOGIN, FORBIDDEN, BAD, BAD, BAD),
                route("POST", "/tasks/{otherTask}/assignments/{otherAssignment}/status", LOGIN, FORBIDDEN, FORBIDDEN, BAD, BAD),
                // deadline requests: a body's staff ask for their own assignments, clerks for any and decide
                route("GET", "/tasks/{task}/assignments/{assignment}/deadline-request", LOGIN, FORBIDDEN, OK, OK, OK),
                route("GET", "/tasks/{otherTask}/assignments/{otherAssignment}/deadline-request", LOGIN, FORBIDDEN, FORBIDDEN, OK, OK),
                route("GET", "/tasks/0/assignments/0/deadline-request", LOGIN, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                route("POST", "/tasks/{task}/assignments/{assignment}/deadline-request", LOGIN, FORBIDDEN, BAD, BAD, BAD),
                route("POST", "/tasks/{otherTask}/assignments/{otherAssignment}/deadline-request", LOGIN, FORBIDDEN, FORBIDDEN, BAD, BAD),
                // Staff see their own body's requests only (DeadlineRequestResourceTest).
                route("GET", "/deadline-requests", LOGIN, OK, OK, OK, OK),
                route("POST", "/deadline-requests/0/approve", LOGIN, FORBIDDEN, FORBIDDEN, NOT_FOUND, NOT_FOUND),
                route("POST", "/deadline-requests/0/refuse", LOGIN, FORBIDDEN, FORBIDDEN, NOT_FOUND, NOT_FOUND),
                // reminder letters: clerks and administrators
                route("GET", "/letters", LOGIN, FORBIDDEN, FORBIDDEN, OK, OK),
                route("POST", "/letters", LOGIN, FORBIDDEN, FORBIDDEN, BAD, BAD),
                // results and confirmation: reports are multipart (the table's empty urlencoded post is refused before
                // any role check; FollowUpResourceTest reports as staff, and shows viewers refused); only clerks decide,
                // and an assignment with nothing reported sends them back to the task with a message (303).
                route("POST", "/tasks/{task}/assignments/{assignment}/report", LOGIN, BAD, BAD, BAD, BAD),
                route("POST", "/tasks/{task}/assignments/{assignment}/confirm", LOGIN, FORBIDDEN, FORBIDDEN, SEE_OTHER, SEE_OTHER),
                route("POST", "/tasks/{task}/assignments/{assignment}/return", LOGIN, FORBIDDEN, FORBIDDEN, SEE_OTHER, SEE_OTHER),
                route("POST", "/tasks/0/assignments/0/confirm", LOGIN, FORBIDDEN, FORBIDDEN, NOT_FOUND, NOT_FOUND),
                // a file opens for the task's bodies, clerks and viewers: the staff here are of another body
                route("GET", "/tasks/{otherTask}/assignments/{otherAssignment}/attachments/{otherFile}", LOGIN, OK, FORBIDDEN, OK, OK),
                route("GET", "/tasks/{task}/assignments/{assignment}/attachments/{otherFile}", LOGIN, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                // corrections after import: clerks and administrators only
                route("GET", "/tasks/{task}/edit", LOGIN, FORBIDDEN, FORBIDDEN, OK, OK),
                route("GET", "/tasks/0/edit", LOGIN, FORBIDDEN, FORBIDDEN, NOT_FOUND, NOT_FOUND),
                route("POST", "/tasks/{task}/edit", LOGIN, FORBIDDEN, FORBIDDEN, BAD, BAD),
                route("GET", "/tasks/{task}/remove", LOGIN, FORBIDDEN, FORBIDDEN, OK, OK),
                route("POST", "/tasks/{task}/remove", LOGIN, FORBIDDEN, FORBIDDEN, BAD, BAD),
                route("POST", "/tasks/{task}/restore", LOGIN, FORBIDDEN, FORBIDDEN, BAD, BAD),
                route("GET", "/directives/{directive}/edit", LOGIN, FORBIDDEN, FORBIDDEN, OK, OK),
                route("POST", "/directives/{directive}/edit", LOGIN, FORBIDDEN, FORBIDDEN, BAD, BAD),
                route("GET", "/directives/{directive}/withdraw", LOGIN, FORBIDDEN, FORBIDDEN, OK, OK),
                route("GET", "/directives/0/withdraw", LOGIN, FORBIDDEN, FORBIDDEN, NOT_FOUND, NOT_FOUND),
                route("POST", "/directives/{directive}/withdraw", LOGIN, FORBIDDEN, FORBIDDEN, BAD, BAD),
                route("POST", "/directives/{directive}/restore", LOGIN, FORBIDDEN, FORBIDDEN, BAD, BAD),
                // accounts
                route("GET", "/login", OK, OK, OK, OK, OK),
                route("GET", "/setup", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                // An anonymous form post without a session is refused by the CSRF check before the page answers 404.
                route("POST", "/setup", BAD, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                route("POST", "/logout", LOGIN, SEE_OTHER, SEE_OTHER, SEE_OTHER, SEE_OTHER),
                route("POST", "/language", LOGIN, SEE_OTHER, SEE_OTHER, SEE_OTHER, SEE_OTHER),
                route("GET", "/admin/users", LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
                route("GET", "/admin/users/new", LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
                route("GET", "/admin/users/{user}", LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
                route("GET", "/admin/users/0", LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND),
                route("POST", "/admin/users", LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, BAD),
                route("POST", "/admin/users/{user}", LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, BAD),
                route("POST", "/admin/users/{user}/password", LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, BAD),
                route("POST", "/admin/users/{user}/unlock", LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, SEE_OTHER),
                route("POST", "/admin/users/{user}/tokens/0/revoke", LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND),
                route("GET", "/account/tokens", LOGIN, OK, OK, OK, OK),
                route("POST", "/account/tokens", LOGIN, BAD, BAD, BAD, BAD),
                route("POST", "/account/tokens/0/revoke", LOGIN, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                route("GET", "/admin/audit", LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
                // backups: the test database is in memory, so the page explains pg_dump and a POST says so (303)
                route("GET", "/admin/backups", LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
                route("POST", "/admin/backups", LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, SEE_OTHER),
                route("GET", "/admin/backups/dondoc-2024-07-10-0700.zip", LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND),
                route("GET", "/admin/backups/dondoc.mv.db", LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND),
                // bodies administration and calendar feeds
                route("GET", "/admin/bodies", LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
                route("GET", "/admin/bodies/new", LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
                route("GET", "/admin/bodies/{body}", LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
                route("GET", "/admin/bodies/{body}/merge", LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
                route("POST", "/admin/bodies", LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, BAD),
                route("POST", "/admin/bodies/{body}", LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, BAD),
                route("POST", "/admin/bodies/{body}/merge", LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, BAD),
                route("GET", "/bodies/{body}/deadlines.ics", UNAUTHORIZED, OK, OK, OK, OK),
                // directives and imports
                route("GET", "/directives", LOGIN, OK, OK, OK, OK),
                route("GET", "/directives/{directive}", LOGIN, OK, OK, OK, OK),
                route("GET", "/directives/0", LOGIN, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                route("GET", "/imports/new", LOGIN, FORBIDDEN, FORBIDDEN, OK, OK),
                // The preview takes only multipart uploads: an empty urlencoded post is refused before any role check
                // (ImportResourceTest shows a real upload by a viewer or staff member gets 403).
                route("POST", "/imports/preview", LOGIN, BAD, BAD, BAD, BAD),
                route("POST", "/imports", LOGIN, FORBIDDEN, FORBIDDEN, BAD, BAD),
                // reports
                route("GET", "/reports/progress", LOGIN, OK, OK, OK, OK),
                route("GET", "/reports/progress/print", LOGIN, OK, OK, OK, OK),
                route("GET", "/reports/progress.pdf", LOGIN, OK, OK, OK, OK),
                route("GET", "/reports/progress.xlsx", LOGIN, OK, OK, OK, OK),
                route("GET", "/reports/progress.csv", LOGIN, OK, OK, OK, OK),
                // the evaluation of a period: everybody reads it, clerks and administrators write the remarks
                route("GET", "/reports/evaluation", LOGIN, OK, OK, OK, OK),
                route("GET", "/reports/evaluation/print", LOGIN, OK, OK, OK, OK),
                route("GET", "/reports/evaluation/appendix.xlsx", LOGIN, OK, OK, OK, OK),
                route("POST", "/reports/evaluation/remarks", LOGIN, FORBIDDEN, FORBIDDEN, BAD, BAD));
    }

    static List<Route> apiRoutes() {
        return List.of(
                route("GET", "/api/no-such-endpoint", UNAUTHORIZED, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                route("GET", "/api/directives/{directive}", UNAUTHORIZED, OK, OK, OK, OK),
                route("GET", "/api/directives/0", UNAUTHORIZED, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                route("GET", "/api/tasks/{task}", UNAUTHORIZED, OK, OK, OK, OK),
                // Corrections take JSON only: the table's text/plain call is refused before any role check (as the
                // preview's); TaskApiResourceTest and DirectiveEditResourceTest show a JSON call by a viewer or staff gets 403.
                route("PATCH", "/api/tasks/{task}", UNAUTHORIZED, BAD, BAD, BAD, BAD),
                route("DELETE", "/api/tasks/{removable}", UNAUTHORIZED, FORBIDDEN, FORBIDDEN, NO_CONTENT, NOT_FOUND),
                route("POST", "/api/directives/{directive}/withdraw", UNAUTHORIZED, BAD, BAD, BAD, BAD),
                route("POST", "/api/directives/{directive}/restore", UNAUTHORIZED, BAD, BAD, BAD, BAD),
                route("POST", "/api/imports/preview", UNAUTHORIZED, FORBIDDEN, FORBIDDEN, BAD, BAD),
                route("POST", "/api/imports", UNAUTHORIZED, FORBIDDEN, FORBIDDEN, BAD, BAD),
                // The status endpoint takes JSON only: the table's text/plain call is refused before any role check.
                route("POST", "/api/tasks/{task}/assignments/{assignment}/status", UNAUTHORIZED, BAD, BAD, BAD, BAD));
    }

    @Test
    void everyRouteAnswersEachKindOfUserAsDesigned() {
        check(routes(), AccessMatrixTest::page);
    }

    @Test
    void everyApiEndpointAnswersEachKindOfUserAsDesigned() {
        check(apiRoutes(), AccessMatrixTest::api);
    }

    /** Tries every route as every kind of user and lists all wrong answers at once. */
    private static void check(List<Route> routes, Caller caller) {
        List<String> wrong = new ArrayList<>();
        for (Route route : routes) {
            for (Who who : Who.values()) {
                int expected = route.answers()[who.ordinal()];
                int actual = caller.call(who, route.method(), fill(route.path())).statusCode();
                if (actual != expected) {
                    wrong.add(route.method() + " " + route.path() + " as " + who + ": " + actual + ", designed " + expected);
                }
            }
        }
        assertTrue(wrong.isEmpty(), () -> "\n" + String.join("\n", wrong));
    }

    interface Caller {
        Response call(Who who, String method, String path);
    }

    /** API clients send HTTP Basic and no cookies; a POST without a body must be refused, never acted on. */
    private static Response api(Who who, String method, String path) {
        RequestSpecification request = given().redirects().follow(false).contentType("text/plain; charset=UTF-8");
        if (who != Who.ANONYMOUS) {
            request = request.auth().preemptive().basic(USERS.get(who), TestAccounts.PASSWORD);
        }
        return request.body("").request(method, path);
    }

    /** A fresh session per request: a POST may log the user out or change what the next one sees. */
    private static Response page(Who who, String method, String path) {
        if (who == Who.ANONYMOUS) {
            return given().redirects().follow(false).contentType("application/x-www-form-urlencoded").request(method, path);
        }
        WebSession session = WebSession.login(USERS.get(who), TestAccounts.PASSWORD);
        if (method.equals("GET")) {
            return session.get(path);
        }
        return session.postForm("/login", path, Map.of());
    }

    private static String fill(String path) {
        String filled = path;
        for (Map.Entry<String, String> id : IDS.entrySet()) {
            filled = filled.replace(id.getKey(), id.getValue());
        }
        return filled;
    }
}
