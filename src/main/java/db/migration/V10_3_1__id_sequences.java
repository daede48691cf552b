package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Ids from sequences instead of identity columns, so that Hibernate writes many rows with one batched statement
 * (it must read an identity back after each single insert). Each table gets {@code <table>_seq}, counting in
 * steps of 50 (the entities' {@code allocationSize}: Hibernate takes the 50 ids up to each value it draws), started
 * above the table's largest id. The column's default becomes the sequence instead of the identity, so that a row
 * inserted by SQL without an id still gets one that no Hibernate block holds. Java, because SQL alone cannot start
 * a sequence at a value it has just read, in a way both H2 and PostgreSQL accept.
 */
public class V10_3_1__id_sequences extends BaseJavaMigration {

    /** Every table whose id was an identity column. */
    static final List<String> TABLES = List.of("responsible_body", "directive", "task", "assignment", "status_change", "app_user",
            "audit_entry", "login_failure", "setup_token", "user_session", "assignment_note", "saved_view");

    static final int STEP = 50;

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        try (Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                long max;
                try (ResultSet row = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
                    row.next();
                    max = row.getLong(1);
                }
                String sequence = table + "_seq";
                // Hibernate's first block is the STEP ids up to the first value: all of them above the largest id.
                statement.execute("create sequence " + sequence + " start with " + (max + STEP + 1) + " increment by " + STEP);
                statement.execute("alter table " + table + " alter column id drop identity");
                statement.execute("alter table " + table + " alter column id set default "
                        + (postgres ? "nextval('" + sequence + "')" : "next value for " + sequence));
            }
        }
    }
}
