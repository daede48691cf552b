package vn.dondoc.importer.reading;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The reader's work grows linearly with the text: each hostile text is read at one size and at twice that, and the
 * steps of work ({@link Tokens#steps}) may at most about double. Counting steps rather than timing makes the test as
 * sure on a busy machine as on an idle one; {@link ReaderBenchmark} prints the times.
 */
class ReaderWorkTest {

    private static final int SIZE = 50_000;
    /** Twice the work, and a little for what does not grow with the text (the title, the header). */
    private static final double MOST = 2.2;

    @Test
    void oneRequestVerbRepeatedIsReadInLinearWork() {
        assertLinear("giao ", "");
    }

    @Test
    void oneRequestVerbRepeatedInSentencesIsReadInLinearWork() {
        assertLinear("giao. ", "");
    }

    @Test
    void oneLongParagraphWithoutPunctuationIsReadInLinearWork() {
        assertLinear("Bộ Tài chính chủ trì phối hợp với các bộ ngành liên quan nghiên cứu hoàn thiện đề án trình Thủ tướng ",
                "Thủ tướng Chính phủ yêu cầu:\n");
    }

    @Test
    void thousandsOfListMarkersAreReadInLinearWork() {
        assertLinear("1. 2. a) - + ", "Thủ tướng Chính phủ yêu cầu:\n");
    }

    @Test
    void leadAndSupportRepeatedAreReadInLinearWork() {
        assertLinear("chủ trì, phối hợp ", "Thủ tướng Chính phủ yêu cầu:\n");
    }

    @Test
    void aLongLineOfCommasBetweenBodiesIsReadInLinearWork() {
        assertLinear("Bộ Tài chính, , , , Bộ Xây dựng, , , ", "Thủ tướng Chính phủ giao ");
    }

    @Test
    void manyShortLinesOfTasksAreReadInLinearWork() {
        assertLinear("- Bộ Tài chính chủ trì rà soát;\n", "Thủ tướng Chính phủ yêu cầu:\n");
    }

    @Test
    void aReadingPastItsTimeLimitStopsAndSaysReadingFailed() throws java.io.IOException {
        DirectiveReader hasty = new DirectiveReader(ReaderEvalServer.loadBodies(), 1);
        Reading r = hasty.read(text("Thủ tướng Chính phủ yêu cầu:\n", "- Bộ Tài chính chủ trì rà soát;\n", SIZE), null);
        assertTrue(r.warnings().contains(ReadingWarning.READING_FAILED), r.warnings().toString());
        assertTrue(r.tasks().isEmpty());
    }

    private static void assertLinear(String unit, String opening) {
        long once = Readers.READER.work(text(opening, unit, SIZE));
        long twice = Readers.READER.work(text(opening, unit, 2 * SIZE));
        assertTrue(once > SIZE / 10, "reading '" + unit + "' repeated took only " + once + " steps: the counter counts nothing");
        assertTrue(twice <= MOST * once, "'" + unit + "' repeated: " + once + " steps for " + SIZE + " characters, " + twice
                + " for twice as many");
    }

    private static String text(String opening, String unit, int size) {
        StringBuilder sb = new StringBuilder(opening);
        while (sb.length() < size) {
            sb.append(unit);
        }
        return sb.toString();
    }
}
