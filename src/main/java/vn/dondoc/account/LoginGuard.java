package vn.dondoc.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Throttles password guessing: after too many failed logins for one user name or from one address within
 * a window, further attempts are refused until the window has passed. Kept in the database so that several
 * application instances share it.
 */
@ApplicationScoped
public class LoginGuard {

    @Inject
    EntityManager em;

    @ConfigProperty(name = "dondoc.login.max-failures-per-user", defaultValue = "5")
    int maxPerUser;

    @ConfigProperty(name = "dondoc.login.max-failures-per-address", defaultValue = "20")
    int maxPerAddress;

    @ConfigProperty(name = "dondoc.login.window", defaultValue = "PT15M")
    Duration window;

    boolean blocked(String username, String address) {
        Instant since = Instant.now().minus(window);
        long byUser = em.createQuery("select count(f) from LoginFailure f where f.username = ?1 and f.at > ?2", Long.class)
                .setParameter(1, username).setParameter(2, since).getSingleResult();
        if (byUser >= maxPerUser) {
            return true;
        }
        if (address == null) {
            return false;
        }
        long byAddress = em.createQuery("select count(f) from LoginFailure f where f.address = ?1 and f.at > ?2", Long.class)
                .setParameter(1, address).setParameter(2, since).getSingleResult();
        return byAddress >= maxPerAddress;
    }

    @Transactional
    void failed(String username, String address) {
        LoginFailure failure = new LoginFailure();
        failure.username = username == null ? "" : username.length() > 100 ? username.substring(0, 100) : username;
        failure.address = address;
        failure.at = Instant.now();
        em.persist(failure);
    }

    @Transactional
    void succeeded(String username) {
        em.createQuery("delete from LoginFailure f where f.username = ?1").setParameter(1, username).executeUpdate();
    }
}
