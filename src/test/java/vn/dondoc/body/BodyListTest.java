package vn.dondoc.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The body list is written twice: {@code reference/bodies.tsv}, which the reader and the documentation use, and the
 * rows that the migration {@code V1_2__responsible_bodies.sql} puts in a new database. They must say the same.
 */
class BodyListTest {

    @Test
    void theMigrationWritesTheBodiesOfTheReferenceList() throws IOException {
        Map<String, List<String>> reference = referenceRows();
        Map<String, List<String>> migration = migrationRows();
        assertFalse(reference.isEmpty());
        assertEquals(reference.keySet(), migration.keySet(), "the same codes, in the same order");
        for (var row : reference.entrySet()) {
            assertEquals(row.getValue(), migration.get(row.getKey()), "body " + row.getKey());
        }
    }

    /** code, name, name_en, kind, aliases, areas, from, until, successor, evidence; an empty field is null. */
    private static Map<String, List<String>> referenceRows() throws IOException {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        String[] lines = read("/reference/bodies.tsv").split("\n");
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            List<String> fields = new ArrayList<>();
            for (String field : lines[i].split("\t", -1)) {
                fields.add(field.isEmpty() ? null : field);
            }
            while (fields.size() < 10) {
                fields.add(null);
            }
            rows.put(fields.get(0), fields);
        }
        return rows;
    }

    /** The value tuples of the migration's insert, with {@code null}, {@code date '...'} and quoted text read as values. */
    private static Map<String, List<String>> migrationRows() throws IOException {
        String sql = read("/db/migration/V1_2__responsible_bodies.sql");
        String values = sql.substring(sql.indexOf(" values") + " values".length());
        Map<String, List<String>> rows = new LinkedHashMap<>();
        List<String> tuple = null;
        int i = 0;
        while (i < values.length()) {
            char c = values.charAt(i);
            if (c == '(' && tuple == null) {
                tuple = new ArrayList<>();
                i++;
            } else if (c == ')' && tuple != null) {
                rows.put(tuple.get(0), tuple);
                tuple = null;
                i++;
            } else if (tuple != null && c == '\'') {
                StringBuilder text = new StringBuilder();
                i++;
                while (true) {
                    if (values.charAt(i) == '\'' && i + 1 < values.length() && values.charAt(i + 1) == '\'') {
                        text.append('\'');
                        i += 2;
                    } else if (values.charAt(i) == '\'') {
                        i++;
                        break;
                    } else {
                        text.append(values.charAt(i++));
                    }
                }
                tuple.add(text.toString());
            } else if (tuple != null && values.startsWith("null", i)) {
                tuple.add(null);
                i += 4;
            } else {
                i++;
            }
        }
        return rows;
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = BodyListTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r", "");
        }
    }
}
