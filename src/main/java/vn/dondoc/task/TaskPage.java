package vn.dondoc.task;

import java.util.List;

/** One page of a task search: its rows, how many tasks match in all, and where the page stands (from 1). */
public record TaskPage(List<TaskRow> rows, long total, int page, int size) {

    /** The page number asked for in a request parameter: 1 when missing or unreadable. */
    public static int number(String page) {
        try {
            return page == null ? 1 : Math.min(Math.max(1, Integer.parseInt(page.trim())), 1_000_000);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
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
