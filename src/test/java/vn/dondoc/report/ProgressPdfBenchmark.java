package vn.dondoc.report;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import vn.dondoc.web.OfficeClock;

/**
 * The CPU time of writing the progress report as PDF, the figures read once: a report of every body with its
 * overdue lists. Prints the figures; asserts nothing. Run with
 * {@code ./mvnw -B test -Dtest=ProgressPdfBenchmark -Dbenchmark=true}.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ProgressPdfBenchmark {

    private static final int WARM_UP = 100;
    private static final int RUNS = 201;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void pdfOfTheReport() {
        ReportData.create();
        List<String> codes = QuarkusTransaction.requiringNew().call(() -> vn.dondoc.body.ResponsibleBody.<vn.dondoc.body.ResponsibleBody>listAll()
                .stream().map(b -> b.code).toList());
        for (String code : codes) {
            vn.dondoc.task.TestTasks.create(60, OfficeClock.today().minusDays(20), code);
        }
        ReportText text = new ReportText(Locale.forLanguageTag("vi"));
        ProgressParams params = ProgressParams.parse(null, null, null, null, null, false, OfficeClock.today());
        // The configured list (10 per body) and the longer one the PDF had before (50).
        for (int perBody : new int[] {10, 50}) {
            ProgressReport report = QuarkusTransaction.requiringNew().call(() -> ProgressReport.build(params.scope(), params.asOfDate,
                    null, false, perBody, text.locale));
            ProgressPage page = new ProgressPage(params, report, null, text, java.util.Map.of(), null, List.of("ĐẢNG", "VĂN PHÒNG"),
                    "Hà Nội");
            long[] cpu = new long[RUNS];
            int bytes = 0;
            for (int i = 0; i < WARM_UP + RUNS; i++) {
                long start = THREADS.getCurrentThreadCpuTime();
                bytes = ProgressPdf.write(page).length;
                if (i >= WARM_UP) {
                    cpu[i - WARM_UP] = THREADS.getCurrentThreadCpuTime() - start;
                }
            }
            Arrays.sort(cpu);
            System.out.printf("%n=== ProgressPdfBenchmark: %d bodies, %d overdue groups of up to %d, %,d bytes; CPU per PDF median %.1f ms (min %.1f, p90 %.1f) over %d runs after %d ===%n%n",
                    report.lines().size(), report.overdue().size(), perBody, bytes, cpu[RUNS / 2] / 1e6, cpu[0] / 1e6,
                    cpu[RUNS * 9 / 10] / 1e6, RUNS, WARM_UP);
        }
    }
}
