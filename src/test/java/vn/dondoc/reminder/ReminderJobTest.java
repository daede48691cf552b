package vn.dondoc.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dondoc.account.TestAccounts;
import vn.dondoc.account.User;
import vn.dondoc.body.TestBodies;
import vn.dondoc.task.Assignment;
import vn.dondoc.task.DeadlineRequest;
import vn.dondoc.task.Progress;
import vn.dondoc.task.Role;
import vn.dondoc.task.Status;
import vn.dondoc.task.TestTasks;
import vn.dondoc.web.AppRole;
import vn.dondoc.web.OfficeClock;
import vn.dondoc.web.WebSession;

@QuarkusTest
class ReminderJobTest {

    @Inject
    ReminderJob job;
    @Inject
    MockMailbox mailbox;
    @Inject
    Mailer mailer;

    /** A run for a later day also reminds other tests' bodies: each test looks only at its own mails. */
    @BeforeEach
    void emptyMailbox() {
        mailbox.clear();
    }

    @Test
    void eachBodyGetsOneMailWithItsOverdueAndDueSoonAssignments() {
        LocalDate today = uniqueDay();
        String organisation = TestBodies.create("Ban Nhắc hạn");
        String first = staffWithEmail(organisation);
        String second = staffWithEmail(organisation);
        String other = TestBodies.create("Bộ Nhắc hạn");
        String otherStaff = staffWithEmail(other);
        TestTasks.one(organisation, "Hoàn thiện đề án sắp xếp bộ máy", today.minusDays(3), Role.LEAD, Status.IN_PROGRESS);
        TestTasks.one(organisation, "Tổng kết Nghị quyết 18", today.plusDays(2), Role.SUPPORT, Status.NOT_STARTED);
        TestTasks.one(organisation, "Báo cáo năm sau", today.plusDays(30), Role.LEAD, Status.NOT_STARTED);
        TestTasks.one(organisation, "Việc đã xong từ lâu", today.minusDays(10), Role.LEAD, Status.DONE);
        TestTasks.one(other, "Rà soát quy hoạch cán bộ", today.plusDays(7), Role.LEAD, Status.NOT_STARTED);

        job.send(today);

        List<Mail> mails = mailbox.getMailsSentTo(first);
        assertEquals(1, mails.size());
        Mail mail = mails.get(0);
        assertTrue(mail.getTo().contains(second), "one mail to all the body's staff");
        assertEquals("[Đôn đốc] 1 nhiệm vụ sắp đến hạn, 1 nhiệm vụ quá hạn — " + TestBodies.nameOf(organisation), mail.getSubject());
        String text = mail.getText();
        assertTrue(text.contains("Hoàn thiện đề án sắp xếp bộ máy"), text);
        assertTrue(text.contains(day(today.minusDays(3)) + " (quá hạn 3 ngày) · chủ trì"), text);
        assertTrue(text.contains("Tổng kết Nghị quyết 18"), text);
        assertTrue(text.contains(day(today.plusDays(2)) + " (còn 2 ngày) · phối hợp"), text);
        assertTrue(text.contains("/tasks/"), text);
        assertFalse(text.contains("Báo cáo năm sau"), "beyond the days ahead");
        assertFalse(text.contains("Việc đã xong từ lâu"), "done work is not reminded");

        List<Mail> otherMails = mailbox.getMailsSentTo(otherStaff);
        assertEquals(1, otherMails.size());
        assertEquals("[Đôn đốc] 1 nhiệm vụ sắp đến hạn — " + TestBodies.nameOf(other), otherMails.get(0).getSubject());
        assertFalse(otherMails.get(0).getText().contains("Hoàn thiện đề án"));
    }

    @Test
    void theMailListsWhatWaitsForTheClerksConfirmation() {
        LocalDate today = uniqueDay();
        String body = TestBodies.create("Ban Chờ xác nhận");
        String staff = staffWithEmail(body);
        TestTasks.one(body, "Việc còn quá hạn", today.minusDays(2), Role.LEAD, Status.IN_PROGRESS);
        TestTasks.one(body, "Việc đã báo cáo xong", today.minusDays(5), Role.LEAD, Status.REPORTED);

        job.send(today);

        String text = mailbox.getMailsSentTo(staff).get(0).getText();
        assertTrue(text.contains("ĐÃ BÁO CÁO HOÀN THÀNH, CHỜ VĂN THƯ XÁC NHẬN (1)"), text);
        assertTrue(text.indexOf("Việc đã báo cáo xong") > text.indexOf("CHỜ VĂN THƯ XÁC NHẬN"), "listed as waiting, not as overdue");
        assertTrue(text.contains("QUÁ HẠN (1)"), "the overdue one alone is overdue: " + text);
    }

    @Test
    void onlyEnabledStaffWithAnAddressAreWritten() {
        LocalDate today = uniqueDay();
        String body = TestBodies.create("Ban Người nhận");
        String staff = staffWithEmail(body);
        String viewer = withEmail(TestAccounts.create(AppRole.VIEWER, body));
        String disabled = staffWithEmail(body);
        QuarkusTransaction.requiringNew().run(() -> User.findByUsername(disabled.substring(0, disabled.indexOf('@'))).orElseThrow().enabled = false);
        TestTasks.one(body, "Chuẩn bị hội nghị", today.plusDays(1), Role.LEAD, Status.NOT_STARTED);

        job.send(today);

        assertEquals(1, mailbox.getMailsSentTo(staff).size());
        assertEquals(List.of(staff), mailbox.getMailsSentTo(staff).get(0).getTo());
        assertTrue(mailbox.getMailsSentTo(viewer).isEmpty());
        assertTrue(mailbox.getMailsSentTo(disabled).isEmpty());
    }

    @Test
    void aBodyWithNothingDueGetsNoMail() {
        LocalDate today = uniqueDay();
        String body = TestBodies.create("Ban Thong thả");
        String staff = staffWithEmail(body);
        TestTasks.one(body, "Việc của tháng sau", today.plusDays(8), Role.LEAD, Status.NOT_STARTED);
        TestTasks.one(body, "Việc đã xong", today.minusDays(1), Role.LEAD, Status.DONE);

        job.send(today);

        assertTrue(mailbox.getMailsSentTo(staff).isEmpty());
    }

    @Test
    void theDayIsSentOnlyOnceAcrossInstances() {
        LocalDate today = uniqueDay();
        String body = TestBodies.create("Ban Một lần");
        String staff = staffWithEmail(body);
        TestTasks.one(body, "Gửi báo cáo quý", today, Role.LEAD, Status.NOT_STARTED);

        assertTrue(job.send(today) >= 1);
        assertEquals(0, job.send(today));

        assertEquals(1, mailbox.getMailsSentTo(staff).size());
        assertTrue(mailbox.getMailsSentTo(staff).get(0).getText().contains("đến hạn hôm nay"));
    }

    @Test
    void aMailThatFailsIsSentByTheNextRunAndOnlyIt() {
        LocalDate today = uniqueDay();
        String delivered = staffOfABodyWithWorkDue("Ban Gửi được", today);
        String refused = staffOfABodyWithWorkDue("Ban Gửi lỗi", today);

        job.send(today, mail -> {
            if (mail.getTo().contains(refused)) {
                throw new IllegalStateException("550 mailbox unavailable");
            }
            mailer.send(mail);
        });
        assertEquals(1, mailbox.getMailsSentTo(delivered).size());
        assertTrue(mailbox.getMailsSentTo(refused).isEmpty());
        assertTrue(ReminderRun.unfinished(today), "the day is taken up again while a mail is unsent");

        job.send(today);

        assertEquals(1, mailbox.getMailsSentTo(refused).size(), "the next run sends the failed mail");
        assertEquals(1, mailbox.getMailsSentTo(delivered).size(), "and not again the one that went out");
        assertFalse(ReminderRun.unfinished(today));
    }

    @Test
    void aRunThatStopsMidwayLeavesTheUnsentBodiesToTheNextRun() {
        LocalDate today = uniqueDay();
        String prefix = "Ban Dừng giữa chừng " + UUID.randomUUID();
        String first = staffOfABodyWithWorkDue(prefix + " 1", today);
        String stoppedAt = staffOfABodyWithWorkDue(prefix + " 2", today);
        String after = staffOfABodyWithWorkDue(prefix + " 3", today);

        // Bodies are written to in the order of their names: the process dies while sending to the second.
        assertThrows(ProcessDied.class, () -> job.send(today, mail -> {
            if (mail.getTo().contains(stoppedAt)) {
                throw new ProcessDied();
            }
            mailer.send(mail);
        }));
        assertEquals(1, mailbox.getMailsSentTo(first).size());
        assertTrue(mailbox.getMailsSentTo(after).isEmpty());

        job.send(today);
        assertEquals(1, mailbox.getMailsSentTo(after).size(), "the bodies the dead run never reached are sent");
        assertTrue(mailbox.getMailsSentTo(stoppedAt).isEmpty(), "the dead run's claim holds until its lease ends");
        assertTrue(ReminderRun.unfinished(today));

        expireClaim(today, stoppedAt);
        job.send(today);

        assertEquals(1, mailbox.getMailsSentTo(stoppedAt).size(), "once the lease is over, the next run sends it");
        assertEquals(1, mailbox.getMailsSentTo(first).size());
        assertEquals(1, mailbox.getMailsSentTo(after).size());
        assertFalse(ReminderRun.unfinished(today));
    }

    @Test
    void twoRunsAtOnceSendEachBodysMailOnce() throws Exception {
        LocalDate today = uniqueDay();
        List<String> staff = List.of(staffOfABodyWithWorkDue("Ban Song song 1", today),
                staffOfABodyWithWorkDue("Ban Song song 2", today), staffOfABodyWithWorkDue("Ban Song song 3", today));
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(instances.submit(() -> {
                    start.await();
                    return job.send(today);
                }));
            }
            start.countDown();
            for (Future<Integer> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            instances.shutdownNow();
        }
        for (String address : staff) {
            assertEquals(1, mailbox.getMailsSentTo(address).size(), address);
        }
    }

    @Test
    void aMailRefusedEveryTimeIsGivenUpAfterTheLastTry() {
        LocalDate today = uniqueDay();
        String refused = staffOfABodyWithWorkDue("Ban Luôn lỗi", today);
        int[] tries = {0};
        for (int run = 0; run < ReminderJob.MAX_ATTEMPTS + 2; run++) {
            job.send(today, mail -> {
                if (mail.getTo().contains(refused)) {
                    tries[0]++;
                    throw new IllegalStateException("550 mailbox unavailable");
                }
                mailer.send(mail);
            });
        }
        assertEquals(ReminderJob.MAX_ATTEMPTS, tries[0]);
        assertFalse(ReminderRun.unfinished(today), "a mail given up does not keep the day open");
    }

    @Test
    void noMailWhileRemindersAreSwitchedOff() {
        LocalDate today = uniqueDay();
        String body = TestBodies.create("Ban Tắt nhắc");
        String staff = staffWithEmail(body);
        TestTasks.one(body, "Việc quá hạn", today.minusDays(5), Role.LEAD, Status.NOT_STARTED);

        assertEquals(0, job.run(today));

        assertTrue(mailbox.getMailsSentTo(staff).isEmpty());
    }

    /** Each test its own day: the once-a-day guard would otherwise keep a second test from sending. */
    @Test
    void theMailListsTheDeadlineRequestsRefusedSinceTheLastOneEvenWithNothingDue() {
        LocalDate today = uniqueDay();
        String body = TestBodies.create("Ban Bị từ chối");
        String staff = staffWithEmail(body);
        TestTasks.One c = TestTasks.one(body, "Đề án còn lâu mới đến hạn", today.plusDays(30), Role.LEAD, Status.IN_PROGRESS);
        String form = "/tasks/" + c.taskId() + "/assignments/" + c.assignmentId() + "/deadline-request";
        WebSession.login(staff.substring(0, staff.indexOf('@')), TestAccounts.PASSWORD).postForm(form, form,
                java.util.Map.of("deadline", "31/12/2199", "reason", "Cần thêm thời gian")).then().statusCode(303);
        long id = QuarkusTransaction.requiringNew().call(() -> DeadlineRequest.pendingOf(Assignment.findById(c.assignmentId())).orElseThrow().id);
        WebSession.login(TestAccounts.create(AppRole.CLERK), TestAccounts.PASSWORD).postForm("/deadline-requests",
                "/deadline-requests/" + id + "/refuse", java.util.Map.of("reason", "Không đủ căn cứ")).then().statusCode(303);
        // Refused the day before the run, as the run's day is far ahead of the clock.
        QuarkusTransaction.requiringNew().run(() -> ((DeadlineRequest) DeadlineRequest.findById(id)).decidedAt =
                today.minusDays(1).atTime(9, 0).atZone(OfficeClock.ZONE).toInstant());

        job.send(today);

        List<Mail> mails = mailbox.getMailsSentTo(staff);
        assertEquals(1, mails.size());
        assertTrue(mails.get(0).getSubject().contains("1 đề nghị gia hạn không được đồng ý"), mails.get(0).getSubject());
        String text = mails.get(0).getText();
        assertTrue(text.contains("Đề án còn lâu mới đến hạn"), text);
        assertTrue(text.contains("Đề nghị đến 31/12/2199 không được đồng ý: Không đủ căn cứ"), text);
    }

    private static LocalDate uniqueDay() {
        return LocalDate.of(2200, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 36_500));
    }

    /** Stands for the process dying mid-run: nothing in the job catches it. */
    static class ProcessDied extends Error {
    }

    /** A new body with one staff member and an overdue task; returns the staff member's address. */
    private static String staffOfABodyWithWorkDue(String name, LocalDate today) {
        String body = TestBodies.create(name);
        String staff = staffWithEmail(body);
        TestTasks.one(body, "Việc của " + name, today.minusDays(1), Role.LEAD, Status.IN_PROGRESS);
        return staff;
    }

    /** Makes the claim on the body of this staff member look older than the lease. */
    private static void expireClaim(LocalDate day, String staffEmail) {
        QuarkusTransaction.requiringNew().run(() -> {
            Long body = User.findByUsername(staffEmail.substring(0, staffEmail.indexOf('@'))).orElseThrow().body.id;
            assertEquals(1, ReminderClaim.update("claimedAt = ?1 where runDate = ?2 and bodyId = ?3",
                    Instant.now().minus(Duration.ofMinutes(20)), day, body));
        });
    }

    private static String staffWithEmail(String bodyCode) {
        return withEmail(TestAccounts.create(AppRole.STAFF, bodyCode));
    }

    private static String withEmail(String username) {
        String email = username + "@dondoc.test";
        QuarkusTransaction.requiringNew().run(() -> User.findByUsername(username).orElseThrow().email = email);
        return email;
    }

    private static String day(LocalDate date) {
        return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
