package vn.dondoc.importer.reading;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Days as texts write them: a day from its three numbers, a month from its English name. */
final class Days {

    /** The English month names in lower case, as a regular expression's alternatives ("january|february|…"). */
    static final String MONTH_NAMES = Arrays.stream(Month.values()).map(m -> m.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining("|"));

    private Days() {
    }

    /** The month (1 to 12) of an English month name in any case, or 0. */
    static int month(String name) {
        try {
            return Month.valueOf(name.toUpperCase(Locale.ROOT)).getValue();
        } catch (IllegalArgumentException e) {
            return 0;
        }
    }

    /** The day, or null where there is none (31/02) or its year is no year of a directive. */
    static LocalDate of(int y, int m, int d) {
        try {
            return y < 1900 || y > 2200 ? null : LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
