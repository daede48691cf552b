package vn.dondoc.web;

import static io.restassured.RestAssured.given;

import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A logged-in browser for REST Assured tests: logs in through the login page, keeps the session cookie, fetches a
 * CSRF token from a page's form and posts forms with it, as a person's browser would.
 */
public final class WebSession {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    /** Browsers send forms in the page's encoding; REST Assured would otherwise send ISO-8859-1. */
    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    private final Map<String, String> cookies = new HashMap<>();

    private WebSession() {
    }

    public static WebSession anonymous() {
        return new WebSession();
    }

    public static WebSession login(String username, String password) {
        WebSession session = new WebSession();
        Response response = attemptLogin(username, password);
        if ((response.statusCode() != 302 && response.statusCode() != 303) || response.header("Location") == null
                || response.header("Location").matches(".*(error|wait|refused)=.*")) {
            throw new IllegalStateException("login failed for " + username + ": " + response.statusCode() + " " + response.header("Location"));
        }
        session.cookies.putAll(response.cookies());
        return session;
    }

    /** Posts the login form as a browser would; the answer is not followed. */
    public static Response attemptLogin(String username, String password) {
        return attemptLogin(username, password, Map.of());
    }

    /**
     * Opens the login page and posts its form as a browser would, with the page's CSRF token and these headers as
     * well; the answer is not followed.
     */
    public static Response attemptLogin(String username, String password, Map<String, String> headers) {
        WebSession browser = anonymous();
        String token = browser.csrfToken("/login");
        return browser.request().contentType(ContentType.URLENC).headers(headers)
                .formParam("j_username", username).formParam("j_password", password).formParam("csrf-token", token)
                .post("/j_security_check");
    }

    /** A request carrying this session's cookies, not following redirects. */
    public RequestSpecification request() {
        return given().redirects().follow(false).cookies(cookies);
    }

    public Response get(String path) {
        Response response = request().get(path);
        remember(response);
        return response;
    }

    /** Opens {@code formPage} for its CSRF token, then posts the form to {@code action}. */
    public Response postForm(String formPage, String action, Map<String, ?> form) {
        String token = csrfToken(formPage);
        Response response = request().contentType(FORM).formParams(form).formParam("csrf-token", token).post(action);
        remember(response);
        return response;
    }

    /**
     * Opens {@code formPage} for its CSRF token, then posts a multipart form to {@code action}: the text fields in
     * UTF-8, and each file (its name to its bytes) under {@code fileField}.
     */
    public Response postMultipart(String formPage, String action, Map<String, String> fields, String fileField,
            Map<String, byte[]> files) {
        String token = csrfToken(formPage);
        RequestSpecification request = request().multiPart("csrf-token", token);
        for (Map.Entry<String, String> field : fields.entrySet()) {
            request = request.multiPart(new MultiPartSpecBuilder(field.getValue()).controlName(field.getKey())
                    .mimeType("text/plain").charset(StandardCharsets.UTF_8).build());
        }
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            request = request.multiPart(new MultiPartSpecBuilder(file.getValue()).controlName(fileField)
                    .fileName(file.getKey()).mimeType("application/octet-stream").build());
        }
        Response response = request.post(action);
        remember(response);
        return response;
    }

    /** Posts a form without a CSRF token (to check that it is refused). */
    public Response postFormWithoutToken(String action, Map<String, ?> form) {
        return request().contentType(FORM).formParams(form).post(action);
    }

    public String csrfToken(String formPage) {
        Response page = get(formPage);
        Matcher m = TOKEN.matcher(page.asString());
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on " + formPage + " (" + page.statusCode() + ")");
        }
        return m.group(1);
    }

    public Map<String, String> cookies() {
        return cookies;
    }

    private void remember(Response response) {
        response.cookies().forEach((name, value) -> {
            if (value == null || value.isEmpty()) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        });
    }
}
