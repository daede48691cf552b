package vn.dondoc.task;

import io.quarkus.hibernate.orm.panache.Panache;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.engine.jdbc.spi.JdbcCoordinator;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

/**
 * A select run straight on the session's connection, for the few reads of many small rows where mapping each
 * value through the persistence layer costs more than the database's work. Parameters are named as in the other
 * native queries ({@code :name}); a collection stands for a list of values ({@code in (:ids)}). It reads what is
 * committed and what the session has flushed: its callers read, and write nothing before.
 */
final class SqlRows {

    private static final Pattern NAME = Pattern.compile("(?<![:\\w]):(\\w+)");

    private SqlRows() {
    }

    /** What is done with each row, read from the result set's current position. */
    @FunctionalInterface
    interface Row {
        void read(ResultSet row) throws SQLException;
    }

    static void select(String sql, Map<String, ?> params, Row row) {
        List<Object> values = new ArrayList<>();
        StringBuilder positional = new StringBuilder();
        Matcher m = NAME.matcher(sql);
        while (m.find()) {
            if (!params.containsKey(m.group(1))) {
                throw new IllegalArgumentException("no value for :" + m.group(1));
            }
            Object value = params.get(m.group(1));
            String marks = "?";
            if (value instanceof Collection<?> list) {
                values.addAll(list);
                marks = String.join(", ", Collections.nCopies(list.size(), "?"));
            } else {
                values.add(value);
            }
            m.appendReplacement(positional, marks);
        }
        m.appendTail(positional);
        // Prepared through the session's JDBC coordinator, so that its statistics count the statement like any other.
        JdbcCoordinator jdbc = Panache.getEntityManager().unwrap(SharedSessionContractImplementor.class).getJdbcCoordinator();
        String statementSql = positional.toString();
        PreparedStatement statement = jdbc.getStatementPreparer().prepareStatement(statementSql);
        try {
            for (int i = 0; i < values.size(); i++) {
                bind(statement, i + 1, values.get(i));
            }
            ResultSet rows = jdbc.getResultSetReturn().extract(statement, statementSql);
            while (rows.next()) {
                row.read(rows);
            }
        } catch (SQLException e) {
            throw jdbc.getJdbcSessionOwner().getJdbcSessionContext().getJdbcServices().getSqlExceptionHelper()
                    .convert(e, "reading rows", statementSql);
        } finally {
            jdbc.getLogicalConnection().getResourceRegistry().release(statement);
            jdbc.afterStatementExecution();
        }
    }

    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof Instant instant) {
            statement.setTimestamp(index, Timestamp.from(instant));
        } else if (value instanceof LocalDate date) {
            statement.setDate(index, java.sql.Date.valueOf(date));
        } else {
            statement.setObject(index, value);
        }
    }

    /** A date column, or null. */
    static LocalDate date(ResultSet row, int column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }
}
