package vn.dondoc.importer.reading;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The reader's vocabulary files under {@code src/main/resources/reader}: one phrase (or one tab-separated row)
 * a line, NFC, with {@code #} comments and blank lines ignored. Read once, when the class that needs them loads.
 */
final class Words {

    private static final String ROOT = "/reader/";

    private Words() {
    }

    /** The lines of a vocabulary file, stripped and NFC-normalised. */
    static List<String> lines(String name) {
        InputStream in = Words.class.getResourceAsStream(ROOT + name);
        if (in == null) {
            throw new IllegalStateException("reader vocabulary " + ROOT + name + " is missing from the classpath");
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String s = Normalizer.normalize(line, Normalizer.Form.NFC).strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }

    /** The rows of a tab-separated vocabulary file; missing trailing cells are empty strings. */
    static List<String[]> rows(String name, int columns) {
        List<String[]> out = new ArrayList<>();
        for (String line : lines(name)) {
            String[] cells = line.split("\t", -1);
            String[] row = new String[columns];
            for (int i = 0; i < columns; i++) {
                row[i] = i < cells.length ? cells[i].strip() : "";
            }
            out.add(row);
        }
        return List.copyOf(out);
    }

    /** The {@code ;}-separated items of a cell. */
    static List<String> items(String cell) {
        List<String> out = new ArrayList<>();
        for (String s : cell.split(";")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return List.copyOf(out);
    }
}
