package vn.dondoc.reminder;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dondoc.account.User;
import vn.dondoc.body.ResponsibleBody;
import vn.dondoc.task.Assignment;
import vn.dondoc.task.Role;

/**
 * One body's reminder: the staff it goes to, the body's open assignments that are overdue or due soon, and those it
 * has reported done that wait for the clerk's confirmation.
 */
record Digest(long bodyId, String bodyCode, String bodyName, List<String> recipients, List<Line> overdue, List<Line> dueSoon,
        List<Line> reported) {

    /** Reported assignments listed in one mail at most, oldest report first. */
    static final int REPORTED_LISTED = 20;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

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
        if (byBody.isEmpty()) {
            return List.of();
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
                long days = ChronoUnit.DAYS.between(today, a.task.deadline);
                Line line = new Line(a.task.text, a.task.directive.title, a.role, DAY.format(a.task.deadline),
                        days, stripSlash(baseUrl) + "/tasks/" + a.task.id);
                (days < 0 ? overdue : dueSoon).add(line);
            }
            List<Line> reported = new ArrayList<>();
            for (Assignment a : Assignment.reportedOf(body.id, REPORTED_LISTED)) {
                reported.add(new Line(a.task.text, a.task.directive.title, a.role, a.doneOn == null ? "" : DAY.format(a.doneOn), 0,
                        stripSlash(baseUrl) + "/tasks/" + a.task.id));
            }
            digests.add(new Digest(body.id, body.code, body.name, recipients, overdue, dueSoon, reported));
        });
        return digests;
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
