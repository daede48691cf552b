package vn.dondoc.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

class AfterStartTest {

    private final List<String> ran = new ArrayList<>();
    private final Executor direct = Runnable::run;

    @Test
    void workWaitsForTheReleaseAndThenRunsInTheOrderItCame() {
        AfterStart.Waiting waiting = new AfterStart.Waiting();
        assertTrue(waiting.add(() -> ran.add("accounts"), direct), "the first work asks for a release");
        assertFalse(waiting.add(() -> ran.add("seed"), direct), "later work rides on the same release");
        assertEquals(List.of(), ran);
        assertFalse(waiting.released());

        waiting.release(direct);
        assertEquals(List.of("accounts", "seed"), ran);
        assertTrue(waiting.released());
    }

    @Test
    void workAfterTheReleaseRunsAtOnceAndAReleaseRunsNothingTwice() {
        AfterStart.Waiting waiting = new AfterStart.Waiting();
        waiting.add(() -> ran.add("accounts"), direct);
        waiting.release(direct);
        waiting.release(direct);
        assertFalse(waiting.add(() -> ran.add("late"), direct));
        assertEquals(List.of("accounts", "late"), ran);
    }

    @Test
    void workHeldWhenTheApplicationStopsIsDroppedAndNoneIsTakenAfter() {
        AfterStart.Waiting waiting = new AfterStart.Waiting();
        waiting.add(() -> ran.add("accounts"), direct);
        waiting.stop();
        waiting.release(direct);
        assertFalse(waiting.add(() -> ran.add("seed"), direct));
        assertEquals(List.of(), ran);
        assertTrue(waiting.stopped());
    }
}
