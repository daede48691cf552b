package vn.dondoc.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The rule of {@link Progress} in Java and as an SQL condition give every assignment the same group: every status
 * with every order of done day, deadline and day judged, nulls included, evaluated by H2 in PostgreSQL mode.
 */
class ProgressTest {

    private static final LocalDate DEADLINE = LocalDate.of(2025, 3, 10);
    private static final List<LocalDate> DAYS = Arrays.asList(null, DEADLINE.minusDays(1), DEADLINE, DEADLINE.plusDays(1));

    private record Case(int id, Status status, LocalDate doneOn, LocalDate deadline, LocalDate today) {

        Progress progress() {
            return Progress.of(status, doneOn, deadline, today);
        }
    }

    private static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (Status status : Status.values()) {
            for (LocalDate doneOn : DAYS) {
                for (LocalDate deadline : Arrays.asList(null, DEADLINE)) {
                    for (LocalDate today : DAYS.subList(1, DAYS.size())) {
                        cases.add(new Case(cases.size(), status, doneOn, deadline, today));
                    }
                }
            }
        }
        return cases;
    }

    @Test
    void theSqlConditionPutsEveryAssignmentInTheGroupTheJavaRuleDoes() throws SQLException {
        List<Case> cases = cases();
        try (Connection db = DriverManager.getConnection("jdbc:h2:mem:progress-rule;MODE=PostgreSQL")) {
            try (Statement create = db.createStatement()) {
                create.execute("create table assignment (id int primary key, status varchar(20) not null, done_on date,"
                        + " deadline date, today date not null)");
            }
            try (PreparedStatement insert = db.prepareStatement("insert into assignment values (?, ?, ?, ?, ?)")) {
                for (Case c : cases) {
                    insert.setInt(1, c.id());
                    insert.setString(2, c.status().name());
                    insert.setDate(3, c.doneOn() == null ? null : Date.valueOf(c.doneOn()));
                    insert.setDate(4, c.deadline() == null ? null : Date.valueOf(c.deadline()));
                    insert.setDate(5, Date.valueOf(c.today()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            Progress.Columns columns = new Progress.Columns("a.status", "a.done_on", "a.deadline", "a.today", false);
            Map<Progress, TreeSet<Integer>> inJava = new EnumMap<>(Progress.class);
            for (Case c : cases) {
                inJava.computeIfAbsent(c.progress(), p -> new TreeSet<>()).add(c.id());
            }
            for (Progress group : Progress.values()) {
                TreeSet<Integer> inSql = select(db, group.condition(columns));
                assertEquals(inJava.getOrDefault(group, new TreeSet<>()), inSql, group + ": " + group.condition(columns));
                // never unknown: its negation holds for exactly the other rows
                TreeSet<Integer> others = select(db, "not " + group.condition(columns));
                assertEquals(cases.size() - inSql.size(), others.size(), "not " + group);
            }
            assertTrue(inJava.keySet().containsAll(Arrays.asList(Progress.values())), "the cases reach every group");
        }
    }

    @Test
    void theStatusListsFollowStatusOpen() {
        assertEquals("('NOT_STARTED', 'IN_PROGRESS')", Progress.sqlStatuses(Status::open));
        assertEquals("a.status in (vn.dondoc.task.Status.NOT_STARTED, vn.dondoc.task.Status.IN_PROGRESS)",
                Progress.Columns.jpql("a", null).open());
    }

    @Test
    void theTallysStateSplitsOnlyDoneWork() {
        assertEquals("DONE_LATE", AssignmentTally.state(Status.DONE, DEADLINE.plusDays(1), DEADLINE));
        assertEquals("DONE_ON_TIME", AssignmentTally.state(Status.DONE, DEADLINE, DEADLINE));
        assertEquals("DONE_ON_TIME", AssignmentTally.state(Status.DONE, null, DEADLINE));
        assertEquals("IN_PROGRESS", AssignmentTally.state(Status.IN_PROGRESS, null, DEADLINE.minusYears(1)));
    }

    private static TreeSet<Integer> select(Connection db, String condition) throws SQLException {
        TreeSet<Integer> ids = new TreeSet<>();
        try (Statement query = db.createStatement(); ResultSet rows = query.executeQuery("select a.id from assignment a where " + condition)) {
            while (rows.next()) {
                ids.add(rows.getInt(1));
            }
        }
        return ids;
    }
}
