package vn.dondoc.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Not a test: sends many fuzzed previews ({@link FuzzedPreviews}) to a running application and prints how many
 * answered 5xx and which input was slowest. Running figures are printed every 5,000 requests, so that a run cut short
 * still says what it found. Run from the project folder (see the README):
 *
 * <pre>
 * ./mvnw -q test-compile
 * java -cp target/test-classes:target/classes vn.dondoc.web.PreviewLoad http://localhost:8080 vanthu:demo 100000 4 mix 42 20000
 * </pre>
 *
 * The arguments: address, user:password, number of previews, how many at a time, channel, seed, and the longest text made
 * of one phrase repeated (in characters).
 * The channel is {@code api} (the preview API with HTTP Basic: every request checks the password, which costs
 * more than most previews), {@code form} (the import page's first step, as a logged-in browser posts it, the input as
 * the pasted text) or {@code mix}: the inputs whose point is their Content-Type or multipart framing to the API, the
 * others through the form.
 */
public final class PreviewLoad {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final HttpClient http;
    private final URI base;
    private final String basic;
    private final String token;

    private final Map<Integer, AtomicInteger> statuses = new TreeMap<>();
    private final AtomicInteger done = new AtomicInteger();
    private long slowestNanos;
    private String slowest = "none";
    private String firstServerError;

    private PreviewLoad(URI base, String credentials, boolean form) throws Exception {
        this.base = base;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10)).build();
        this.basic = "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
        this.token = form ? login(credentials) : null;
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args.length > 0 ? args[0] : "http://localhost:8080");
        String credentials = args.length > 1 ? args[1] : "vanthu:demo";
        int count = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        String channel = args.length > 4 ? args[4] : "mix";
        long seed = args.length > 5 ? Long.parseLong(args[5]) : 42L;
        int maxRepeat = args.length > 6 ? Integer.parseInt(args[6]) : 20_000;
        PreviewLoad load = new PreviewLoad(base, credentials, !channel.equals("api"));
        FuzzedPreviews inputs = new FuzzedPreviews(seed, FuzzedPreviews.texts(FuzzedPreviews.CORPUS), maxRepeat, 20_000);
        System.out.printf("%d fuzzed previews to %s via %s, %d at a time, seed %d%n", count, base, channel, threads, seed);
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int i = 0; i < count; i++) {
            FuzzedPreviews.Input input = inputs.next();
            boolean form = channel.equals("form") || channel.equals("mix") && !input.labelled();
            pool.execute(() -> load.send(input, form, start));
            while (((java.util.concurrent.ThreadPoolExecutor) pool).getQueue().size() > threads * 4) {
                Thread.sleep(1);
            }
        }
        pool.shutdown();
        pool.awaitTermination(7, TimeUnit.DAYS);
        load.report(start, "done");
    }

    private void send(FuzzedPreviews.Input input, boolean form, long start) {
        HttpRequest request = form ? formRequest(input) : apiRequest(input);
        long begin = System.nanoTime();
        int status;
        try {
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            status = -1;
        }
        long took = System.nanoTime() - begin;
        synchronized (this) {
            statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
            if (took > slowestNanos) {
                slowestNanos = took;
                slowest = input.describe();
            }
            if ((status >= 500 || status < 0) && firstServerError == null) {
                firstServerError = status + " for " + input.describe();
            }
        }
        if (done.incrementAndGet() % 5000 == 0) {
            report(start, "so far");
        }
    }

    private HttpRequest apiRequest(FuzzedPreviews.Input input) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/api/imports/preview" + (input.query().isEmpty() ? "" : "?" + input.query())))
                .timeout(Duration.ofMinutes(5)).header("Authorization", basic).POST(HttpRequest.BodyPublishers.ofByteArray(input.body()));
        if (!input.contentType().isEmpty()) {
            request.header("Content-Type", input.contentType());
        }
        return request.build();
    }

    /** The first step of the import page, the input as the pasted text (its Content-Type is that of the part). */
    private HttpRequest formRequest(FuzzedPreviews.Input input) {
        String boundary = "fuzz" + Long.toHexString(System.nanoTime());
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf-token\"\r\n\r\n" + token + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"text\"\r\nContent-Type: " + input.contentType() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + input.body().length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(input.body(), 0, body, head.length, input.body().length);
        System.arraycopy(tail, 0, body, head.length + input.body().length, tail.length);
        return HttpRequest.newBuilder(base.resolve("/imports/preview")).timeout(Duration.ofMinutes(5))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private String login(String credentials) throws Exception {
        String[] userAndPassword = credentials.split(":", 2);
        String loginToken = token(get("/login"));
        String form = "j_username=" + encode(userAndPassword[0]) + "&j_password=" + encode(userAndPassword[1]) + "&csrf-token=" + encode(loginToken);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.resolve("/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() / 100 != 3 || location.contains("error")) {
            throw new IllegalStateException("login failed: " + answer.statusCode() + " " + location);
        }
        return token(get("/imports/new"));
    }

    private String get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String token(String page) {
        Matcher m = TOKEN.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        return m.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private synchronized void report(long start, String when) {
        int serverErrors = statuses.entrySet().stream().filter(e -> e.getKey() >= 500 || e.getKey() < 0).mapToInt(e -> e.getValue().get()).sum();
        System.out.printf("%s: %d previews in %.0f s; answers %s; 5xx or no answer: %d%s; slowest %.2f s (%s)%n", when, done.get(),
                (System.nanoTime() - start) / 1e9, statuses, serverErrors, firstServerError == null ? "" : " (first: " + firstServerError + ")",
                slowestNanos / 1e9, slowest);
    }
}
