package vn.dondoc.body;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dondoc.web.FormsTest;

class BodyFormTest {

    @Test
    void everyConstraintSaysWhatIsWrongInBothLanguages() {
        assertEquals(Set.of(), FormsTest.constraintMessagesWithoutText(BodyForm.class));
    }
}
