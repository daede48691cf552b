package vn.dondoc.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dondoc.body.TestBodies;
import vn.dondoc.web.OfficeClock;

/**
 * {@link Task#search} and {@link TaskFilter} on their own, in a transaction each test rolls back: words with or
 * without diacritics, the start of a word, all words at once, and the filters beside them.
 */
@QuarkusTest
class TaskSearchTest {

    private final LocalDate today = OfficeClock.today();
    /** A word of letters only, found in this test's tasks and nowhere else. */
    private String mark;
    private String lead;
    private String other;
    private TestTasks.Created d;

    @BeforeEach
    void names() {
        Random random = new Random();
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        mark = word.toString();
        lead = TestBodies.create("Ban tìm kiếm");
        other = TestBodies.create("Ban khác");
    }

    private void tasks() {
        d = TestTasks.directive("Kết luận tìm kiếm")
                .task("Rà soát công tác phòng, chống tham nhũng " + mark, today.minusDays(5), lead)
                .task("Báo cáo kết quả tham mưu " + mark, today.plusDays(10), lead)
                .done(1, lead, today)
                .task("Tổng kết phòng, chống tham nhũng " + mark, today.plusDays(3), other)
                .save();
    }

    private List<Long> found(TaskFilter filter) {
        TaskPage page = Task.search(filter, 1, 50);
        List<Long> ids = page.rows().stream().map(r -> r.task().id).toList();
        assertEquals(ids.size(), page.total(), "the count agrees with the rows");
        return ids;
    }

    private List<Long> words(String q) {
        return found(new TaskFilter(null, null, null, null, null, null, q));
    }

    private List<Long> tasks(int... indexes) {
        return java.util.Arrays.stream(indexes).mapToObj(d::taskId).toList();
    }

    @Test
    @TestTransaction
    void wordsMatchWithOrWithoutDiacriticsAndEveryWordMustMatch() {
        tasks();
        assertEquals(tasks(0, 2), words("tham nhung " + mark));
        assertEquals(tasks(0, 2), words("THAM NHŨNG " + mark.toUpperCase()));
        assertEquals(tasks(0, 2, 1), words("tham " + mark), "by deadline");
        assertEquals(tasks(1), words("tham muu " + mark));
        assertEquals(List.of(), words("tham nhung mua " + mark));
    }

    @Test
    @TestTransaction
    void aWordMatchesFromItsStartOnly() {
        tasks();
        assertEquals(tasks(0, 2), words("nhu " + mark));
        assertEquals(List.of(), words("hung " + mark));
        assertEquals(tasks(0, 2, 1), words(mark.substring(0, 6)).stream().filter(tasks(0, 1, 2)::contains).toList());
    }

    @Test
    @TestTransaction
    void filtersNarrowASearch() {
        tasks();
        assertEquals(tasks(0, 1), found(new TaskFilter(lead, null, null, null, null, null, mark)));
        assertEquals(tasks(0), found(new TaskFilter(null, null, Progress.OVERDUE, null, null, null, mark)));
        assertEquals(tasks(1), found(new TaskFilter(null, Status.DONE, null, null, null, null, mark)));
        assertEquals(tasks(2), found(new TaskFilter(null, null, null, today, today.plusDays(5), null, mark)));
        assertEquals(tasks(0, 2, 1), found(new TaskFilter(null, null, null, null, null, d.directiveId(), null)));
    }

    @Test
    @TestTransaction
    void aRemovedTaskIsNotFound() {
        tasks();
        Task.<Task>findById(d.taskId(2)).remove("test", "trùng lặp");
        assertEquals(tasks(0), words("tham nhung " + mark));
    }

    @Test
    @TestTransaction
    void aTaskWithSeveralWordsStartingWithTheWordIsFoundAndCountedOnce() {
        d = TestTasks.directive("Kết luận " + mark + "a")
                .task("Rà soát " + mark + "b và " + mark + "c", today, lead)
                .task("Tổng kết " + mark + "b", today.plusDays(1), other)
                .save();
        assertEquals(tasks(0, 1), words(mark), "each task once, though it holds three words starting with the word");
        assertEquals(tasks(0), words(mark + " " + mark + "c"));
        assertEquals(tasks(0), words(mark + "c " + mark));
    }

    @Test
    @TestTransaction
    void filterParametersThatCannotBeReadAreEachNamed() {
        TaskFilter.Parsed parsed = TaskFilter.parse("KHONG-CO-" + mark, "LEAD", "xong", null, "31/02/2025", "1/1/2025",
                "abc", "x".repeat(201), "size");
        assertFalse(parsed.valid());
        assertEquals(Map.of("body", "task_filter_error_body", "status", "task_filter_error_status", "from",
                "task_filter_error_date", "directive", "task_filter_error_directive", "q", "task_filter_error_q", "sort",
                "task_filter_error_sort"), parsed.errors().asMap());
        assertEquals(new TaskFilter(null, Role.LEAD, null, null, null, LocalDate.of(2025, 1, 1), null, null, null), parsed.filter(),
                "what could be read is kept");

        TaskFilter read = TaskFilter.parse(lead, "support", "overdue", null, "1/12/2026", "31/12/2026", null, " tham ", null).filter();
        assertEquals(new TaskFilter(lead, Role.SUPPORT, null, Progress.OVERDUE, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31),
                null, "tham", TaskFilter.Sort.DEADLINE), read);
    }
}
