package vn.dondoc.task;

import java.util.List;

/**
 * One page of a task search: its rows, how many tasks match, and where the page stands (from 1). Matches are counted
 * up to {@link #COUNT_LIMIT}, so that a count never reads the whole table: beyond it {@code total} is the limit and
 * {@code capped} is true ("more than 1000").
 *
 * @param more whether a further page has rows
 */
public record TaskPage(List<TaskRow> rows, long total, int page, int size, boolean capped, boolean more) {

    /** How many matches a search counts at most. */
    public static final int COUNT_LIMIT = 1000;

    /** A page whose count is exact. */
    public TaskPage(List<TaskRow> rows, long total, int page, int size) {
        this(rows, total, page, size, false, (long) page * size < total);
    }

    /** The page number asked for in a request parameter: 1 when missing or unreadable. */
    public static int number(String page) {
        try {
            return page == null ? 1 : Math.min(Math.max(1, Integer.parseInt(page.trim())), 1_000_000);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The number of pages; with a capped count, those known so far (at least this one and, if there is one, the next). */
    public int pages() {
        int counted = (int) Math.max(1, (total + size - 1) / size);
        return capped ? Math.max(counted, more ? page + 1 : page) : counted;
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return more;
    }

    public int previousPage() {
        return page - 1;
    }

    public int nextPage() {
        return page + 1;
    }

    public long firstNumber() {
        return rows.isEmpty() ? 0 : (long) (page - 1) * size + 1;
    }

    public long lastNumber() {
        return (long) (page - 1) * size + rows.size();
    }
}
