package vn.dondoc.report;

import java.time.LocalDate;

/**
 * Which tasks a report covers: one directive, the tasks whose deadline falls in a period, or all tasks
 * (a null field means no limit).
 */
record ReportScope(Long directiveId, LocalDate deadlineFrom, LocalDate deadlineTo) {

    static final ReportScope ALL = new ReportScope(null, null, null);
}
