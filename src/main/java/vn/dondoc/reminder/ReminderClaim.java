package vn.dondoc.reminder;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import vn.dondoc.web.UniqueViolation;

/**
 * One body's reminder of one day, claimed by the run that sends it and marked sent once its mail is out.
 * The claim is taken before sending and marked after, each in a transaction of its own: a run that fails or
 * stops between the two leaves the claim unsent, and a later run takes it again (at once when the failure was
 * seen, after the lease when the sender vanished). Two runs at once never hold the same claim.
 */
@Entity
@Table(name = "reminder_claim")
@IdClass(ReminderClaim.Key.class)
public class ReminderClaim extends PanacheEntityBase {

    @Id
    @Column(name = "run_date")
    public LocalDate runDate;
    @Id
    @Column(name = "body_id")
    public Long bodyId;
    @Column(name = "claimed_at")
    public Instant claimedAt;
    /** The run holding the claim; null once it let go after a failed mail. */
    @Column(name = "claimed_by")
    public String claimedBy;
    public int attempts;
    @Column(name = "sent_at")
    public Instant sentAt;

    /** The primary key: a day and a body. */
    public static class Key implements Serializable {
        public LocalDate runDate;
        public Long bodyId;

        public Key() {
        }

        Key(LocalDate runDate, Long bodyId) {
            this.runDate = runDate;
            this.bodyId = bodyId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(runDate, key.runDate) && Objects.equals(bodyId, key.bodyId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(runDate, bodyId);
        }
    }

    /**
     * Takes the body's reminder of the day for the run: a new claim, or one that is not sent, has tries left and
     * is either let go or older than the lease. False when the mail is sent, given up, or in another run's hands.
     */
    static boolean take(LocalDate day, long bodyId, String run, Duration lease, int maxAttempts) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Instant now = Instant.now();
                if (findById(new Key(day, bodyId)) == null) {
                    ReminderClaim claim = new ReminderClaim();
                    claim.runDate = day;
                    claim.bodyId = bodyId;
                    claim.claimedAt = now;
                    claim.claimedBy = run;
                    claim.attempts = 1;
                    claim.persistAndFlush();
                    return true;
                }
                return update("claimedAt = ?1, claimedBy = ?2, attempts = attempts + 1 where runDate = ?3 and bodyId = ?4"
                        + " and sentAt is null and attempts < ?5 and (claimedBy is null or claimedAt < ?6)",
                        now, run, day, bodyId, maxAttempts, now.minus(lease)) == 1;
            });
        } catch (PersistenceException e) {
            if (UniqueViolation.in(e)) {
                // Another run inserted the claim between our look and our insert: it is that run's to send.
                return false;
            }
            throw e;
        }
    }

    /** The run's mail for the body is out. */
    static void sent(LocalDate day, long bodyId, String run) {
        QuarkusTransaction.requiringNew().run(() -> update("sentAt = ?1 where runDate = ?2 and bodyId = ?3 and claimedBy = ?4",
                Instant.now(), day, bodyId, run));
    }

    /** The run's mail for the body failed: the next run may try again without waiting for the lease. */
    static void release(LocalDate day, long bodyId, String run) {
        QuarkusTransaction.requiringNew().run(() -> update("claimedBy = null where runDate = ?1 and bodyId = ?2 and claimedBy = ?3"
                + " and sentAt is null", day, bodyId, run));
    }

    /** Claims of the day that are neither sent nor given up: a later run still has work to do. */
    static long unfinished(LocalDate day, int maxAttempts) {
        return QuarkusTransaction.requiringNew().call(() -> count("runDate = ?1 and sentAt is null and attempts < ?2", day, maxAttempts));
    }

    static long sentOn(LocalDate day) {
        return QuarkusTransaction.requiringNew().call(() -> count("runDate = ?1 and sentAt is not null", day));
    }
}
