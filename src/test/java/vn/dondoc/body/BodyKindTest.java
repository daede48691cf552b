package vn.dondoc.body;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The kinds of body as the list of bodies writes them are the kinds the application knows, and back. */
class BodyKindTest {

    @Test
    void everyKindInTheListOfBodiesIsAKindAndTheCodeOfAKindFindsIt() throws IOException {
        Set<String> unknown = new TreeSet<>();
        try (InputStream in = BodyKindTest.class.getResourceAsStream("/reference/bodies.tsv")) {
            List<String> lines = Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
            int column = Arrays.asList(lines.get(0).split("\t")).indexOf("kind");
            for (String line : lines.subList(1, lines.size())) {
                if (!line.isBlank() && BodyKind.byCode(line.split("\t")[column].strip()).isEmpty()) {
                    unknown.add(line.split("\t")[column]);
                }
            }
        }
        assertEquals(Set.of(), unknown, "kinds in bodies.tsv that BodyKind does not know");
        for (BodyKind kind : BodyKind.values()) {
            assertEquals(kind, BodyKind.ofCode(kind.code));
            assertEquals(kind.code, new BodyKind.Column().convertToDatabaseColumn(kind));
        }
        assertEquals(BodyKind.OTHER, new BodyKind.Column().convertToEntityAttribute("no-such-kind"));
    }
}
