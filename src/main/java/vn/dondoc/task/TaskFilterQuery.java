package vn.dondoc.task;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Reads a task list query string back into its filter, keeping only what the list understands. */
final class TaskFilterQuery {

    private TaskFilterQuery() {
    }

    /** The query string of the filters in {@code query} as the list writes it: no page, nothing unknown or unreadable. */
    static String normalise(String query) {
        Map<String, String> values = new HashMap<>();
        if (query != null) {
            for (String pair : (query.startsWith("?") ? query.substring(1) : query).split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.putIfAbsent(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
                }
            }
        }
        return TaskFilter.parse(values.get("body"), values.get("role"), values.get("status"), values.get("progress"),
                values.get("from"), values.get("to"), values.get("directive"), values.get("q"), values.get("sort")).filter().query();
    }

    private static String decode(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
