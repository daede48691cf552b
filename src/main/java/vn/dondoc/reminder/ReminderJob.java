package vn.dondoc.reminder;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.dondoc.web.OfficeClock;

/**
 * Every morning, one e-mail per body (nhắc hạn) to its staff: the body's open assignments that are overdue or
 * fall due within the next days, so that nobody has to open the tracker to learn what is pressing.
 */
@ApplicationScoped
public class ReminderJob {

    private static final Logger LOG = Logger.getLogger(ReminderJob.class);
    /** A mail the server keeps refusing is given up after this many tries in a day. */
    static final int MAX_ATTEMPTS = 5;

    @ConfigProperty(name = "dondoc.reminders.enabled")
    boolean enabled;
    @ConfigProperty(name = "dondoc.reminders.days-ahead")
    int daysAhead;
    @ConfigProperty(name = "dondoc.base-url")
    String baseUrl;
    /** How long a run may hold a body's claim before another run takes it as abandoned. */
    @ConfigProperty(name = "dondoc.reminders.lease")
    Duration lease;
    @Inject
    Mailer mailer;
    @Inject
    ReminderMessages msg;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance digest(Digest digest, int daysAhead, String baseUrl);
    }

    @Scheduled(cron = "{dondoc.reminders.cron}", timeZone = OfficeClock.ZONE_NAME,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void everyMorning() {
        run(OfficeClock.today());
    }

    /** Until the day's run is finished, sends what it left: failed mails, and those of a run that stopped. */
    @Scheduled(every = "{dondoc.reminders.retry-every}", delayed = "{dondoc.reminders.retry-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void untilFinished() {
        LocalDate today = OfficeClock.today();
        if (enabled && ReminderRun.unfinished(today)) {
            send(today);
        }
    }

    /** The scheduled run for a day: nothing unless reminders are switched on. Returns the number of mails sent. */
    public int run(LocalDate today) {
        return enabled ? send(today) : 0;
    }

    /** Sends the day's digests that no run has sent yet. Returns the number of mails this run sent. */
    int send(LocalDate today) {
        return send(today, mailer::send);
    }

    /**
     * Sends, through {@code post}, each body's digest whose claim this run can take, and marks it sent right
     * after: a failure or a stop in the middle leaves only the unsent bodies to the next run.
     */
    int send(LocalDate today, Consumer<Mail> post) {
        ReminderRun.start(today);
        String run = UUID.randomUUID().toString();
        Map<Long, Mail> mails = new LinkedHashMap<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (Digest digest : Digest.collect(today, daysAhead, baseUrl)) {
                mails.put(digest.bodyId(), mailOf(digest));
            }
        });
        int sent = 0;
        for (Map.Entry<Long, Mail> entry : mails.entrySet()) {
            long body = entry.getKey();
            if (!ReminderClaim.take(today, body, run, lease, MAX_ATTEMPTS)) {
                continue;
            }
            try {
                post.accept(entry.getValue());
            } catch (RuntimeException e) {
                LOG.errorf(e, "Reminder to %s could not be sent; the next run tries again", entry.getValue().getTo());
                ReminderClaim.release(today, body, run);
                continue;
            }
            ReminderClaim.sent(today, body, run);
            sent++;
        }
        if (ReminderClaim.unfinished(today, MAX_ATTEMPTS) == 0) {
            ReminderRun.finish(today, ReminderClaim.sentOn(today));
        }
        LOG.infof("Reminders for %s: %d e-mails sent by this run", today, sent);
        return sent;
    }

    private Mail mailOf(Digest digest) {
        List<String> counts = new ArrayList<>();
        if (!digest.dueSoon().isEmpty()) {
            counts.add(msg.reminder_mail_due(digest.dueSoon().size()));
        }
        if (!digest.overdue().isEmpty()) {
            counts.add(msg.reminder_mail_overdue(digest.overdue().size()));
        }
        if (!digest.refused().isEmpty()) {
            counts.add(msg.digest_refused_count(digest.refused().size()));
        }
        String subject = msg.reminder_mail_subject(String.join(", ", counts), digest.bodyName());
        String text = Templates.digest(digest, daysAhead, baseUrl).render();
        return Mail.withText(digest.recipients().get(0), subject, text).setTo(digest.recipients());
    }
}
