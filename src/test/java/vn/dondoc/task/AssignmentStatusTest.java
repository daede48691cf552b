package vn.dondoc.task;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.dondoc.body.TestBodies;
import vn.dondoc.web.OfficeClock;

/**
 * A status changes in one place, {@link Assignment#changeStatus}, which moves the done day with it and returns the
 * history entry it wrote; and the rule's JPQL form judges assignments as their Java form does.
 */
@QuarkusTest
class AssignmentStatusTest {

    private final LocalDate today = OfficeClock.today();

    @Test
    @TestTransaction
    void changeStatusMovesTheDoneDayAndReturnsTheHistoryItWrote() {
        String body = TestBodies.create("Ban đổi trạng thái");
        TestTasks.Created created = TestTasks.directive("Kết luận đổi trạng thái").task("Việc đổi trạng thái", today.plusDays(5), body).save();
        Assignment a = Assignment.findById(created.assignmentId(0, body));
        Instant yesterday = Instant.now().minus(1, ChronoUnit.DAYS);

        StatusChange started = a.changeStatus(Status.IN_PROGRESS, "can.bo", yesterday, "Đã bắt đầu", null, null);
        assertNotNull(started.id, "persisted");
        assertSame(a, started.assignment);
        assertEquals(Status.NOT_STARTED, started.fromStatus);
        assertEquals(Status.IN_PROGRESS, started.toStatus);
        assertEquals("Đã bắt đầu", started.note);
        assertNull(a.doneOn, "open work has no done day");
        assertEquals("can.bo", a.updatedBy);
        assertEquals(yesterday, a.updatedAt);

        StatusChange reported = a.changeStatus(Status.REPORTED, "can.bo", yesterday, null, StatusChange.Kind.REPORT, null);
        assertEquals(StatusChange.Kind.REPORT, reported.kind);
        assertEquals(LocalDate.ofInstant(yesterday, OfficeClock.ZONE), a.doneOn, "the day of the report");

        StatusChange confirmed = a.changeStatus(Status.DONE, "van.thu", Instant.now(), null, StatusChange.Kind.CONFIRM, null);
        assertEquals(Status.REPORTED, confirmed.fromStatus);
        assertEquals(LocalDate.ofInstant(yesterday, OfficeClock.ZONE), a.doneOn, "a confirmation keeps the day of the report");

        a.changeStatus(Status.IN_PROGRESS, "van.thu", Instant.now(), "Làm lại", null, null);
        assertNull(a.doneOn, "reopened work has no done day");
        a.changeStatus(Status.DONE, "van.thu", Instant.now(), null, null, null);
        assertEquals(today, a.doneOn, "done from open: done today");

        assertEquals(5, StatusChange.count("assignment", a));
    }

    @Test
    void nothingButChangeStatusWritesAnAssignmentsStatusOrDoneDay() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.dondoc");
        noClasses().that().doNotBelongToAnyOf(Assignment.class)
                .should().setField(Assignment.class, "status").orShould().setField(Assignment.class, "doneOn")
                .because("a status changes through Assignment.changeStatus, which writes its history")
                .check(classes);
    }

    @Test
    @TestTransaction
    void theJpqlConditionJudgesAsTheJavaRule() {
        String body = TestBodies.create("Ban quy tắc tiến độ");
        LocalDate past = today.minusDays(4);
        LocalDate future = today.plusDays(4);
        TestTasks.Created created = TestTasks.directive("Kết luận quy tắc tiến độ")
                .task("Chưa làm, quá hạn", past, body)
                .task("Đang làm, trong hạn", future, body).status(1, body, Status.IN_PROGRESS)
                .task("Không hạn", null, body)
                .task("Xong đúng hạn", future, body).done(3, body, today)
                .task("Xong muộn", past, body).done(4, body, today)
                .task("Xong đúng ngày hạn", past, body).done(5, body, past)
                .task("Đã báo cáo, quá hạn", past, body).status(6, body, Status.REPORTED)
                .task("Hạn hôm nay", today, body)
                .save();
        Map<Progress, TreeSet<Long>> inJava = new EnumMap<>(Progress.class);
        List<Assignment> all = Assignment.list("directiveId", created.directiveId());
        for (Assignment a : all) {
            inJava.computeIfAbsent(a.progress(today), p -> new TreeSet<>()).add(a.id);
        }
        assertEquals(Progress.values().length, inJava.size(), "every group is reached: " + inJava);
        for (Progress group : Progress.values()) {
            String condition = group.condition(Progress.Columns.jpql("a", ":today"));
            var query = Assignment.getEntityManager().createQuery("select a.id from Assignment a where a.directiveId = :d and "
                    + condition, Long.class).setParameter("d", created.directiveId());
            if (condition.contains(":today")) {
                query.setParameter("today", today);
            }
            List<Long> ids = query.getResultList();
            assertEquals(inJava.get(group), new TreeSet<>(ids), group.name());
        }
        assertEquals(8, all.size());
    }
}
