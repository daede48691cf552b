package vn.dondoc.reminder;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The day's sending of reminders as a whole: started by the first run of the day, finished by the run that
 * leaves no body's mail unsent. Which body's mail is out is each body's {@link ReminderClaim}.
 */
@Entity
@Table(name = "reminder_run")
public class ReminderRun extends PanacheEntityBase {

    @Id
    @Column(name = "run_date")
    public LocalDate runDate;
    @Column(name = "started_at")
    public Instant startedAt;
    @Column(name = "finished_at")
    public Instant finishedAt;
    @Column(name = "mails_sent")
    public Integer mailsSent;

    /** Records that the day's sending has begun, unless a run of the day did so already. */
    static void start(LocalDate day) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                if (findById(day) == null) {
                    ReminderRun run = new ReminderRun();
                    run.runDate = day;
                    run.startedAt = Instant.now();
                    run.persistAndFlush();
                }
            });
        } catch (RuntimeException e) {
            // Another instance started the day at the same moment: its row serves for both.
            if (!QuarkusTransaction.requiringNew().call(() -> findById(day) != null)) {
                throw e;
            }
        }
    }

    /** True when a run of the day began and some body's mail may still be unsent. */
    static boolean unfinished(LocalDate day) {
        return QuarkusTransaction.requiringNew().call(() -> count("runDate = ?1 and finishedAt is null", day) > 0);
    }

    static void finish(LocalDate day, long mailsSent) {
        QuarkusTransaction.requiringNew().run(() -> {
            ReminderRun run = findById(day);
            run.finishedAt = Instant.now();
            run.mailsSent = (int) mailsSent;
        });
    }
}
