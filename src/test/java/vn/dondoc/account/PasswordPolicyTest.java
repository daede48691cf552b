package vn.dondoc.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void tenSpacesAreNoPassword() {
        assertEquals("users_error_password_blank", PasswordPolicy.problem(" ".repeat(10), "nguyenvana"));
        assertEquals("users_error_password_blank", PasswordPolicy.problem("\t \u00a0 \n".repeat(4), "nguyenvana"));
    }

    @Test
    void aPasswordHasAtLeastTenCharactersAndAtMost72Bytes() {
        assertEquals("users_error_password_short", PasswordPolicy.problem("Xk9#qTz2", "nguyenvana"));
        assertEquals("users_error_password_long", PasswordPolicy.problem("ư".repeat(37), "nguyenvana"));
        assertNull(PasswordPolicy.problem("ư".repeat(36), "nguyenvana"));
    }

    @Test
    void aCommonPasswordIsRefusedWhateverItsCase() {
        assertEquals("users_error_password_common", PasswordPolicy.problem("password12", "nguyenvana"));
        assertEquals("users_error_password_common", PasswordPolicy.problem("PassWord12", "nguyenvana"));
        assertEquals("users_error_password_common", PasswordPolicy.problem("1234567890", "nguyenvana"));
        assertEquals("users_error_password_common", PasswordPolicy.problem("qwertyuiop", "nguyenvana"));
    }

    @Test
    void thePasswordMustNotHoldTheUserName() {
        assertEquals("users_error_password_username", PasswordPolicy.problem("nguyen.van.a", "nguyen.van.a"));
        assertEquals("users_error_password_username", PasswordPolicy.problem("NGUYEN.VAN.A", "nguyen.van.a"));
        assertEquals("users_error_password_username", PasswordPolicy.problem("nguyenvana2024", "nguyen.van.a"));
        assertEquals("users_error_password_username", PasswordPolicy.problem("my-admin-pass", "admin"));
        assertNull(PasswordPolicy.problem("nguyen-thi-binh-2024", "nguyen.van.a"));
    }

    @Test
    void aLongUncommonPasswordIsAccepted() {
        assertNull(PasswordPolicy.problem("mot-mat-khau-dai", "quantri"));
        assertNull(PasswordPolicy.problem(TestAccounts.PASSWORD, "viewer-1234abcd"));
    }

    @Test
    void theListHoldsTheTenThousandMostCommonPasswords() {
        assertTrue(PasswordPolicy.COMMON.size() > 9900, "size " + PasswordPolicy.COMMON.size());
        assertTrue(PasswordPolicy.COMMON.contains("123456"));
        assertTrue(PasswordPolicy.COMMON.contains("password12"));
        assertTrue(PasswordPolicy.COMMON.stream().allMatch(p -> p.equals(p.toLowerCase()) && !p.isBlank()));
    }
}
