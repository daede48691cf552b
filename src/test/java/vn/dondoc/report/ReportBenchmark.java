package vn.dondoc.report;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import vn.dondoc.account.TestAccounts;
import vn.dondoc.task.AssignmentTally;
import vn.dondoc.web.AppRole;
import vn.dondoc.web.OfficeClock;
import vn.dondoc.web.WebSession;

/**
 * How long the progress report page takes with 1,000 and then 100,000 tasks (about 1.5 assignments and one
 * status change each), as of today and as of a past day read from the history. Prints the figures; asserts
 * nothing. Run with {@code ./mvnw -B test -Dtest=ReportBenchmark -Dbenchmark=true}.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ReportBenchmark {

    private static final int WARM_UP = 5;
    /** Requests of every kind before the first measurement, so that the small case is not timed while the JIT compiles. */
    private static final int JIT_WARM_UP = 60;
    private static final int RUNS = 41;
    /** Ids far above what the identity columns hand out, so that the bulk rows never collide with them. */
    private static final long FIRST_ID = 50_000_000L;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Inject
    AgroalDataSource dataSource;
    @TestHTTPResource("/")
    URI root;

    private final HttpClient http = HttpClient.newHttpClient();

    private final Random random = new Random(42);
    private final LocalDate today = OfficeClock.today();
    private long nextTask = FIRST_ID;
    private long nextAssignment = FIRST_ID;
    private long nextChange = FIRST_ID;

    @Test
    void reportPageAt1000And100000Tasks() throws Exception {
        WebSession session = WebSession.login(TestAccounts.create(AppRole.VIEWER), TestAccounts.PASSWORD);
        long directive = directive();
        List<Long> bodies = bodies();
        String past = today.minusDays(90).toString();
        List<String> lines = new ArrayList<>();
        for (int size : new int[] {1_000, 100_000}) {
            long start = System.nanoTime();
            insert(directive, bodies, size - (int) (nextTask - FIRST_ID));
            QuarkusTransaction.requiringNew().run(AssignmentTally::rebuild);
            long insertMs = (System.nanoTime() - start) / 1_000_000;
            if (size == 1_000) {
                for (int i = 0; i < JIT_WARM_UP; i++) {
                    for (String path : List.of("/reports/progress", "/reports/progress?asof=" + past, "/reports/progress?compare=" + past,
                            "/reports/progress?directive=" + directive + "&asof=" + past, "/reports/progress.pdf")) {
                        check(fetch(session, path), path);
                    }
                }
            }
            lines.add(String.format("%,d tasks (inserted and counted in %,d ms):", size, insertMs));
            lines.add(measure(session, "all tasks, as of today", "/reports/progress"));
            lines.add(measure(session, "all tasks, as of " + past, "/reports/progress?asof=" + past));
            lines.add(measure(session, "all tasks, today compared with " + past, "/reports/progress?compare=" + past));
            lines.add(measure(session, "one directive, as of " + past, "/reports/progress?directive=" + directive + "&asof=" + past));
            lines.add(measure(session, "PDF, as of today", "/reports/progress.pdf"));
            lines.add(query("SQL counts by body, as of today", () -> ProgressFigures.countsByBody(ReportScope.ALL, today)));
            lines.add(query("SQL counts by body, as of " + past, () -> ProgressFigures.countsByBody(ReportScope.ALL, today.minusDays(90))));
            lines.add(query("SQL overdue lists, as of today", () -> ProgressFigures.overdue(ReportScope.ALL, today, 10,
                    overdueCounts(today))));
            lines.add(query("SQL overdue lists, as of " + past, () -> ProgressFigures.overdue(ReportScope.ALL, today.minusDays(90), 10,
                    overdueCounts(today.minusDays(90)))));
        }
        System.out.println("\n=== ReportBenchmark (median of " + RUNS + " requests after " + WARM_UP + " warm-up; " + JIT_WARM_UP + " rounds of every request first) ===");
        lines.forEach(System.out::println);
        System.out.println();
    }

    /**
     * The task list's exports at 1,000 and 100,000 tasks: when the first byte arrives and when the last does.
     * Run alone ({@code -Dtest=ReportBenchmark#exportsAt1000And100000Tasks}): its tasks take ids of their own.
     */
    @Test
    void exportsAt1000And100000Tasks() throws Exception {
        nextTask = nextAssignment = nextChange = FIRST_ID + 10_000_000L;
        WebSession session = WebSession.login(TestAccounts.create(AppRole.CLERK), TestAccounts.PASSWORD);
        long directive = directive();
        List<Long> bodies = bodies();
        List<String> lines = new ArrayList<>();
        for (int size : new int[] {1_000, 100_000}) {
            insert(directive, bodies, size - (int) (nextTask - FIRST_ID - 10_000_000L));
            QuarkusTransaction.requiringNew().run(AssignmentTally::rebuild);
            for (String path : List.of("/tasks.xlsx?directive=" + directive, "/tasks.csv?directive=" + directive)) {
                download(session, path);
                long[] times = download(session, path);
                lines.add(String.format("  %,7d tasks  %-30s first byte %,7d ms, last byte %,7d ms, %,d bytes", size,
                        path.substring(0, path.indexOf('?')), times[0], times[1], times[2]));
            }
        }
        System.out.println("\n=== ReportBenchmark: exports (second of two downloads) ===");
        lines.forEach(System.out::println);
        System.out.println();
    }

    /** Milliseconds to the first byte of the body and to its end, and its length. */
    private long[] download(WebSession session, String path) throws Exception {
        StringBuilder cookies = new StringBuilder();
        session.cookies().forEach((name, value) -> cookies.append(cookies.isEmpty() ? "" : "; ").append(name).append('=').append(value));
        HttpRequest request = HttpRequest.newBuilder(root.resolve(path.substring(1))).header("Cookie", cookies.toString()).GET().build();
        long start = System.nanoTime();
        HttpResponse<java.io.InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        check(response.statusCode(), path);
        try (java.io.InputStream in = response.body()) {
            byte[] buffer = new byte[65536];
            int n = in.read(buffer);
            long first = System.nanoTime();
            long length = Math.max(n, 0);
            while ((n = in.read(buffer)) > 0) {
                length += n;
            }
            return new long[] {(first - start) / 1_000_000, (System.nanoTime() - start) / 1_000_000, length};
        }
    }

    private static Map<Long, Long> overdueCounts(LocalDate asOf) {
        Map<Long, Long> counts = new HashMap<>();
        QuarkusTransaction.requiringNew().call(() -> ProgressFigures.countsByBody(ReportScope.ALL, asOf))
                .forEach((body, c) -> counts.put(body, c.overdue()));
        return counts;
    }

    /**
     * Wall-clock time of whole requests, and the CPU time the process spent on each: on a shared machine the
     * first depends on the neighbours, the second much less. The requests go through the JDK's plain HTTP
     * client, which adds little of its own to the time.
     */
    private String measure(WebSession session, String what, String path) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            check(fetch(session, path), path);
        }
        long[] times = new long[RUNS];
        long[] cpu = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long cpuStart = processCpu();
            long start = System.nanoTime();
            check(fetch(session, path), path);
            times[i] = System.nanoTime() - start;
            cpu[i] = processCpu() - cpuStart;
        }
        return line(what, times, cpu);
    }

    private int fetch(WebSession session, String path) throws Exception {
        StringBuilder cookies = new StringBuilder();
        session.cookies().forEach((name, value) -> cookies.append(cookies.isEmpty() ? "" : "; ").append(name).append('=').append(value));
        HttpRequest request = HttpRequest.newBuilder(root.resolve(path.substring(1))).header("Cookie", cookies.toString()).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** One query called directly, timed by the CPU time of this thread and by the clock. */
    private String query(String what, Runnable query) {
        long[] times = new long[RUNS];
        long[] cpu = new long[RUNS];
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            QuarkusTransaction.requiringNew().run(query);
            if (i >= WARM_UP) {
                times[i - WARM_UP] = System.nanoTime() - start;
                cpu[i - WARM_UP] = THREADS.getCurrentThreadCpuTime() - cpuStart;
            }
        }
        return line(what, times, cpu);
    }

    private static String line(String what, long[] times, long[] cpu) {
        Arrays.sort(times);
        Arrays.sort(cpu);
        return String.format("  %-50s median %7.1f ms (min %7.1f)   CPU median %7.1f ms (min %7.1f)", what,
                times[RUNS / 2] / 1e6, times[0] / 1e6, cpu[RUNS / 2] / 1e6, cpu[0] / 1e6);
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void check(int status, String path) {
        if (status != 200) {
            throw new IllegalStateException(path + " answered " + status);
        }
    }

    private long directive() throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("insert into directive (title, content_hash, imported_at)"
                        + " values (?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
                PreparedStatement text = c.prepareStatement("insert into directive_text (directive_id, original_text)"
                        + " values (?, ?)")) {
            s.setString(1, "Văn bản đo hiệu năng");
            s.setString(2, "benchmark-" + System.nanoTime());
            s.setTimestamp(3, Timestamp.valueOf(today.atStartOfDay()));
            s.executeUpdate();
            long id;
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
            text.setLong(1, id);
            text.setString(2, "Nội dung");
            text.executeUpdate();
            return id;
        }
    }

    private List<Long> bodies() throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("select id from responsible_body order by id")) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    /** Tasks with deadlines from a year ago to half a year ahead, each given to one or two bodies. */
    private void insert(long directive, List<Long> bodies, int count) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement task = c.prepareStatement("insert into task (id, directive_id, position, text, deadline,"
                        + " deadline_kind, search_text, created_at, updated_at, deadline_sort) values (?, ?, ?, ?, ?, 'DATE', ?, ?, ?, ?)");
                PreparedStatement assignment = c.prepareStatement("insert into assignment (id, task_id, body_id, role, status,"
                        + " done_on, updated_at, deadline, directive_id, task_created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement change = c.prepareStatement("insert into status_change (id, assignment_id, changed_at,"
                        + " changed_by, from_status, to_status) values (?, ?, ?, 'benchmark', ?, ?)")) {
            c.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                long taskId = nextTask++;
                int createdDaysAgo = 30 + random.nextInt(400);
                LocalDate deadline = today.minusDays(createdDaysAgo).plusDays(20 + random.nextInt(300));
                task.setLong(1, taskId);
                task.setLong(2, directive);
                task.setInt(3, (int) (taskId - FIRST_ID));
                task.setString(4, "Nhiệm vụ đo hiệu năng số " + (taskId - FIRST_ID));
                task.setObject(5, deadline);
                task.setString(6, "nhiem vu do hieu nang so " + (taskId - FIRST_ID));
                task.setTimestamp(7, Timestamp.valueOf(today.minusDays(createdDaysAgo).atTime(9, 0)));
                task.setTimestamp(8, Timestamp.valueOf(today.atStartOfDay()));
                task.setObject(9, deadline);
                task.addBatch();
                int owners = random.nextInt(2) + 1;
                long firstBody = bodies.get(random.nextInt(bodies.size()));
                for (int o = 0; o < owners; o++) {
                    long body = o == 0 ? firstBody : bodies.get((bodies.indexOf(firstBody) + 1) % bodies.size());
                    assignment(assignment, change, taskId, body, o == 0 ? "LEAD" : "SUPPORT", createdDaysAgo, deadline, directive);
                }
                if (i % 1000 == 999) {
                    task.executeBatch();
                    assignment.executeBatch();
                    change.executeBatch();
                }
            }
            task.executeBatch();
            assignment.executeBatch();
            change.executeBatch();
            c.commit();
        }
    }

    /** Half never started; of the rest, some still in progress, most done on some day since they started. */
    private void assignment(PreparedStatement assignment, PreparedStatement change, long taskId, long body, String role,
            int createdDaysAgo, LocalDate deadline, long directive) throws Exception {
        long id = nextAssignment++;
        String status = "NOT_STARTED";
        LocalDate doneOn = null;
        int roll = random.nextInt(10);
        if (roll >= 5) {
            int startedDaysAgo = random.nextInt(createdDaysAgo);
            change(change, id, startedDaysAgo, "NOT_STARTED", "IN_PROGRESS");
            status = "IN_PROGRESS";
            if (roll >= 7 && startedDaysAgo > 0) {
                int doneDaysAgo = random.nextInt(startedDaysAgo);
                change(change, id, doneDaysAgo, "IN_PROGRESS", "DONE");
                status = "DONE";
                doneOn = today.minusDays(doneDaysAgo);
            }
        }
        assignment.setLong(1, id);
        assignment.setLong(2, taskId);
        assignment.setLong(3, body);
        assignment.setString(4, role);
        assignment.setString(5, status);
        assignment.setObject(6, doneOn);
        assignment.setTimestamp(7, Timestamp.valueOf(today.atStartOfDay()));
        assignment.setObject(8, deadline);
        assignment.setLong(9, directive);
        assignment.setTimestamp(10, Timestamp.valueOf(today.minusDays(createdDaysAgo).atTime(9, 0)));
        assignment.addBatch();
    }

    private void change(PreparedStatement change, long assignmentId, int daysAgo, String from, String to) throws Exception {
        change.setLong(1, nextChange++);
        change.setLong(2, assignmentId);
        change.setTimestamp(3, Timestamp.valueOf(today.minusDays(daysAgo).atTime(10, 0)));
        change.setString(4, from);
        change.setString(5, to);
        change.addBatch();
    }
}
