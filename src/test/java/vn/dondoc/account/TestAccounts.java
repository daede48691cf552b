package vn.dondoc.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.UUID;
import vn.dondoc.body.ResponsibleBody;
import vn.dondoc.web.AppRole;

/** Creates committed accounts with unique names for HTTP tests. */
public final class TestAccounts {

    public static final String PASSWORD = "test-password-1";

    private TestAccounts() {
    }

    /** A new user with the given role (and body code, for staff); returns the user name. */
    public static String create(AppRole role, String bodyCode) {
        String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> {
            ResponsibleBody body = bodyCode == null ? null : ResponsibleBody.findByCode(bodyCode).orElseThrow();
            User.create(username, PASSWORD, role, body, 4);
        });
        return username;
    }

    public static String create(AppRole role) {
        return create(role, null);
    }
}
