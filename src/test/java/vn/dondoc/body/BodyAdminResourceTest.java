package vn.dondoc.body;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dondoc.account.TestAccounts;
import vn.dondoc.audit.AuditEntry;
import vn.dondoc.task.Assignment;
import vn.dondoc.task.Role;
import vn.dondoc.task.Status;
import vn.dondoc.task.StatusChange;
import vn.dondoc.task.TestTasks;
import vn.dondoc.web.AppRole;
import vn.dondoc.web.WebSession;

@QuarkusTest
class BodyAdminResourceTest {

    private WebSession admin;

    @BeforeEach
    void logIn() {
        admin = WebSession.login(TestAccounts.create(AppRole.ADMIN), TestAccounts.PASSWORD);
    }

    @Test
    void anAdministratorAddsABodyAndTheChangeIsAudited() {
        String code = "TMOI" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        admin.postForm("/admin/bodies/new", "/admin/bodies", Map.of("code", code, "name", "Ban Thử nghiệm Mới",
                        "kind", "party-board", "aliases", "Ban TNM; BTNM", "validFrom", "2025-02-01"))
                .then().statusCode(303).header("Location", endsWith("/admin/bodies/" + code));

        admin.get("/admin/bodies/" + code).then().statusCode(200)
                .body(containsString("Đã thêm cơ quan.")).body(containsString("Ban Thử nghiệm Mới"))
                .body(containsString("value=\"01/02/2025\""));
        admin.get("/admin/bodies").then().statusCode(200).body(containsString(code)).body(containsString("Từ 01/02/2025"));
        QuarkusTransaction.requiringNew().run(() -> {
            ResponsibleBody body = ResponsibleBody.findByCode(code).orElseThrow();
            assertEquals(List.of("Ban TNM", "BTNM"), body.aliasList());
            List<AuditEntry> history = AuditEntry.of("body", body.id);
            assertEquals("create", history.get(0).action);
            assertTrue(history.get(0).after.contains("name: Ban Thử nghiệm Mới"));
        });
    }

    @Test
    void aWrongFormComesBackWithTheErrorsAndWhatWasTyped() {
        admin.postForm("/admin/bodies/new", "/admin/bodies", Map.of("code", "sai mã", "name", "", "kind", "party-board",
                        "areas", "kinh tế, xã hội", "validFrom", "2025-03-01", "validUntil", "2025-01-01"))
                .then().statusCode(400)
                .body(containsString("error-summary"))
                .body(containsString("href=\"#code\""))
                .body(containsString("Nhập tên cơ quan"))
                .body(containsString("Ngày ngừng hoạt động phải sau ngày bắt đầu hoạt động"))
                .body(containsString("kinh tế, xã hội"));
    }

    @Test
    void editingNamesAndAreasIsAuditedWithBeforeAndAfter() {
        String code = TestBodies.create("Ban Sửa tên");
        long version = QuarkusTransaction.requiringNew().call(() -> ResponsibleBody.findByCode(code).orElseThrow().version);
        admin.postForm("/admin/bodies/" + code, "/admin/bodies/" + code, Map.of("name", "Ban Đã đổi tên", "kind", "ministry",
                        "areas", "tài chính, ngân sách", "version", version))
                .then().statusCode(303);
        admin.get("/admin/bodies/" + code).then().statusCode(200).body(containsString("Đã lưu."))
                .body(containsString("Ban Đã đổi tên"));
        QuarkusTransaction.requiringNew().run(() -> {
            ResponsibleBody body = ResponsibleBody.findByCode(code).orElseThrow();
            assertEquals(List.of("tài chính", "ngân sách"), body.areaList());
            AuditEntry entry = AuditEntry.of("body", body.id).get(0);
            assertEquals("update", entry.action);
            assertTrue(entry.before.contains("name: Ban Sửa tên"));
            assertTrue(entry.after.contains("name: Ban Đã đổi tên"));
        });
    }

    @Test
    void anEditFromAnOutOfDatePageIsRefused() {
        String code = TestBodies.create("Ban Sửa cùng lúc");
        admin.postForm("/admin/bodies/" + code, "/admin/bodies/" + code, Map.of("name", "Ban Ghi đè", "kind", "other",
                        "version", 99))
                .then().statusCode(400).body(containsString("Người khác vừa sửa cơ quan này"));
        assertEquals(false, TestBodies.nameOf(code).equals("Ban Ghi đè"));
    }

    @Test
    void onlyAdministratorsManageBodies() {
        String code = TestBodies.create("Ban Không quyền");
        WebSession clerk = WebSession.login(TestAccounts.create(AppRole.CLERK), TestAccounts.PASSWORD);
        clerk.get("/admin/bodies").then().statusCode(403);
        clerk.get("/admin/bodies/" + code + "/merge").then().statusCode(403);
        String token = clerk.csrfToken("/login");
        clerk.request().contentType("application/x-www-form-urlencoded").formParam("csrf-token", token)
                .formParam("successor", "BTCTW").formParam("on", "2025-03-01")
                .post("/admin/bodies/" + code + "/merge").then().statusCode(403);
        assertNull(QuarkusTransaction.requiringNew().call(() -> ResponsibleBody.findByCode(code).orElseThrow().successorCode));
    }

    @Test
    void anUnknownBodyIsNotFound() {
        admin.get("/admin/bodies/KHONG-CO-DAU").then().statusCode(404);
    }

    @Test
    void aMergerMovesOpenWorkToTheSuccessorAndKeepsFinishedWork() {
        String old = TestBodies.create("Ban Cũ");
        String successor = TestBodies.create("Ban Mới");
        LocalDate deadline = LocalDate.of(2030, 6, 30);
        long moved = TestTasks.one(old, "Xây dựng đề án tinh gọn", deadline, Role.LEAD, Status.IN_PROGRESS).assignmentId();
        long finished = TestTasks.one(old, "Tổng kết năm", deadline, Role.LEAD, Status.DONE).assignmentId();
        // The successor already finished its part of a task the old body still had open: one open assignment remains.
        TestTasks.One shared = TestTasks.one(old, "Chuẩn bị đại hội", deadline, Role.SUPPORT, Status.NOT_STARTED);
        long successorsDone = TestTasks.assign(shared.taskId(), successor, Role.SUPPORT, Status.DONE);
        // The old body led, the successor supported: the one that remains leads, and keeps the old history.
        TestTasks.One led = TestTasks.one(old, "Sơ kết Nghị quyết", deadline, Role.LEAD, Status.IN_PROGRESS);
        long successorsSupport = TestTasks.assign(led.taskId(), successor, Role.SUPPORT, Status.NOT_STARTED);
        QuarkusTransaction.requiringNew().run(() -> {
            StatusChange earlier = new StatusChange();
            earlier.assignment = Assignment.findById(led.assignmentId());
            earlier.changedAt = Instant.now();
            earlier.changedBy = "canbo-cu";
            earlier.fromStatus = Status.NOT_STARTED;
            earlier.toStatus = Status.IN_PROGRESS;
            earlier.note = "Đã họp tổ biên tập";
            earlier.persist();
        });

        admin.postForm("/admin/bodies/" + old + "/merge", "/admin/bodies/" + old + "/merge",
                        Map.of("successor", successor, "on", "2025-03-01"))
                .then().statusCode(303).header("Location", endsWith("/admin/bodies/" + old));
        admin.get("/admin/bodies/" + old).then().statusCode(200)
                .body(containsString("Đã ghi nhận sáp nhập: chuyển 1 phân công chưa hoàn thành sang cơ quan tiếp nhận, gộp 2 phân công"))
                .body(containsString(successor))
                // The history names the action in words, as the user pages do.
                .body(containsString(" · Hợp nhất<pre class=\"audit-text\">"));

        String oldName = TestBodies.nameOf(old);
        String newName = TestBodies.nameOf(successor);
        QuarkusTransaction.requiringNew().run(() -> {
            ResponsibleBody oldBody = ResponsibleBody.findByCode(old).orElseThrow();
            assertEquals(LocalDate.of(2025, 3, 1), oldBody.validUntil);
            assertEquals(successor, oldBody.successorCode);
            assertEquals("merge", AuditEntry.of("body", oldBody.id).get(0).action);

            Assignment movedOne = Assignment.findById(moved);
            assertEquals(successor, movedOne.body.code);
            assertEquals(Status.IN_PROGRESS, movedOne.status);
            StatusChange note = StatusChange.find("assignment = ?1 order by id desc", movedOne).firstResult();
            assertEquals("Chuyển từ " + oldName + " sang " + newName + " do sáp nhập", note.note);
            assertEquals("move", AuditEntry.of("assignment", moved).get(0).action);

            assertEquals(old, ((Assignment) Assignment.findById(finished)).body.code);

            assertNull(Assignment.findById(shared.assignmentId()));
            Assignment reopened = Assignment.findById(successorsDone);
            assertEquals(Status.NOT_STARTED, reopened.status);
            assertNull(reopened.doneOn);

            assertNull(Assignment.findById(led.assignmentId()));
            Assignment lead = Assignment.findById(successorsSupport);
            assertEquals(Role.LEAD, lead.role);
            assertEquals(Status.IN_PROGRESS, lead.status);
            List<StatusChange> history = StatusChange.list("assignment = ?1 order by id", lead);
            assertEquals("Đã họp tổ biên tập", history.get(0).note);
            assertTrue(history.get(history.size() - 1).note.endsWith("gộp với phân công đã có"));
            assertEquals("delete", AuditEntry.of("assignment", led.assignmentId()).get(0).action);
        });
    }

    @Test
    void workLeftWithABodyWhoseMergerIsOnRecordIsShownAsNotMovedAndCanBeMoved() {
        String old = TestBodies.create("Ban Đã hợp nhất");
        String successor = TestBodies.create("Ban Kế tục");
        long open = TestTasks.one(old, "Việc còn lại sau hợp nhất", LocalDate.of(2030, 1, 31), Role.LEAD, Status.IN_PROGRESS).assignmentId();
        QuarkusTransaction.requiringNew().run(() -> {
            ResponsibleBody body = ResponsibleBody.findByCode(old).orElseThrow();
            body.validUntil = LocalDate.of(2025, 2, 1);
            body.successorCode = successor;
        });
        String list = admin.get("/bodies").then().statusCode(200).extract().asString();
        assertTrue(list.contains("chỉ chuyển sang cơ quan kế tục khi quản trị viên ghi nhận"), "the page says what really happens");
        assertTrue(list.contains("1 chưa chuyển"));
        assertTrue(list.contains("href=\"/admin/bodies/" + old + "/merge\""));
        admin.get("/admin/bodies/" + old + "/merge").then().statusCode(200)
                .body(containsString("còn 1 phân công chưa hoàn thành ở lại: 1 sẽ chuyển sang " + TestBodies.nameOf(successor)))
                .body(containsString("value=\"01/02/2025\""));
        admin.postForm("/admin/bodies/" + old + "/merge", "/admin/bodies/" + old + "/merge", Map.of("successor", successor, "on", "01/02/2025"))
                .then().statusCode(303);
        assertEquals(successor, QuarkusTransaction.requiringNew().call(() -> Assignment.<Assignment>findById(open).body.code));
        admin.postForm("/admin/bodies/" + old + "/merge", "/admin/bodies/" + old + "/merge", Map.of("successor", successor, "on", "01/02/2025"))
                .then().statusCode(400).body(containsString("Cơ quan này đã được ghi nhận sáp nhập"));
    }

    @Test
    void aMergerNeedsAnotherExistingSuccessor() {
        String old = TestBodies.create("Ban Chưa sáp nhập");
        admin.postForm("/admin/bodies/" + old + "/merge", "/admin/bodies/" + old + "/merge", Map.of("successor", old, "on", "2025-03-01"))
                .then().statusCode(400).body(containsString("Cơ quan tiếp nhận phải là một cơ quan khác"));
        admin.postForm("/admin/bodies/" + old + "/merge", "/admin/bodies/" + old + "/merge", Map.of("successor", "", "on", ""))
                .then().statusCode(400).body(containsString("Chọn cơ quan tiếp nhận")).body(containsString("Nhập ngày sáp nhập"));
        assertNull(QuarkusTransaction.requiringNew().call(() -> ResponsibleBody.findByCode(old).orElseThrow().successorCode));
    }
}
