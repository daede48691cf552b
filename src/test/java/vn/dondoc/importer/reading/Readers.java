package vn.dondoc.importer.reading;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** Shared helpers for the reader's tests: one reader over the shipped list of bodies. */
final class Readers {

    static final DirectiveReader READER = create();

    private Readers() {
    }

    private static DirectiveReader create() {
        try {
            return new DirectiveReader(ReaderEvalServer.loadBodies());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Reading read(String text, LocalDate date) {
        return READER.read(text, date);
    }

    /** The one task whose text contains the words. */
    static FoundTask task(Reading r, String words) {
        List<FoundTask> found = r.tasks().stream().filter(t -> t.text().contains(words)).toList();
        if (found.size() != 1) {
            fail("expected one task with '" + words + "' but found " + found.size() + " in " + texts(r));
        }
        return found.get(0);
    }

    static List<String> texts(Reading r) {
        return r.tasks().stream().map(FoundTask::text).toList();
    }

    static List<String> leads(FoundTask t) {
        return t.owners().stream().filter(o -> o.role() == Role.LEAD).map(FoundOwner::name).toList();
    }

    static List<String> leadCodes(FoundTask t) {
        return t.owners().stream().filter(o -> o.role() == Role.LEAD).map(FoundOwner::code).toList();
    }

    static String supports(FoundTask t) {
        return t.owners().stream().filter(o -> o.role() == Role.SUPPORT).map(FoundOwner::name)
                .collect(Collectors.joining("; "));
    }
}
