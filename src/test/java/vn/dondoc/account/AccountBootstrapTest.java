package vn.dondoc.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountBootstrapTest {

    private static boolean createFromEnvironment(String username, String password) {
        AccountBootstrap bootstrap = new AccountBootstrap();
        bootstrap.adminUser = Optional.of(username);
        bootstrap.adminPassword = Optional.of(password);
        return QuarkusTransaction.requiringNew().call(bootstrap::createConfiguredAdministrator);
    }

    private static boolean exists(String username) {
        return QuarkusTransaction.requiringNew().call(() -> User.findByUsername(username).isPresent());
    }

    @Test
    void aWeakPasswordFromTheEnvironmentIsNotUsed() {
        String username = "boot-" + UUID.randomUUID().toString().substring(0, 8);
        assertFalse(createFromEnvironment(username, "password12"));
        assertFalse(createFromEnvironment(username, " ".repeat(12)));
        assertFalse(createFromEnvironment(username, username + "-2024"));
        assertFalse(exists(username));
    }

    @Test
    void aGoodPasswordFromTheEnvironmentCreatesTheAdministrator() {
        String username = "boot-" + UUID.randomUUID().toString().substring(0, 8);
        assertTrue(createFromEnvironment(username, "mot-mat-khau-rat-dai"));
        assertTrue(exists(username));
    }
}
