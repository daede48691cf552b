package vn.dondoc.importer.reading;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A responsible body as the reader knows it: names to recognise in the text and areas of work to infer
 * owners from. Plain data, so that the reader runs without a database.
 */
public record KnownBody(String code, String name, String nameEn, String kind, List<String> aliases, List<String> areas,
        LocalDate validFrom, LocalDate validUntil, String successorCode) {

    public KnownBody {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        areas = areas == null ? List.of() : List.copyOf(areas);
    }

    /** Whether the body existed under this name on the given day (or at all, when the day is unknown). */
    public boolean existedOn(LocalDate day) {
        return day == null || (validFrom == null || !day.isBefore(validFrom)) && (validUntil == null || day.isBefore(validUntil));
    }

    /**
     * Reads the tab-separated list ({@code code, name, name_en, kind, aliases, areas, from, until, successor, ...}),
     * with a header line. Aliases are {@code ;}-separated, areas {@code ,}-separated. Rows without a code or name
     * are skipped.
     */
    public static List<KnownBody> fromTsv(Reader in) {
        List<KnownBody> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(in)) {
            String line = r.readLine();
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                String code = cell(f, 0);
                String name = cell(f, 1);
                if (code == null || name == null) {
                    continue;
                }
                out.add(new KnownBody(code, name, cell(f, 2), cell(f, 3), list(cell(f, 4), ";"), list(cell(f, 5), ","),
                        day(cell(f, 6)), day(cell(f, 7)), cell(f, 8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String cell(String[] f, int i) {
        if (i >= f.length) {
            return null;
        }
        String v = f[i].strip();
        return v.isEmpty() ? null : v;
    }

    private static List<String> list(String v, String sep) {
        if (v == null) {
            return List.of();
        }
        return Arrays.stream(v.split(sep)).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    private static LocalDate day(String v) {
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
