package vn.dondoc.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.dondoc.directive.Directive;
import vn.dondoc.web.OfficeClock;

/** A directive with its tasks, as the API shows it. */
public record DirectiveJson(Long id, String number, String kind, String title, String issuer, LocalDate documentDate,
        Instant importedAt, String importedBy, Instant withdrawnAt, String withdrawnBy, String withdrawalReason, long version,
        List<TaskJson> tasks) {

    public static DirectiveJson of(Directive d) {
        return new DirectiveJson(d.id, d.number, d.kind, d.title, d.issuer, d.documentDate, d.importedAt, d.importedBy,
                d.withdrawnAt, d.withdrawnBy, d.withdrawalReason, d.version,
                Task.rows(Task.ofDirective(d), OfficeClock.today()).stream().map(TaskJson::of).toList());
    }

    public record TaskJson(Long id, int position, String text, String section, Integer start, Integer end, LocalDate deadline,
            String deadlineText, String deadlineKind, List<OwnerJson> owners) {

        static TaskJson of(TaskRow row) {
            Task t = row.task();
            return new TaskJson(t.id, t.position, t.text, t.section, t.startOffset, t.endOffset, t.deadline, t.deadlineText,
                    t.deadlineKind.name(), row.owners().stream().map(OwnerJson::of).toList());
        }
    }

    public record OwnerJson(String code, String name, String role, String status, boolean inferred, String reason) {

        static OwnerJson of(Assignment a) {
            return new OwnerJson(a.body.code, a.body.name, a.role.name(), a.status.name(), a.inferred, a.reason);
        }
    }
}
