package vn.dondoc.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.qute.Qute;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Locale;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ValueWordsTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @Test
    void everyValueHasItsOwnWordInEachLanguage() {
        for (Status s : Status.values()) {
            assertFalse(ValueWords.word(s, Locale.ENGLISH).isBlank(), s.name());
            assertNotEquals(ValueWords.word(s, VI), ValueWords.word(s, Locale.ENGLISH), s.name());
        }
        for (Progress p : Progress.values()) {
            assertNotEquals(ValueWords.word(p, VI), ValueWords.word(p, Locale.ENGLISH), p.name());
        }
        for (Role r : Role.values()) {
            assertNotEquals(ValueWords.word(r, VI), ValueWords.word(r, Locale.ENGLISH), r.name());
        }
        assertEquals("Done", ValueWords.word(Status.DONE, Locale.ENGLISH));
        assertEquals("lead", ValueWords.word(Role.LEAD, Locale.ENGLISH));
    }

    @Test
    void aTemplateWritesTheWordOfItsLocale() {
        assertEquals("No deadline / Overdue", Qute.fmt("{kind.word} / {progress.word}")
                .data("kind", DeadlineKind.NONE).data("progress", Progress.OVERDUE).attribute("locale", Locale.ENGLISH).render());
        assertEquals(ValueWords.word(Status.DONE, VI), Qute.fmt("{s.word}").data("s", Status.DONE).render());
    }
}
