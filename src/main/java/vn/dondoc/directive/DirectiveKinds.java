package vn.dondoc.directive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** The codes of the kinds of document the reader knows (first column of {@code reader/document-kinds.tsv}), in its order. */
public final class DirectiveKinds {

    public static final List<String> CODES = load();

    private DirectiveKinds() {
    }

    private static List<String> load() {
        try (InputStream in = DirectiveKinds.class.getResourceAsStream("/reader/document-kinds.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing reader/document-kinds.tsv");
            }
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.split("\t")[0].strip()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
