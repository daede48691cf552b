package vn.dondoc.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.dondoc.account.TestAccounts;

/**
 * A few thousand generated requests (seeded, so that a failure can be repeated) to the preview API and to the forms
 * and lists a browser reaches: none may answer 5xx. The inputs start from the shared corpus when it is checked out
 * beside the project and from the demo directive always; {@code PreviewLoad} sends many more to a running application.
 */
@QuarkusTest
class RequestFuzzTest {

    private static final long SEED = 20241201L;
    private static final int PREVIEWS = 1500;
    private static final int FORMS = 700;
    private static final String[] GARBAGE = {"", " ", "-1", "0", "99999999999", "2147483648", "abc", "%", "%zz", "32/13/2024",
        "29/02/2023", "1:2", "1:2:3", "::", "9:9:x", "x".repeat(3000), "Bộ Tài chính", "\u202E\u0000", "../../etc/passwd", "<b>x</b>",
        "DONE", "IN_PROGRESS", "NOT_STARTED", "OVERDUE", "/tasks a", "//example.org", "/tasks?q=%zz", "=1+1", "null", "[]", "{}"};
    private static final String[] LISTS = {"/tasks", "/tasks.csv", "/tasks.xlsx", "/reports/progress", "/reports/progress.csv",
        "/admin/audit", "/directives", "/bodies", "/"};
    private static final String[] LIST_PARAMS = {"body", "status", "directive", "from", "to", "q", "size", "page", "date", "compare",
        "type", "actor", "role", "sort", "deadline"};

    @TestHTTPResource("/")
    URI base;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void noGeneratedPreviewIsAServerError() throws Exception {
        String user = TestAccounts.create(AppRole.CLERK);
        String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
        FuzzedPreviews inputs = new FuzzedPreviews(SEED, FuzzedPreviews.texts(FuzzedPreviews.CORPUS), 6000, 12000);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < PREVIEWS; i++) {
            FuzzedPreviews.Input input = inputs.next();
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/api/imports/preview" + (input.query().isEmpty() ? "" : "?" + input.query())))
                    .timeout(Duration.ofSeconds(60)).header("Authorization", basic).POST(HttpRequest.BodyPublishers.ofByteArray(input.body()));
            if (!input.contentType().isEmpty()) {
                request.header("Content-Type", input.contentType());
            }
            check(failures, "preview #" + i + " (" + input.describe() + ")", request.build());
        }
        assertTrue(failures.isEmpty(), failures.size() + " server errors, first: " + failures.stream().limit(10).collect(Collectors.joining("\n")));
    }

    @Test
    void noGeneratedFormOrListRequestIsAServerError() throws Exception {
        WebSession admin = WebSession.login(TestAccounts.create(AppRole.ADMIN), TestAccounts.PASSWORD);
        String token = admin.csrfToken("/imports/new");
        String cookies = admin.cookies().entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).collect(Collectors.joining("; "));
        FuzzedPreviews texts = new FuzzedPreviews(SEED + 1, FuzzedPreviews.texts(FuzzedPreviews.CORPUS), 3000, 6000);
        Random random = new Random(SEED + 2);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < FORMS; i++) {
            HttpRequest.Builder request;
            String what;
            switch (random.nextInt(5)) {
                case 0 -> {
                    FuzzedPreviews.Input input = texts.next();
                    String boundary = "b" + random.nextInt(1_000_000);
                    byte[] body = upload(random, boundary, token, input.body());
                    what = "upload of " + input.describe() + ", " + body.length + " bytes in all";
                    String[] types = {"multipart/form-data; boundary=" + boundary, "multipart/form-data", "multipart/form-data; boundary=",
                        "application/x-www-form-urlencoded", "text/plain"};
                    request = post("/imports/preview", cookies).header("Content-Type", types[random.nextInt(8) < 4 ? 0 : random.nextInt(types.length)])
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
                }
                case 1 -> {
                    String form = form(random, token, "pick", "all", "everything", "status", "note", "query", "size", "page");
                    what = "bulk update " + shorten(form);
                    request = urlencoded(post("/tasks/bulk", cookies), form);
                }
                case 2 -> {
                    String form = form(random, token, "lang", "back");
                    what = "language " + shorten(form);
                    request = urlencoded(post("/language", cookies), form);
                }
                case 3 -> {
                    String form = form(random, token, "text", "title", "documentDate", "taskCount", "t0.start", "t0.end", "t0.deadline",
                            "t0.deadlineKind", "t0.lead", "t0.support", "t0.split", "t0.merge", "t1.start", "t1.end");
                    what = "import save " + shorten(form);
                    request = urlencoded(post("/imports", cookies), form);
                }
                default -> {
                    String path = LISTS[random.nextInt(LISTS.length)] + "?" + query(random);
                    what = "GET " + shorten(path);
                    request = HttpRequest.newBuilder(base.resolve(path)).header("Cookie", cookies).GET();
                }
            }
            check(failures, "form #" + i + " (" + what + ")", request.timeout(Duration.ofSeconds(60)).build());
        }
        assertTrue(failures.isEmpty(), failures.size() + " server errors, first: " + failures.stream().limit(10).collect(Collectors.joining("\n")));
    }

    private void check(List<String> failures, String what, HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 500) {
            failures.add(what + " -> " + response.statusCode() + " " + shorten(response.body()));
        }
    }

    private HttpRequest.Builder post(String path, String cookies) {
        return HttpRequest.newBuilder(base.resolve(path)).header("Cookie", cookies);
    }

    private static HttpRequest.Builder urlencoded(HttpRequest.Builder request, String form) {
        return request.header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8));
    }

    /** A form with the CSRF token and, for some of the names, one or more garbage values. */
    private static String form(Random random, String token, String... names) {
        StringBuilder form = new StringBuilder("csrf-token=").append(token);
        for (String name : names) {
            for (int n = random.nextInt(3); n > 0; n--) {
                form.append('&').append(encode(name)).append('=').append(encode(GARBAGE[random.nextInt(GARBAGE.length)]));
            }
        }
        return form.toString();
    }

    private static String query(Random random) {
        List<String> pairs = new ArrayList<>();
        for (int n = random.nextInt(5); n > 0; n--) {
            pairs.add(encode(LIST_PARAMS[random.nextInt(LIST_PARAMS.length)]) + "=" + encode(GARBAGE[random.nextInt(GARBAGE.length)]));
        }
        return String.join("&", pairs);
    }

    /** The first step of the import as a browser sends it, with a fuzzed text as the pasted text or as a file. */
    private static byte[] upload(Random random, String boundary, String token, byte[] content) {
        String[] names = {"a.docx", "a.html", "a.txt", "a.pdf", "", "a", "..\\..\\a.docx"};
        StringBuilder head = new StringBuilder();
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"csrf-token\"\r\n\r\n").append(token).append("\r\n");
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"documentDate\"\r\n\r\n")
                .append(GARBAGE[random.nextInt(GARBAGE.length)]).append("\r\n");
        boolean file = random.nextBoolean();
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(file ? "file\"; filename=\""
                + names[random.nextInt(names.length)] + "\"\r\nContent-Type: application/octet-stream" : "text\"").append("\r\n\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[start.length + content.length + end.length];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(content, 0, all, start.length, content.length);
        System.arraycopy(end, 0, all, start.length + content.length, end.length);
        return random.nextInt(5) == 0 ? java.util.Arrays.copyOf(all, random.nextInt(all.length + 1)) : all;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String shorten(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
