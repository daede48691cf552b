package vn.dondoc.importer.reading;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Times the reader (not a test): the seed after warm-up, and synthetic texts of 0.25, 0.5 and 1 MB built by
 * repeating directive paragraphs, to show that time grows linearly with size; and every document of the unlabeled
 * corpus, whose slowest must stay under 200 ms; and hostile texts (one word or mark repeated) of 200 KB and 2 MB, which
 * must take about ten times as long at the larger size, not a hundred.
 */
public final class ReaderBenchmark {

    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private ReaderBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        DirectiveReader reader = new DirectiveReader(ReaderEvalServer.loadBodies());
        String seed;
        try (InputStream in = ReaderBenchmark.class.getResourceAsStream("/reference/seed-directive.txt")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (int i = 0; i < 3000; i++) {
            reader.read(seed, null);
        }
        int batches = 20;
        int runs = 50;
        double[] means = new double[batches];
        double[] cpu = new double[batches];
        int tasks = 0;
        for (int b = 0; b < batches; b++) {
            long c0 = CPU.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            for (int i = 0; i < runs; i++) {
                tasks = reader.read(seed, null).tasks().size();
            }
            means[b] = (System.nanoTime() - t0) / 1e6 / runs;
            cpu[b] = (CPU.getCurrentThreadCpuTime() - c0) / 1e6 / runs;
        }
        java.util.Arrays.sort(means);
        java.util.Arrays.sort(cpu);
        // Wall time depends on what else the machine runs; the thread's CPU time does not.
        System.out.printf("seed (%d chars, %d tasks): %.3f ms wall, %.3f ms CPU per read (medians of %d batches of %d after 3000 "
                + "warm-up reads)%n", seed.length(), tasks, means[batches / 2], cpu[batches / 2], batches, runs);

        String unit = paragraphs();
        for (double mb : new double[] {0.25, 0.5, 1.0}) {
            String text = build(unit, (int) (mb * 1024 * 1024));
            reader.read(text, null);
            long best = Long.MAX_VALUE;
            long bestCpu = Long.MAX_VALUE;
            int found = 0;
            for (int i = 0; i < 5; i++) {
                long c = CPU.getCurrentThreadCpuTime();
                long s = System.nanoTime();
                found = reader.read(text, null).tasks().size();
                best = Math.min(best, System.nanoTime() - s);
                bestCpu = Math.min(bestCpu, CPU.getCurrentThreadCpuTime() - c);
            }
            System.out.printf("%.2f MB (%d chars, %d tasks): %.1f ms wall, %.1f ms CPU (best of 5)%n", mb, text.length(), found,
                    best / 1e6, bestCpu / 1e6);
        }
        hostile(reader);
        unlabeled(reader);
    }

    /** The texts {@link ReaderWorkTest} doubles, at 200 KB and at 2 MB (the largest text an import takes). */
    private static void hostile(DirectiveReader reader) {
        String[][] texts = {
            {"", "giao "},
            {"", "giao. "},
            {"Thủ tướng Chính phủ yêu cầu:\n", "Bộ Tài chính chủ trì phối hợp với các bộ ngành liên quan nghiên cứu hoàn thiện đề án "},
            {"Thủ tướng Chính phủ yêu cầu:\n", "1. 2. a) - + "},
            {"Thủ tướng Chính phủ yêu cầu:\n", "chủ trì, phối hợp "},
            {"Thủ tướng Chính phủ giao ", "Bộ Tài chính, , , , Bộ Xây dựng, , , "},
            {"Thủ tướng Chính phủ yêu cầu:\n", "- Bộ Tài chính chủ trì rà soát;\n"},
            {"Thủ tướng Chính phủ yêu cầu:\n", "\n"},
        };
        for (String[] t : texts) {
            for (int size : new int[] {200 * 1024, 2 * 1024 * 1024}) {
                StringBuilder sb = new StringBuilder(t[0]);
                while (sb.length() < size) {
                    sb.append(t[1]);
                }
                String text = sb.toString();
                long c = CPU.getCurrentThreadCpuTime();
                int found = reader.read(text, null).tasks().size();
                System.out.printf("'%s' repeated, %d KB (%d tasks): %.0f ms CPU%n", t[1].replace("\n", "\\n").strip(), size / 1024, found,
                        (CPU.getCurrentThreadCpuTime() - c) / 1e6);
            }
        }
    }

    /** Every document of the unlabeled corpus, the best of 3 reads each: the slowest ones, and how many took over 200 ms. */
    private static void unlabeled(DirectiveReader reader) throws IOException {
        java.nio.file.Path dir = CorpusScore.CORPUS.resolve("unlabeled");
        if (!java.nio.file.Files.isDirectory(dir)) {
            System.out.println("unlabeled corpus: not checked out beside the project");
            return;
        }
        java.util.List<java.nio.file.Path> files;
        try (var s = java.nio.file.Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        java.util.List<String> rows = new java.util.ArrayList<>();
        int over = 0;
        double total = 0;
        for (java.nio.file.Path f : files) {
            String text = java.nio.file.Files.readString(f);
            long best = Long.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                long c = CPU.getCurrentThreadCpuTime();
                reader.read(text, null);
                best = Math.min(best, CPU.getCurrentThreadCpuTime() - c);
            }
            total += best / 1e6;
            over += best > 200_000_000L ? 1 : 0;
            rows.add(String.format("%8.1f ms CPU  %7d chars  %s", best / 1e6, text.length(), f.getFileName()));
        }
        rows.sort(java.util.Comparator.reverseOrder());
        System.out.printf("unlabeled corpus: %d texts, %.0f ms CPU in all, %d over 200 ms; the slowest:%n", files.size(), total, over);
        rows.stream().limit(5).forEach(System.out::println);
    }

    private static String paragraphs() {
        return "Thủ tướng Chính phủ yêu cầu:\n"
                + "1. Bộ Tài chính chủ trì, phối hợp chặt chẽ với Bộ Tài nguyên và Môi trường, các bộ, cơ quan liên quan hoàn thiện Đề án phát "
                + "triển thị trường các-bon tại Việt Nam, trình cấp có thẩm quyền phê duyệt trước ngày 30 tháng 9 năm 2024; nghiên cứu đánh giá "
                + "kinh nghiệm của các nước trong khu vực và quốc tế.\n"
                + "2. Các Bộ: Công Thương, Giao thông vận tải, Xây dựng:\na) Khẩn trương ban hành kế hoạch giảm nhẹ phát thải khí nhà kính cấp "
                + "lĩnh vực, hoàn thành trong Quý III năm 2024;\nb) Đánh giá mức độ sẵn sàng tham gia thị trường các-bon của một số lĩnh vực.\n"
                + "Nhiệm vụ công tác trọng tâm quý 3/2024 và thời gian tới\n\n"
                + "Tiếp tục duy trì ổn định kinh tế vĩ mô, kiểm soát lạm phát, bảo đảm các cân đối lớn. Tập trung tháo gỡ khó khăn cho sản xuất, "
                + "kinh doanh; điều chỉnh kịp thời chính sách trước các tình huống phát sinh. Thúc đẩy cải cách hành chính, chuyển đổi số.\n\n"
                + "| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n| --- | --- | --- | --- | --- |\n"
                + "| 1. | Hoàn thiện dự thảo Nghị định để trình Chính phủ. | Cục Biến đổi khí hậu | Vụ Pháp chế | Tháng 8/2024 |\n\n";
    }

    private static String build(String unit, int size) {
        StringBuilder sb = new StringBuilder(size + unit.length());
        while (sb.length() < size) {
            sb.append(unit);
        }
        return sb.toString();
    }
}
