package vn.dondoc.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dondoc.audit.AuditEntry;
import vn.dondoc.web.Actors;

/**
 * Slows password guessing down without locking anyone out. After {@code max-failures-per-user} failed logins
 * for one user name within the window, each further attempt must wait 1, 2, 4 ... seconds after the last
 * failure, up to {@code max-delay-per-user}; the same for one client address with its own numbers. An attempt
 * made during the wait is refused without its password being checked, so that even the right one reveals
 * nothing, and does not count. The failures are kept in the database so that several instances share them; the
 * start of each wait is written to the audit trail, and so is an administrator's lifting it.
 */
@ApplicationScoped
public class LoginGuard {

    /** Audit trail kind for a wait that is not about an account: a client address, a user name without account. */
    static final String AUDIT_TYPE = "login";

    @Inject
    EntityManager em;

    @ConfigProperty(name = "dondoc.login.max-failures-per-user", defaultValue = "5")
    int freePerUser;

    @ConfigProperty(name = "dondoc.login.max-failures-per-address", defaultValue = "20")
    int freePerAddress;

    @ConfigProperty(name = "dondoc.login.max-delay-per-user", defaultValue = "PT1M")
    Duration maxDelayPerUser;

    @ConfigProperty(name = "dondoc.login.max-delay-per-address", defaultValue = "PT15M")
    Duration maxDelayPerAddress;

    @ConfigProperty(name = "dondoc.login.window", defaultValue = "PT15M")
    Duration window;

    /** Changes the number of failures one address may have before its attempts wait (tests). */
    void setMaxFailuresPerAddress(int failures) {
        freePerAddress = failures;
    }

    /** Recent failures of one user name or one address: how many, and when the last was. */
    record Failures(long count, Instant last) {

        /** When the next attempt may be made: {@code 2^(count - free)} seconds after the last failure, at most {@code max}. */
        Instant nextAttempt(int free, Duration max) {
            if (count < free || last == null) {
                return Instant.MIN;
            }
            long doublings = count - free;
            long seconds = doublings >= 62 ? Long.MAX_VALUE : 1L << doublings;
            return last.plus(Duration.ofSeconds(Math.min(seconds, max.toSeconds())));
        }
    }

    /** How long an attempt for this user name from this address must still wait; zero when it may be made now. */
    Duration wait(String username, String address) {
        Instant now = Instant.now();
        Instant next = ofUser(username).nextAttempt(freePerUser, maxDelayPerUser);
        if (address != null) {
            Instant byAddress = ofAddress(address).nextAttempt(freePerAddress, maxDelayPerAddress);
            next = byAddress.isAfter(next) ? byAddress : next;
        }
        return next.isAfter(now) ? Duration.between(now, next) : Duration.ZERO;
    }

    /** The recent failures of a user name, for the administrator. */
    Failures ofUser(String username) {
        return failures("f.username", clip(username));
    }

    Failures ofAddress(String address) {
        return failures("f.address", clip(address));
    }

    /** An account's login delay as its page shows it: recent failures, and until when the next attempt waits (or null). */
    public record Delay(long failures, Instant until) {

        private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy").withZone(AuditEntry.ZONE);

        public String untilText() {
            return until == null ? null : SHOWN.format(until);
        }
    }

    /** The account's delay, or null when its recent failures have not reached the number that starts one. */
    Delay delayOf(String username) {
        Failures failures = ofUser(username);
        if (failures.count() < freePerUser) {
            return null;
        }
        Instant next = failures.nextAttempt(freePerUser, maxDelayPerUser);
        return new Delay(failures.count(), next.isAfter(Instant.now()) ? next : null);
    }

    private Failures failures(String field, String value) {
        Object[] row = em.createQuery("select count(f), max(f.at) from LoginFailure f where " + field + " = ?1 and f.at > ?2", Object[].class)
                .setParameter(1, value).setParameter(2, Instant.now().minus(window)).getSingleResult();
        return new Failures((Long) row[0], (Instant) row[1]);
    }

    /** Records a failed login; the failure that starts a wait goes to the audit trail. */
    @Transactional
    void failed(String username, String address) {
        LoginFailure failure = new LoginFailure();
        failure.username = clip(username == null ? "" : username);
        failure.address = clip(address);
        failure.at = Instant.now();
        em.persist(failure);
        long byUser = ofUser(failure.username).count();
        if (byUser == freePerUser) {
            User user = User.findByUsername(failure.username).orElse(null);
            String facts = "username=" + failure.username + "; failures=" + byUser + "; address=" + (address == null ? "" : failure.address);
            AuditEntry.record(Actors.SYSTEM, user == null ? AUDIT_TYPE : UserAdminResource.AUDIT_TYPE, user == null ? null : user.id,
                    "lock", null, facts);
        }
        if (address != null && ofAddress(failure.address).count() == freePerAddress) {
            AuditEntry.record(Actors.SYSTEM, AUDIT_TYPE, null, "lock", null, "address=" + failure.address + "; failures=" + freePerAddress);
        }
    }

    @Transactional
    void succeeded(String username) {
        forget(username);
    }

    /** An administrator lifts the wait of an account: its failures are forgotten, and the trail says who did it. */
    @Transactional
    void lift(User user, String actor) {
        long forgotten = forget(user.username);
        AuditEntry.record(actor, UserAdminResource.AUDIT_TYPE, user.id, "unlock", "failures=" + forgotten, null);
    }

    private long forget(String username) {
        return em.createQuery("delete from LoginFailure f where f.username = ?1").setParameter(1, clip(username)).executeUpdate();
    }

    private static String clip(String value) {
        return value == null || value.length() <= 100 ? value : value.substring(0, 100);
    }
}
