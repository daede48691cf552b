package vn.dondoc.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dondoc.body.TestBodies;
import vn.dondoc.web.OfficeClock;

/**
 * A search finds the same tasks, in the same order and with the same count, whether its rarest word's tasks are
 * read first and sorted or the list is walked in its order with each task probed for the words.
 */
@QuarkusTest
class TaskSearchPlanTest {

    private static final LocalDate TODAY = OfficeClock.today();

    @Test
    void bothWaysOfReadingASearchGiveTheSamePages() {
        String body = TestBodies.create("Ban hai cách tìm");
        String marker = "zp" + UUID.randomUUID().toString().substring(0, 6);
        for (int d = 0; d < 3; d++) {
            TestTasks.Builder directive = TestTasks.directive("Kết luận cách tìm " + marker);
            for (int i = 0; i < 9; i++) {
                String text = (i % 3 == 0 ? "Phòng chống tham nhũng" : i % 3 == 1 ? "Chống lãng phí, tham mưu" : "Rà soát hồ sơ")
                        + " số " + (d * 9 + i) + " " + marker;
                directive.task(text, i == 4 ? null : TODAY.plusDays((d * 7 + i * 5) % 11 - 5), i % 2 == 0 ? body : "BTC", "VPTW");
            }
            directive.status(1, "VPTW", Status.IN_PROGRESS).done(3, "VPTW", TODAY);
            directive.create();
        }
        List<TaskFilter> filters = List.of(
                new TaskFilter(null, null, null, null, null, null, "tham nhung " + marker),
                new TaskFilter(null, null, null, null, null, null, "THAM " + marker),
                new TaskFilter(null, null, null, null, null, null, "chống " + marker.substring(0, 4)),
                new TaskFilter(body, null, null, null, null, null, "tham " + marker),
                new TaskFilter(null, Status.IN_PROGRESS, null, null, null, null, marker),
                new TaskFilter(null, null, null, TODAY.minusDays(2), TODAY.plusDays(3), null, "tham " + marker),
                new TaskFilter(null, null, null, null, null, null, null, "tham " + marker, TaskFilter.Sort.DIRECTIVE),
                new TaskFilter(null, null, null, null, null, null, null, "tham " + marker, TaskFilter.Sort.STATUS),
                new TaskFilter(null, null, null, null, null, null, "ham " + marker));
        for (TaskFilter filter : filters) {
            for (int page = 1; page <= 3; page++) {
                int number = page;
                List<Object> driven = QuarkusTransaction.requiringNew().call(() -> summary(Task.search(filter, number, 4, 10_000)));
                List<Object> walked = QuarkusTransaction.requiringNew().call(() -> summary(Task.search(filter, number, 4, 0)));
                assertEquals(driven, walked, filter + ", page " + page);
            }
        }
        List<Object> graft = QuarkusTransaction.requiringNew().call(() -> summary(Task.search(filters.get(0), 1, 50, 0)));
        assertEquals(9L, graft.get(0), "three tasks of each directive hold both words: " + graft);
        List<Object> none = QuarkusTransaction.requiringNew().call(() -> summary(Task.search(filters.get(8), 1, 50, 0)));
        assertEquals(0L, none.get(0), "not the middle of a word");
        List<Object> all = QuarkusTransaction.requiringNew().call(() -> summary(Task.search(filters.get(2), 1, 50, 0)));
        assertEquals(18L, all.get(0), "the start of each word: " + all);
        assertFalse((Boolean) all.get(1));
        assertTrue(((List<?>) all.get(3)).size() == 18);
    }

    @Test
    void aSearchCountsUpToTheLimitAndSaysMore() {
        String marker = "zc" + UUID.randomUUID().toString().substring(0, 6);
        TestTasks.Builder directive = TestTasks.directive("Kết luận đếm tìm " + marker);
        for (int i = 0; i < TaskPage.COUNT_LIMIT + 5; i++) {
            directive.task("Kiểm tra hồ sơ số " + i, TODAY.plusDays(i % 30), "BTC");
        }
        directive.create();
        TaskFilter filter = new TaskFilter(null, null, null, null, null, null, "kiem " + marker);
        for (int limit : new int[] {0, 10_000}) {
            TaskPage page = QuarkusTransaction.requiringNew().call(() -> Task.search(filter, 2, 50, limit));
            assertEquals(TaskPage.COUNT_LIMIT, page.total());
            assertTrue(page.capped() && page.more(), "more than the limit, and a next page");
            assertEquals(50, page.rows().size());
            assertEquals(TaskPage.COUNT_LIMIT / 50, page.pages(), "the pages the count knows of");
        }
        TaskPage exact = QuarkusTransaction.requiringNew().call(
                () -> Task.search(new TaskFilter(null, null, null, null, null, null, "kiem " + marker + " so 100"), 1, 50, 0));
        assertEquals(6, exact.total(), "\"100\" and 1000 to 1004, each word by its start");
        assertFalse(exact.capped());
    }

    /** The count, whether it is capped, whether a page follows, and the page's task ids in order. */
    private static List<Object> summary(TaskPage page) {
        return List.of(page.total(), page.capped(), page.more(), page.rows().stream().map(r -> r.task().id).toList());
    }
}
