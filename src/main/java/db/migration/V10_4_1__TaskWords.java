package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import vn.dondoc.task.TaskWords;

/** Fills the word index (V10_4) for the tasks saved before it, a thousand tasks at a time. */
public class V10_4_1__TaskWords extends BaseJavaMigration {

    private static final int CHUNK = 1000;

    @Override
    public void migrate(Context context) throws Exception {
        long after = Long.MIN_VALUE;
        try (PreparedStatement select = context.getConnection().prepareStatement(
                "select id, search_text from task where id > ? order by id fetch first " + CHUNK + " rows only")) {
            while (true) {
                Map<Long, String> texts = new LinkedHashMap<>();
                select.setLong(1, after);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        texts.put(rows.getLong(1), rows.getString(2));
                    }
                }
                if (texts.isEmpty()) {
                    return;
                }
                TaskWords.insert(context.getConnection(), texts);
                after = texts.keySet().stream().reduce((a, b) -> b).orElseThrow();
            }
        }
    }
}
