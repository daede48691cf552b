package vn.dondoc.reminder;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** The day's sending of reminders, claimed by one instance of the application. */
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

    /**
     * Inserts the day's row in a transaction of its own. The primary key makes this the lock: when several
     * instances start the job at 07:00, the database lets exactly one insert succeed.
     */
    static boolean claim(LocalDate day) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                ReminderRun run = new ReminderRun();
                run.runDate = day;
                run.startedAt = Instant.now();
                run.persistAndFlush();
            });
            return true;
        } catch (RuntimeException e) {
            boolean taken = QuarkusTransaction.requiringNew().call(() -> findById(day) != null);
            if (taken) {
                return false;
            }
            throw e;
        }
    }

    static void finish(LocalDate day, int mailsSent) {
        QuarkusTransaction.requiringNew().run(() -> {
            ReminderRun run = findById(day);
            run.finishedAt = Instant.now();
            run.mailsSent = mailsSent;
        });
    }
}
