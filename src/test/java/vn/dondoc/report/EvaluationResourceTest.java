package vn.dondoc.report;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.dondoc.account.TestAccounts;
import vn.dondoc.body.TestBodies;
import vn.dondoc.task.Assignment;
import vn.dondoc.task.AssignmentTally;
import vn.dondoc.task.Role;
import vn.dondoc.task.Status;
import vn.dondoc.task.TestTasks;
import vn.dondoc.web.AppRole;
import vn.dondoc.web.WebSession;

/** The evaluation at the end of a period: its figures on data built for it, and the clerk's remarks. */
@QuarkusTest
class EvaluationResourceTest {

    /** A period far ahead, so that no other test's assignments are due in it. */
    private static final LocalDate FROM = LocalDate.of(2090, 1, 1);
    private static final LocalDate TO = LocalDate.of(2090, 3, 31);
    private static final String PERIOD = "?from=" + FROM + "&to=" + TO;

    @Test
    void eachBodyHasItsSharesOfTasksDoneOnTimeDoneLateAndNotDone() throws IOException {
        String body = TestBodies.create("Ban Đánh giá");
        TestTasks.one(body, "Đúng hạn một", LocalDate.of(2090, 2, 10), Role.LEAD, Status.DONE);
        TestTasks.one(body, "Đúng hạn hai", LocalDate.of(2090, 3, 31), Role.SUPPORT, Status.DONE);
        TestTasks.One late = TestTasks.one(body, "Quá hạn", LocalDate.of(2090, 1, 15), Role.LEAD, Status.DONE);
        TestTasks.one(body, "Chưa xong", LocalDate.of(2090, 2, 1), Role.LEAD, Status.IN_PROGRESS);
        TestTasks.one(body, "Ngoài kỳ", LocalDate.of(2090, 4, 1), Role.LEAD, Status.NOT_STARTED);
        QuarkusTransaction.requiringNew().run(() -> {
            Assignment a = Assignment.findById(late.assignmentId());
            a.doneOn = LocalDate.of(2090, 1, 20);
            AssignmentTally.refresh(java.util.List.of(a.directiveId), java.util.List.of(a.body.id));
        });
        QuarkusTransaction.requiringNew().run(() -> {
            Assignment a = Assignment.find("task.text", "Đúng hạn một").firstResult();
            a.doneOn = LocalDate.of(2090, 2, 1);
            Assignment b = Assignment.find("task.text", "Đúng hạn hai").firstResult();
            b.doneOn = LocalDate.of(2090, 3, 31);
        });
        WebSession viewer = WebSession.login(TestAccounts.create(AppRole.VIEWER), TestAccounts.PASSWORD);
        viewer.get("/reports/evaluation" + PERIOD).then().statusCode(200).body(containsString(TestBodies.nameOf(body)))
                .body(containsString("50,0%")).body(containsString("25,0%")).body(not(containsString("name=\"remark\"")));
        viewer.get("/reports/evaluation/print" + PERIOD).then().statusCode(200).body(containsString("PHỤ LỤC"));

        byte[] xlsx = viewer.get("/reports/evaluation/appendix.xlsx" + PERIOD).then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row row = null;
            for (Row r : book.getSheetAt(0)) {
                if (r.getCell(1) != null && TestBodies.nameOf(body).equals(r.getCell(1).getStringCellValue())) {
                    row = r;
                }
            }
            assertEquals(4, (long) row.getCell(2).getNumericCellValue(), "due in the period");
            assertEquals(2, (long) row.getCell(3).getNumericCellValue(), "on time");
            assertEquals(0.5, row.getCell(4).getNumericCellValue(), 1e-9);
            assertEquals(1, (long) row.getCell(5).getNumericCellValue(), "late");
            assertEquals(1, (long) row.getCell(7).getNumericCellValue(), "not done");
            assertEquals(0.25, row.getCell(8).getNumericCellValue(), 1e-9);
        }
        viewer.get("/reports/evaluation?from=31/02/2090&to=01/01/2090").then().statusCode(400)
                .body(containsString("Nhập ngày theo dạng ngày/tháng/năm"));
    }

    @Test
    void aRemarkSavedByAnotherClerkMeanwhileIsNotOverwritten() {
        String body = TestBodies.create("Ban Nhận xét");
        TestTasks.one(body, "Việc trong kỳ nhận xét", LocalDate.of(2090, 2, 2), Role.LEAD, Status.NOT_STARTED);
        WebSession first = WebSession.login(TestAccounts.create(AppRole.CLERK), TestAccounts.PASSWORD);
        WebSession second = WebSession.login(TestAccounts.create(AppRole.CLERK), TestAccounts.PASSWORD);
        WebSession viewer = WebSession.login(TestAccounts.create(AppRole.VIEWER), TestAccounts.PASSWORD);
        Map<String, String> form = Map.of("from", FROM.toString(), "to", TO.toString(), "body", body, "version", "",
                "remark", "Chậm triển khai, cần chấn chỉnh");
        first.postForm("/reports/evaluation" + PERIOD, "/reports/evaluation/remarks", form).then().statusCode(303);
        second.postForm("/reports/evaluation" + PERIOD, "/reports/evaluation/remarks", Map.of("from", FROM.toString(), "to", TO.toString(),
                "body", body, "version", "", "remark", "Nhận xét khác")).then().statusCode(409)
                .body(containsString("Nhận xét vừa được người khác lưu")).body(containsString("Chậm triển khai, cần chấn chỉnh"))
                .body(containsString("Nhận xét khác"));
        viewer.get("/reports/evaluation" + PERIOD).then().body(containsString("Chậm triển khai, cần chấn chỉnh"));
        viewer.postForm("/reports/evaluation" + PERIOD, "/reports/evaluation/remarks", form).then().statusCode(403);
        QuarkusTransaction.requiringNew().run(() -> assertEquals("Chậm triển khai, cần chấn chỉnh",
                PeriodEvaluation.<PeriodEvaluation>find("body.code", body).firstResult().remark));
    }
}
