package vn.dondoc.reminder;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.dondoc.task.DailyMessages;

/**
 * Every morning, one e-mail per body (nhắc hạn) to its staff: the body's open assignments that are overdue or
 * fall due within the next days, so that nobody has to open the tracker to learn what is pressing.
 */
@ApplicationScoped
public class ReminderJob {

    /** Deadlines are days in Vietnam, whatever the server's clock says. */
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Logger LOG = Logger.getLogger(ReminderJob.class);

    @ConfigProperty(name = "dondoc.reminders.enabled")
    boolean enabled;
    @ConfigProperty(name = "dondoc.reminders.days-ahead")
    int daysAhead;
    @ConfigProperty(name = "dondoc.base-url")
    String baseUrl;
    @Inject
    Mailer mailer;
    @Inject
    DailyMessages msg;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance digest(Digest digest, int daysAhead, String baseUrl);
    }

    @Scheduled(cron = "{dondoc.reminders.cron}", timeZone = "Asia/Ho_Chi_Minh",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void everyMorning() {
        run(LocalDate.now(ZONE));
    }

    /** The scheduled run for a day: nothing unless reminders are switched on. Returns the number of mails sent. */
    public int run(LocalDate today) {
        return enabled ? send(today) : 0;
    }

    /** Sends the day's digests unless another instance already has. */
    int send(LocalDate today) {
        if (!ReminderRun.claim(today)) {
            LOG.infof("Reminders for %s already sent by another instance", today);
            return 0;
        }
        List<Mail> mails = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (Digest digest : Digest.collect(today, daysAhead, baseUrl)) {
                mails.add(mailOf(digest));
            }
        });
        int sent = 0;
        for (Mail mail : mails) {
            try {
                mailer.send(mail);
                sent++;
            } catch (RuntimeException e) {
                LOG.errorf(e, "Reminder to %s could not be sent", mail.getTo());
            }
        }
        ReminderRun.finish(today, sent);
        LOG.infof("Reminders for %s: %d e-mails sent", today, sent);
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
        String subject = msg.reminder_mail_subject(String.join(", ", counts), digest.bodyName());
        String text = Templates.digest(digest, daysAhead, baseUrl).render();
        return Mail.withText(digest.recipients().get(0), subject, text).setTo(digest.recipients());
    }
}
