package vn.dondoc.web;

import java.sql.SQLException;

/** Whether a failed write broke a unique key: another request or instance wrote the same row first. */
public final class UniqueViolation {

    private UniqueViolation() {
    }

    /** Whether {@code e}, or one of its causes, is the database refusing a second row with the same key (SQLSTATE 23505). */
    public static boolean in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
