package vn.dondoc.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dondoc.web.FieldErrors;
import vn.dondoc.web.FormsTest;

class UserFormTest {

    @Test
    void everyConstraintSaysWhatIsWrongInBothLanguages() {
        assertEquals(Set.of(), FormsTest.constraintMessagesWithoutText(UserForm.class));
    }

    @Test
    void aBlankNameAndABadAddressAreRefusedInTheOrderOfTheForm() {
        UserForm form = new UserForm();
        form.displayName = "   ";
        form.email = "x".repeat(190) + "@example";
        form.role = "VIEWER";
        assertEquals(List.of(new FieldErrors.Entry("displayName", "users_error_display_name_missing"),
                new FieldErrors.Entry("email", "users_error_email")), form.checkDetails(FormsTest.VALIDATOR).getAll());
    }

    @Test
    void aNameOfMoreThan200CharactersIsTooLong() {
        UserForm form = new UserForm();
        form.displayName = "a".repeat(201);
        form.role = "VIEWER";
        assertEquals("users_error_too_long", form.checkDetails(FormsTest.VALIDATOR).get("displayName"));
    }
}
