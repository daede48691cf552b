package vn.dondoc.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.dondoc.web.AppRole;
import vn.dondoc.web.WebSession;

/** The protections that come from configuration: headers, HTTP Basic on the API, the size of a request. */
@QuarkusTest
class HttpProtectionTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void pagesCarryTheSecurityHeaders() {
        given().get("/login").then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("style-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("same-origin"));
    }

    @Test
    void errorAnswersCarryTheHeadersToo() {
        WebSession.login(TestAccounts.create(AppRole.VIEWER), TestAccounts.PASSWORD).get("/admin/users").then()
                .statusCode(403).header("X-Frame-Options", equalTo("DENY"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
    }

    @Test
    void theApiTakesHttpBasicWithTheSameAccounts() {
        String user = TestAccounts.create(AppRole.VIEWER);
        given().get("/api/no-such-thing").then().statusCode(401);
        given().auth().preemptive().basic(user, "wrong-password").get("/api/no-such-thing").then().statusCode(401);
        given().auth().preemptive().basic(user, TestAccounts.PASSWORD).get("/api/no-such-thing").then().statusCode(404);
    }

    @Test
    void theApiDoesNotTakeTheSessionCookie() {
        WebSession session = WebSession.login(TestAccounts.create(AppRole.VIEWER), TestAccounts.PASSWORD);
        session.get("/api/no-such-thing").then().statusCode(401);
    }

    /** The server answers before reading the body; a client that kept writing would only see a broken pipe. */
    @Test
    void aRequestOverTheSizeLimitIsRefusedWith413() throws IOException {
        WebSession session = WebSession.login(TestAccounts.create(AppRole.CLERK), TestAccounts.PASSWORD);
        String cookies = session.cookies().entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(20000);
            String request = "POST /language HTTP/1.1\r\nHost: localhost\r\nCookie: " + cookies
                    + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + 25 * 1024 * 1024
                    + "\r\n\r\nlang=en&back=";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            assertEquals("HTTP/1.1 413 Request Entity Too Large", statusLine);
        }
    }
}
