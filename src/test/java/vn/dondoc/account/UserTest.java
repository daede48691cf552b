package vn.dondoc.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.dondoc.web.AppRole;

@QuarkusTest
class UserTest {

    @Test
    @TestTransaction
    void theOnlyEnabledAdministratorIsTheLast() {
        User.update("enabled = false where role = ?1", AppRole.ADMIN);
        User admin = User.create("last-admin", "irrelevant-password", AppRole.ADMIN, null, 4);
        assertTrue(admin.isLastEnabledAdministrator());
        User.create("second-admin", "irrelevant-password", AppRole.ADMIN, null, 4);
        assertFalse(admin.isLastEnabledAdministrator());
    }

    @Test
    @TestTransaction
    void theAuditDescriptionNeverHoldsThePasswordHash() {
        User user = User.create("described", "irrelevant-password", AppRole.VIEWER, null, 4);
        assertFalse(user.describe().contains(user.passwordHash));
        assertTrue(user.describe().contains("role=VIEWER"));
    }
}
