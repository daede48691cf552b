package vn.dondoc.task;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.dondoc.web.PageLanguage;

/**
 * The table of the {@code taskTable} tag: the columns its switches choose and their headings in the page's language,
 * {@code {#let table=table:of(...)}}, and its lines, each a row with the table. A row of the tag's loop finds every
 * switch and heading on its own line: a name that the loop's element does not hold is looked for through each section
 * around it, on every row.
 *
 * @param directive under the task's words: "label" (its directive's number and title, the compact list), "title" or "none"
 * @param owners "summary", "list" or "none"
 */
public record TaskTable(String directive, String owners, boolean pick, boolean number, boolean deadlineFirst,
        boolean plainDeadline, boolean status, boolean done, Headings headings) {

    /** The headings of the columns, which each cell also carries as its label on a narrow screen. */
    public record Headings(String task, String deadline, String owners, String ownerList, String status, String number,
            String done) {

        static Headings read(String language) {
            TaskMessages msg = PageLanguage.bundle(TaskMessages.class, language);
            return new Headings(msg.task_table_task(), msg.task_table_deadline(), msg.task_table_owners(),
                    msg.directive_col_owners(), msg.task_table_status(), msg.directive_col_number(), msg.directive_show_done());
        }
    }

    /** A row of the table, with the table. */
    public record Line(TaskRow row, TaskTable table) {
    }

    /** The headings by language: the messages are fixed for the life of the application. */
    private static final Map<String, Headings> HEADINGS = new ConcurrentHashMap<>();

    /** The table of the tag's switches: each flag is on when the tag was given {@code true}, off when not given. */
    @TemplateExtension(namespace = "table")
    static TaskTable of(String directive, String owners, Object pick, Object number, Object deadlineFirst,
            Object plainDeadline, Object status, Object done, @TemplateAttribute("locale") Object locale,
            @TemplateAttribute("selectedVariant") Object variant) {
        return new TaskTable(directive, owners, on(pick), on(number), on(deadlineFirst), on(plainDeadline), on(status),
                on(done), HEADINGS.computeIfAbsent(PageLanguage.of(locale, variant), Headings::read));
    }

    private static boolean on(Object flag) {
        return Boolean.TRUE.equals(flag);
    }

    public List<Line> lines(List<TaskRow> rows) {
        return rows.stream().map(row -> new Line(row, this)).toList();
    }

    /** The compact list of the task list and a body's page: the directive under the task's words. */
    public boolean compact() {
        return "label".equals(directive);
    }

    public boolean directiveTitle() {
        return "title".equals(directive);
    }

    public boolean ownerSummary() {
        return "summary".equals(owners);
    }

    public boolean ownerList() {
        return "list".equals(owners);
    }
}
