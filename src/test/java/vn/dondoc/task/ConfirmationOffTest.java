package vn.dondoc.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dondoc.account.TestAccounts;
import vn.dondoc.body.TestBodies;
import vn.dondoc.web.AppRole;
import vn.dondoc.web.OfficeClock;
import vn.dondoc.web.WebSession;

/** A deployment that does not want confirmation: staff's "done" is done at once, with its result kept. */
@QuarkusTest
@TestProfile(ConfirmationOffTest.Off.class)
class ConfirmationOffTest {

    public static class Off implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("dondoc.confirmation.required", "false");
        }
    }

    @Test
    void staffsDoneIsDoneAtOnce() {
        String body = TestBodies.create("Ban Không cần xác nhận");
        TestTasks.Created d = TestTasks.directive("Kết luận không xác nhận").task("Việc xong ngay", OfficeClock.today().plusDays(3), body).create();
        long a = d.assignmentId(0, body);
        String page = "/tasks/" + d.taskId(0);
        WebSession staff = WebSession.login(TestAccounts.create(AppRole.STAFF, body), TestAccounts.PASSWORD);
        assertTrue(staff.get(page).asString().contains("Nhiệm vụ được tính hoàn thành ngay."), "the form says so");
        assertEquals(303, staff.postMultipart(page, page + "/assignments/" + a + "/report",
                Map.of("result", "Đã ban hành văn bản", "version", "0"), "files", Map.of("van-ban.pdf", FollowUpResourceTest.PDF)).statusCode());
        String shown = staff.get(page).asString();
        assertTrue(shown.contains("Đã ghi kết quả; nhiệm vụ đã hoàn thành."), "flash");
        assertFalse(shown.contains("/assignments/" + a + "/confirm"));
        Assignment done = QuarkusTransaction.requiringNew().call(() -> Assignment.<Assignment>findById(a));
        assertEquals(Status.DONE, done.status);
        assertEquals(OfficeClock.today(), done.doneOn);
        assertEquals(TaskResult.State.ACCEPTED, QuarkusTransaction.requiringNew()
                .call(() -> TaskResult.<TaskResult>find("assignment.id", a).singleResult().state));
    }
}
