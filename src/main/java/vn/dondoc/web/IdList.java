package vn.dondoc.web;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * Ids for an {@code in (?1, ?2, …)} of positional parameters, as many as the next power of two (the last id
 * repeated), at most {@link #MAX} a query. Hibernate translates a query with a list parameter again on every call
 * (its plan is not cached when a binding holds several values); with single values and a text of a fixed length,
 * it translates each length once.
 */
public record IdList(String parameters, Object[] values) {

    /** The most ids one query takes. */
    public static final int MAX = 512;

    /** The rows that {@code query} reads for the ids, a query per {@link #MAX} ids (none for none). */
    public static <T> List<T> read(List<Long> ids, Function<IdList, List<T>> query) {
        List<T> rows = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += MAX) {
            rows.addAll(query.apply(of(ids.subList(from, Math.min(ids.size(), from + MAX)))));
        }
        return rows;
    }

    /** The parameters {@code ?1 … ?n} and their values for one to {@link #MAX} ids. */
    static IdList of(List<Long> ids) {
        if (ids.isEmpty() || ids.size() > MAX) {
            throw new IllegalArgumentException("1 to " + MAX + " ids, not " + ids.size());
        }
        int size = 1;
        while (size < ids.size()) {
            size *= 2;
        }
        Object[] values = new Object[size];
        StringJoiner parameters = new StringJoiner(", ");
        for (int i = 0; i < size; i++) {
            values[i] = ids.get(Math.min(i, ids.size() - 1));
            parameters.add("?" + (i + 1));
        }
        return new IdList(parameters.toString(), values);
    }
}
