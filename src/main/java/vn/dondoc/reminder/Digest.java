package vn.dondoc.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dondoc.account.User;
import vn.dondoc.body.ResponsibleBody;
import vn.dondoc.task.Assignment;
import vn.dondoc.task.DeadlineRequest;
import vn.dondoc.task.Progress;
import vn.dondoc.task.Role;
import vn.dondoc.web.DateFormats;
import vn.dondoc.web.OfficeClock;

/**
 * One body's reminder: the staff it goes to, the body's open assignments that are overdue or due soon, its
 * deadline requests refused since its last reminder went out, and the assignments it has reported done that wait
 * for the clerk's confirmation.
 */
record Digest(long bodyId, String bodyCode, String bodyName, List<String> recipients, List<Line> overdue, List<Line> dueSoon,
        List<Refused> refused, List<Line> reported) {

    /** How far back refusals are looked for when a body has had no reminder yet. */
    static final int REFUSED_DAYS = 7;
    /** Reported assignments listed in one mail at most, oldest report first. */
    static final int REPORTED_LISTED = 20;

    /** A refused deadline request, with the clerk's reason. */
    record Refused(String text, String requested, String reason, String url) {
    }

    /** One assignment in the mail. {@code days} counts from today: negative when late. */
    record Line(String text, String directiveTitle, Role role, String deadline, long days, String url) {

        public long daysLate() {
            return -days;
        }

        public boolean lead() {
            return role == Role.LEAD;
        }
    }

    /** The digests for every body that has staff with an e-mail address and something due by today + daysAhead. */
    static List<Digest> collect(LocalDate today, int daysAhead, String baseUrl) {
        Map<ResponsibleBody, List<Assignment>> byBody = new LinkedHashMap<>();
        for (Assignment a : Assignment.openDueBy(today.plusDays(daysAhead))) {
            byBody.computeIfAbsent(a.body, b -> new ArrayList<>()).add(a);
        }
        Map<Long, List<Refused>> refused = refusedSinceLastMail(today, baseUrl, byBody);
        if (byBody.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Assignment>> reportedByBody = new HashMap<>();
        for (Assignment a : Assignment.reportedOf(byBody.keySet().stream().map(b -> b.id).toList())) {
            reportedByBody.computeIfAbsent(a.body.id, b -> new ArrayList<>()).add(a);
        }
        Map<ResponsibleBody, List<String>> staff = new LinkedHashMap<>();
        for (User user : User.staffToRemind(byBody.keySet())) {
            staff.computeIfAbsent(user.body, b -> new ArrayList<>()).add(user.email.trim());
        }
        List<Digest> digests = new ArrayList<>();
        byBody.forEach((body, assignments) -> {
            List<String> recipients = staff.get(body);
            if (recipients == null) {
                return;
            }
            List<Line> overdue = new ArrayList<>();
            List<Line> dueSoon = new ArrayList<>();
            for (Assignment a : assignments) {
                long days = ChronoUnit.DAYS.between(today, a.deadline);
                Line line = new Line(a.task.text, a.task.directive.title, a.role, DateFormats.dmy(a.deadline),
                        days, stripSlash(baseUrl) + "/tasks/" + a.task.id);
                (a.progress(today) == Progress.OVERDUE ? overdue : dueSoon).add(line);
            }
            List<Line> reported = new ArrayList<>();
            for (Assignment a : reportedByBody.getOrDefault(body.id, List.of()).stream().limit(REPORTED_LISTED).toList()) {
                reported.add(new Line(a.task.text, a.task.directive.title, a.role, DateFormats.dmy(a.doneOn), 0,
                        stripSlash(baseUrl) + "/tasks/" + a.task.id));
            }
            digests.add(new Digest(body.id, body.code, body.name, recipients, overdue, dueSoon, refused.getOrDefault(body.id, List.of()), reported));
        });
        return digests;
    }

    /**
     * Each body's requests refused since its last reminder was sent (at most {@value #REFUSED_DAYS} days back);
     * a body with refusals and nothing due is added to {@code byBody} so that it gets a mail too.
     */
    private static Map<Long, List<Refused>> refusedSinceLastMail(LocalDate today, String baseUrl,
            Map<ResponsibleBody, List<Assignment>> byBody) {
        Instant earliest = today.minusDays(REFUSED_DAYS).atStartOfDay(OfficeClock.ZONE).toInstant();
        Map<Long, Instant> lastSent = new HashMap<>();
        for (Object[] row : ReminderClaim.getEntityManager().createQuery("select c.bodyId, max(c.sentAt) from ReminderClaim c"
                + " where c.sentAt is not null and c.runDate < :today group by c.bodyId", Object[].class)
                .setParameter("today", today).getResultList()) {
            lastSent.put((Long) row[0], (Instant) row[1]);
        }
        Map<Long, List<Refused>> refused = new LinkedHashMap<>();
        for (DeadlineRequest r : DeadlineRequest.refusedSince(earliest)) {
            Instant since = lastSent.getOrDefault(r.assignment.body.id, earliest);
            if (r.decidedAt.isBefore(since) || r.assignment.withdrawn) {
                continue;
            }
            refused.computeIfAbsent(r.assignment.body.id, b -> new ArrayList<>()).add(new Refused(r.assignment.task.text,
                    DateFormats.dmy(r.requestedDeadline), r.decisionReason, stripSlash(baseUrl) + "/tasks/" + r.assignment.task.id));
            byBody.computeIfAbsent(r.assignment.body, b -> new ArrayList<>());
        }
        return refused;
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
