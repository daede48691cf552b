package vn.dondoc.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dondoc.audit.AuditEntry;
import vn.dondoc.web.Actors;
import vn.dondoc.web.OfficeClock;

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

    /** A login attempt as the guard sees it: the account of that name (or null), and the recent failures. */
    record Attempt(User user, Failures byUser, Failures byAddress) {
    }

    /**
     * The account of this name with its body and the recent failures of the name and of the address, in one
     * statement when the account exists (the usual case, and the only one a successful login has).
     */
    Attempt attempt(String username, String address) {
        Instant since = Instant.now().minus(window);
        String failures = " from LoginFailure f where f.%s = ?%d and f.at > ?2)";
        List<Object[]> rows = em.createQuery("select u, (select count(f)" + failures.formatted("username", 3)
                        + ", (select max(f.at)" + failures.formatted("username", 3) + ", (select count(f)" + failures.formatted("address", 4)
                        + ", (select max(f.at)" + failures.formatted("address", 4) + " from User u left join fetch u.body where u.username = ?1",
                        Object[].class)
                .setParameter(1, username).setParameter(2, since).setParameter(3, clip(username))
                .setParameter(4, address == null ? "" : clip(address)).getResultList();
        if (rows.isEmpty()) {
            return new Attempt(null, ofUser(username), address == null ? new Failures(0, null) : ofAddress(address));
        }
        Object[] row = rows.get(0);
        Failures byAddress = address == null ? new Failures(0, null) : new Failures((Long) row[3], (Instant) row[4]);
        return new Attempt((User) row[0], new Failures((Long) row[1], (Instant) row[2]), byAddress);
    }

    /** How long an attempt for this user name from this address must still wait; zero when it may be made now. */
    Duration wait(String username, String address) {
        return wait(attempt(username, address));
    }

    Duration wait(Attempt attempt) {
        Instant now = Instant.now();
        Instant next = attempt.byUser().nextAttempt(freePerUser, maxDelayPerUser);
        Instant byAddress = attempt.byAddress().nextAttempt(freePerAddress, maxDelayPerAddress);
        next = byAddress.isAfter(next) ? byAddress : next;
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

        private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy").withZone(OfficeClock.ZONE);

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

    /** Forgets the name's failures after a successful login; a name without failures costs no statement. */
    void succeeded(Attempt attempt) {
        if (attempt.byUser().count() > 0) {
            forgetFailures(attempt.user().username);
        }
    }

    @Transactional
    void forgetFailures(String username) {
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
