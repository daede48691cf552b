package vn.dondoc.account;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.dondoc.audit.AuditEntry;
import vn.dondoc.body.ResponsibleBody;
import vn.dondoc.web.AfterStart;
import vn.dondoc.web.AppRole;
import vn.dondoc.web.Texts;
import vn.dondoc.web.UniqueViolation;

/**
 * Makes sure someone can log in after the first start. The first administrator comes from
 * {@code DONDOC_ADMIN_USER} and {@code DONDOC_ADMIN_PASSWORD}; without them the log shows a one-time
 * {@code /setup} link to create one; a password from the environment that the {@link PasswordPolicy} refuses is
 * not used (the log says why, and shows the link). No password is built in. Demo accounts are created only when
 * asked for ({@code dondoc.demo=true}), with the password "demo", outside the policy.
 */
@ApplicationScoped
public class AccountBootstrap {

    private static final Logger LOG = Logger.getLogger(AccountBootstrap.class);
    static final String DEMO_PASSWORD = "demo";

    @ConfigProperty(name = "dondoc.admin.user")
    Optional<String> adminUser;

    @ConfigProperty(name = "dondoc.admin.password")
    Optional<String> adminPassword;

    @ConfigProperty(name = "dondoc.demo", defaultValue = "false")
    boolean demo;

    @ConfigProperty(name = "dondoc.setup.validity", defaultValue = "PT24H")
    Duration setupValidity;

    @ConfigProperty(name = "dondoc.base-url")
    Optional<String> baseUrl;

    @ConfigProperty(name = "quarkus.http.auth.session.encryption-key")
    Optional<String> sessionKey;

    void onStart(@Observes StartupEvent event) {
        if (LaunchMode.current() == LaunchMode.NORMAL && sessionKey.isEmpty()) {
            LOG.warn("DONDOC_SESSION_KEY is not set: logins will not survive a restart and will not work across"
                    + " several instances. Set it to a random secret of at least 16 characters.");
        }
        // The password hashes (about 0.1 s each for the demo accounts, 0.3 s for the administrator) are made after
        // the application answers; several instances starting at once may both try, and one of them wins.
        AfterStart.run("Creating the first accounts", () -> {
            try {
                QuarkusTransaction.requiringNew().run(this::ensureAccounts);
            } catch (RuntimeException e) {
                if (!UniqueViolation.in(e)) {
                    throw e;
                }
                LOG.info("The first accounts were created by another instance starting at the same time.");
            }
        });
    }

    /** The demo accounts when asked for, and an administrator (from the environment, else a setup link). */
    void ensureAccounts() {
        if (demo) {
            createDemoAccounts();
        }
        if (User.anyAdministrator()) {
            return;
        }
        if (!createConfiguredAdministrator()) {
            String token = SetupToken.issue(setupValidity);
            LOG.warnf("No administrator account exists. Create one within %s at %s/setup?token=%s"
                    + " (or set DONDOC_ADMIN_USER and DONDOC_ADMIN_PASSWORD and restart).", setupValidity, baseUrl.orElse(""), token);
        }
    }

    /** Creates the administrator named in the environment; false when none is named or its password is refused. */
    boolean createConfiguredAdministrator() {
        if (adminUser.isEmpty() || adminPassword.isEmpty()) {
            return false;
        }
        String refusal = PasswordPolicy.problem(adminPassword.get(), adminUser.get());
        if (refusal != null) {
            LOG.warnf("DONDOC_ADMIN_PASSWORD was not used to create the administrator '%s': %s.", adminUser.get(),
                    Texts.lookup(refusal, "en"));
            return false;
        }
        User admin = User.create(adminUser.get(), adminPassword.get(), AppRole.ADMIN, null);
        AuditEntry.record("system", UserAdminResource.AUDIT_TYPE, admin.id, "create", null, admin.describe());
        LOG.infof("Created the administrator account '%s' from the environment.", adminUser.get());
        return true;
    }

    private void createDemoAccounts() {
        demoAccount("admin", AppRole.ADMIN, null);
        demoAccount("vanthu", AppRole.CLERK, null);
        demoAccount("bantochuc", AppRole.STAFF, "BTCTW");
        demoAccount("bannoichinh", AppRole.STAFF, "BNCTW");
        demoAccount("lanhdao", AppRole.VIEWER, null);
    }

    private void demoAccount(String username, AppRole role, String bodyCode) {
        if (User.findByUsername(username).isEmpty()) {
            ResponsibleBody body = bodyCode == null ? null : ResponsibleBody.findByCode(bodyCode).orElse(null);
            User.create(username, DEMO_PASSWORD, role, body, 10);
            LOG.infof("Demo account '%s' (%s), password '%s'.", username, role, DEMO_PASSWORD);
        }
    }
}
