package vn.dondoc.importer.reading;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Days as texts write them: a day from its three numbers, a month from its English name. */
final class Days {

    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december"};

    private Days() {
    }

    /** The month (1 to 12) of a lower-case English month name, or 0. */
    static int month(String name) {
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].equals(name)) {
                return i + 1;
            }
        }
        return 0;
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
