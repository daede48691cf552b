package vn.dondoc.task;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import vn.dondoc.web.OfficeClock;

/**
 * The progress tally over all directives as it stood at the start of each month (table {@code tally_snapshot}),
 * so that a report for a past day takes back at most one month of changes instead of every change since.
 *
 * <p>An assignment's status at a moment is the status it had before its first change at or after that moment,
 * or its current status if it has not changed since; if that was done, its done day is the day it last became
 * reported or done before the moment ({@link #thenColumns}). Body, deadline and withdrawal are the current ones,
 * as everywhere in the report. A month's snapshot is the next month's (or, for the current month, the tally)
 * with the month's changes taken back: assignments of tasks created during it leave, assignments changed during
 * it count with their status at its start. It also holds the deadlines of the month before, day by day, each
 * assignment read with its status at the month's start ({@code tally_snapshot_day}): a report for a day of that
 * month compares them with the day, and reads no assignment's history for them.
 *
 * <p>A snapshot is built the first time a report needs it, a month a transaction, each first locking every
 * row of {@code tally_lock} in ascending order, so that no recount runs meanwhile (the same order as
 * {@link AssignmentTally#refresh}: no deadlock). A status change made now leaves every earlier moment as it was;
 * whatever rewrites the past (a correction, a merge, a deadline moved, a withdrawal, reopening done work) forgets
 * the snapshots of the bodies it touched, in the recount's transaction and under its locks
 * ({@link AssignmentTally#refresh}), and they are built again when next needed. {@code tally_snapshot_body}
 * records which bodies a month's snapshot holds.
 */
public final class TallySnapshots {

    private TallySnapshots() {
    }

    /** An assignment with its status and done day as they were at a moment; body and deadline are the current ones. */
    public record Then(long assignmentId, long bodyId, long taskId, LocalDate deadline, Status status, LocalDate doneOn) {

        public String state() {
            return AssignmentTally.state(status, doneOn, deadline);
        }
    }

    /** The statuses of work no longer open ({@link Status#open}): reported or done, in SQL. */
    private static final String CLOSED = Progress.sqlStatuses(s -> !s.open());

    /**
     * The status of assignment {@code a} at the moment bound to parameter {@code param}: before its first change
     * at or after it, else its current one.
     */
    public static String statusAt(String param) {
        return "coalesce((select f.from_status from status_change f where f.assignment_id = a.id and f.changed_at >= :"
                + param + " order by f.changed_at, f.id fetch first 1 rows only), a.status)";
    }

    /**
     * The select list, over assignment {@code a}, that {@link #then} reads: its facts, the status before its first
     * change at or after the moment bound to {@code param}, and the last time it became reported or done before
     * that moment. With {@code param} null, the assignment as it is now.
     */
    public static String thenColumns(String param) {
        String columns = "a.id, a.body_id, a.task_id, a.deadline, a.status, a.done_on, ";
        if (param == null) {
            return columns + "cast(null as varchar(20)), cast(null as timestamp)";
        }
        return columns + "(select f.from_status from status_change f where f.assignment_id = a.id and f.changed_at >= :" + param
                + " order by f.changed_at, f.id fetch first 1 rows only),"
                + " (select max(d.changed_at) from status_change d where d.assignment_id = a.id and d.changed_at < :" + param
                + " and d.to_status in " + CLOSED + " and d.from_status not in " + CLOSED + ")";
    }

    /** An assignment changed within a window: as it was at the window's start, and at its end. */
    public record Changed(Then before, Then after) {
    }

    /** How many assignments' done days one statement reads. */
    private static final int DONE_DAYS_CHUNK = 1000;

    /**
     * The assignments, of tasks created before {@code from}, whose status changed from {@code from} on and before
     * {@code base} (null: until now), each as it was at {@code from} and at {@code base} (null: now), by the rules
     * of {@link #thenColumns}. {@code where} starts with " where " and holds the conditions on the assignment
     * {@code a}, with their parameters in {@code params}. The window's changes drive it: one statement reads them in
     * order with their assignments, so that an assignment's status at {@code from} is its first change's
     * {@code from_status}, and its done day by {@code base} is its last step from open to closed in the window; only
     * where a done day is older than the window, or the status at {@code base} is older than a later change, does it
     * read further history (the done days in a second statement, a thousand assignments at a time).
     */
    public static List<Changed> changedWithin(String where, Map<String, ?> params, Instant from, Instant base) {
        String afterBase = base == null ? "cast(null as varchar(20))"
                : "(select f.from_status from status_change f where f.assignment_id = a.id and f.changed_at >= :base"
                        + " order by f.changed_at, f.id fetch first 1 rows only)";
        Map<String, Object> all = new HashMap<>(params);
        all.put("since", from);
        all.put("base", base);
        List<Window> windows = new ArrayList<>();
        SqlRows.select("select c.assignment_id, c.from_status, c.to_status, c.changed_at, a.body_id, a.task_id, a.deadline,"
                + " a.status, a.done_on, " + afterBase + " from status_change c join assignment a on a.id = c.assignment_id" + where
                + " and c.changed_at >= :since" + (base == null ? "" : " and c.changed_at < :base") + " and " + createdBefore("since")
                + " order by c.assignment_id, c.changed_at, c.id", all, row -> {
                    long id = row.getLong(1);
                    Status fromStatus = status(row.getString(2));
                    Window w = windows.isEmpty() ? null : windows.get(windows.size() - 1);
                    if (w == null || w.now.assignmentId() != id) {
                        w = new Window(new Then(id, row.getLong(5), row.getLong(6), SqlRows.date(row, 7), Status.valueOf(row.getString(8)),
                                SqlRows.date(row, 9)), fromStatus, status(row.getString(10)));
                        windows.add(w);
                    }
                    if (fromStatus != null && fromStatus.open() && !Status.valueOf(row.getString(3)).open()) {
                        w.closed = row.getTimestamp(4);
                    }
                });
        Map<Long, Timestamp> closedBefore = closedBefore(windows, from);
        List<Changed> changed = new ArrayList<>(windows.size());
        for (Window w : windows) {
            Timestamp earlier = closedBefore.get(w.now.assignmentId());
            Then before = w.atStart == null ? w.now : at(w.now, w.atStart, earlier);
            Then after = w.atBase == null ? w.now : at(w.now, w.atBase, w.closed != null ? w.closed : earlier);
            changed.add(new Changed(before, after));
        }
        return changed;
    }

    /**
     * An assignment's changes in a window: as it is now, its status at the window's start and at its end (null: as now),
     * and its last step from open to closed in the window.
     */
    private static final class Window {
        final Then now;
        final Status atStart;
        final Status atBase;
        Timestamp closed;

        Window(Then now, Status atStart, Status atBase) {
            this.now = now;
            this.atStart = atStart;
            this.atBase = atBase;
        }
    }

    private static Status status(String name) {
        return name == null ? null : Status.valueOf(name);
    }

    /** The assignment with the status it had at a moment, done on the day of {@code closed} (its last step to closed) when done. */
    private static Then at(Then now, Status status, Timestamp closed) {
        return new Then(now.assignmentId(), now.bodyId(), now.taskId(), now.deadline(), status, status == Status.DONE ? day(closed) : null);
    }

    /**
     * The last step from open to closed before {@code from} of the assignments whose done day may lie there: done at
     * {@code from}, or done at the window's end without such a step in the window.
     */
    private static Map<Long, Timestamp> closedBefore(List<Window> windows, Instant from) {
        List<Long> wanted = windows.stream().filter(w -> w.atStart == Status.DONE || w.atBase == Status.DONE && w.closed == null)
                .map(w -> w.now.assignmentId()).toList();
        Map<Long, Timestamp> closed = new HashMap<>();
        for (int i = 0; i < wanted.size(); i += DONE_DAYS_CHUNK) {
            SqlRows.select("select d.assignment_id, max(d.changed_at) from status_change d where d.assignment_id in (:ids)"
                    + " and d.changed_at < :since and d.to_status in " + CLOSED + " and d.from_status not in " + CLOSED
                    + " group by d.assignment_id", Map.of("ids", wanted.subList(i, Math.min(wanted.size(), i + DONE_DAYS_CHUNK)), "since", from),
                    row -> closed.put(row.getLong(1), row.getTimestamp(2)));
        }
        return closed;
    }

    /** The condition that the task of the assignment {@code a} was created before {@code :<moment>}. */
    public static String createdBefore(String moment) {
        return "a.task_created_at < :" + moment;
    }

    /**
     * The condition that the task of the assignment {@code a} was created from {@code :<from>} on, and before
     * {@code :base} when {@code untilBase}.
     */
    public static String createdSince(String from, boolean untilBase) {
        return "a.task_created_at >= :" + from + (untilBase ? " and a.task_created_at < :base" : "");
    }

    /** The assignment read from the columns of {@link #thenColumns}. */
    public static Then then(Object[] c) {
        String earlier = (String) c[6];
        Status status = Status.valueOf(earlier == null ? (String) c[4] : earlier);
        LocalDate doneOn = earlier == null ? date(c[5]) : status == Status.DONE ? day(c[7]) : null;
        return new Then(number(c[0]), number(c[1]), number(c[2]), date(c[3]), status, doneOn);
    }

    /** The moment a month starts in Vietnam. */
    public static Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(OfficeClock.ZONE).toInstant();
    }

    /**
     * The tally over all directives at the start of a month: {@code months} by body, month of the deadline and state,
     * and {@code days}, the deadlines of the month before, by body, deadline and state.
     */
    public record Snapshot(List<AssignmentTally.Row> months, List<AssignmentTally.DayRow> days) {
    }

    /**
     * The tally over all directives at the start of {@code month}, which must have started: built first for the
     * bodies it lacks.
     */
    public static Snapshot at(YearMonth month) {
        for (int attempt = 0; ; attempt++) {
            // One statement, so that a concurrent forgetting removes both the rows and the marks it reads, or neither.
            List<AssignmentTally.Row> months = new ArrayList<>();
            List<AssignmentTally.DayRow> days = new ArrayList<>();
            long[] missingBodies = {0};
            SqlRows.select("select -1, 0, 'NOT_STARTED', count(*), cast(null as date) from responsible_body b"
                    + " where not exists (select 1 from tally_snapshot_body s where s.at_month = :m and s.body_id = b.id)"
                    + " union all select body_id, deadline_month, state, n, cast(null as date) from tally_snapshot where at_month = :m"
                    + " union all select body_id, 0, state, n, deadline from tally_snapshot_day where at_month = :m",
                    Map.of("m", AssignmentTally.month(month.atDay(1))), row -> {
                        long body = row.getLong(1);
                        LocalDate deadline = SqlRows.date(row, 5);
                        if (body == -1) {
                            missingBodies[0] = row.getLong(4);
                        } else if (deadline != null) {
                            days.add(new AssignmentTally.DayRow(body, deadline, row.getString(3), row.getLong(4)));
                        } else {
                            months.add(new AssignmentTally.Row(body, row.getInt(2), row.getString(3), row.getLong(4)));
                        }
                    });
            long missing = missingBodies[0];
            if (missing == 0 || attempt == 2) {
                return new Snapshot(months, days);
            }
            try {
                build(month);
            } catch (RuntimeException e) {
                // Another request was building the same months: they are built now, or this one tries again.
                if (!lockTimeout(e)) {
                    throw e;
                }
            }
        }
    }

    /** How long one month's build may take, far beyond what it needs, so that its transaction is never timed out. */
    private static final int BUILD_TIMEOUT_SECONDS = 1800;

    private static boolean lockTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof jakarta.persistence.LockTimeoutException || t instanceof jakarta.persistence.PessimisticLockException) {
                return true;
            }
        }
        return false;
    }

    /** Forgets the given bodies' snapshots, after a change to what they counted before now; under the recount's locks. */
    static void forget(Collection<Long> bodies) {
        EntityManager em = Panache.getEntityManager();
        em.createNativeQuery("delete from tally_snapshot_body where body_id in (:b)").setParameter("b", bodies).executeUpdate();
        em.createNativeQuery("delete from tally_snapshot where body_id in (:b)").setParameter("b", bodies).executeUpdate();
        em.createNativeQuery("delete from tally_snapshot_day where body_id in (:b)").setParameter("b", bodies).executeUpdate();
    }

    /** Forgets every snapshot, as when the tally is recounted from scratch. */
    static void forgetAll() {
        EntityManager em = Panache.getEntityManager();
        em.createNativeQuery("delete from tally_snapshot_body").executeUpdate();
        em.createNativeQuery("delete from tally_snapshot").executeUpdate();
        em.createNativeQuery("delete from tally_snapshot_day").executeUpdate();
    }

    /**
     * Builds the snapshots from the current month's back to {@code target}'s, for the bodies each lacks: a month
     * a transaction, so that recounts wait for one month's work at most.
     */
    private static void build(YearMonth target) {
        YearMonth current = YearMonth.from(OfficeClock.today());
        for (int attempt = 0; attempt < 3; attempt++) {
            boolean built = true;
            for (YearMonth month = current; built && !month.isBefore(target); month = month.minusMonths(1)) {
                YearMonth m = month;
                // A long timeout: the transaction reaper interrupts the thread, and an interrupt closes H2's file.
                built = QuarkusTransaction.requiringNew().timeout(BUILD_TIMEOUT_SECONDS).call(() -> buildMonth(m, current));
            }
            if (built) {
                return;
            }
        }
    }

    /**
     * Builds one month's snapshot for the bodies it lacks, under every lock row; false if the next month's lacks
     * some of them (forgotten meanwhile), so that the caller starts again from the current month.
     */
    private static boolean buildMonth(YearMonth month, YearMonth current) {
        EntityManager em = Panache.getEntityManager();
        for (int stripe = 0; stripe < AssignmentTally.STRIPES; stripe++) {
            em.createNativeQuery("select stripe from tally_lock where stripe = :s for update").setParameter("s", stripe).getResultList();
        }
        List<Long> missing = missing(em, month);
        if (missing.isEmpty()) {
            return true;
        }
        YearMonth next = month.equals(current) ? null : month.plusMonths(1);
        if (next != null && !missing(em, next).isEmpty()) {
            return false;
        }
        long all = number(em.createNativeQuery("select count(*) from responsible_body").getSingleResult());
        buildMonth(em, month, next, missing.size() == all ? null : missing);
        return true;
    }

    /** The bodies that the month's snapshot lacks. */
    private static List<Long> missing(EntityManager em, YearMonth month) {
        return ((List<?>) em.createNativeQuery("select b.id from responsible_body b where not exists"
                + " (select 1 from tally_snapshot_body s where s.at_month = :m and s.body_id = b.id) order by b.id")
                .setParameter("m", AssignmentTally.month(month.atDay(1))).getResultList()).stream().map(TallySnapshots::number).toList();
    }

    /**
     * One month's snapshot for {@code bodies} (null: every body), from the next month's ({@code next}; null: the
     * tally as it is now) with the changes between the two starts taken back.
     */
    private static void buildMonth(EntityManager em, YearMonth month, YearMonth next, List<Long> bodies) {
        int at = AssignmentTally.month(month.atDay(1));
        String ofBodies = bodies == null ? "" : " and %s.body_id in (:b)";
        Query base = next == null
                ? em.createNativeQuery("select body_id, deadline_month, state, n from progress_tally where directive_id = "
                        + AssignmentTally.ALL_DIRECTIVES + ofBodies.formatted("progress_tally"))
                : em.createNativeQuery("select body_id, deadline_month, state, n from tally_snapshot where at_month = :m"
                        + ofBodies.formatted("tally_snapshot")).setParameter("m", AssignmentTally.month(next.atDay(1)));
        Map<List<Object>, Long> counts = new HashMap<>();
        for (Object row : bind(base, bodies).getResultList()) {
            Object[] c = (Object[]) row;
            counts.merge(List.of(number(c[0]), ((Number) c[1]).intValue(), (String) c[2]), number(c[3]), Long::sum);
        }
        String baseAt = next == null ? null : "base";
        Query created = em.createNativeQuery("select " + thenColumns(baseAt) + " from assignment a where a.withdrawn = false and "
                + createdSince("start", next != null) + ofBodies.formatted("a")).setParameter("start", start(month));
        for (Object row : bind(created, bodies, next).getResultList()) {
            counts.merge(key(then((Object[]) row)), -1L, Long::sum);
        }
        for (Changed changed : changedWithin(" where a.withdrawn = false" + ofBodies.formatted("a"),
                bodies == null ? Map.of() : Map.of("b", bodies), start(month), next == null ? null : start(next))) {
            counts.merge(key(changed.before()), 1L, Long::sum);
            counts.merge(key(changed.after()), -1L, Long::sum);
        }
        // The deadlines of the month before, day by day, each assignment with its status at the month's start.
        YearMonth before = month.minusMonths(1);
        Map<List<Object>, Long> days = new HashMap<>();
        Query ofDays = em.createNativeQuery("select " + thenColumns("start") + " from assignment a where a.withdrawn = false"
                + " and a.deadline >= :first and a.deadline <= :last" + ofBodies.formatted("a") + " and " + createdBefore("start"))
                .setParameter("start", start(month)).setParameter("first", before.atDay(1)).setParameter("last", before.atEndOfMonth());
        for (Object row : bind(ofDays, bodies).getResultList()) {
            Then then = then((Object[]) row);
            days.merge(List.of(then.bodyId(), then.deadline(), then.state()), 1L, Long::sum);
        }
        for (String table : List.of("tally_snapshot", "tally_snapshot_day")) {
            bind(em.createNativeQuery("delete from " + table + " where at_month = :m" + ofBodies.formatted(table))
                    .setParameter("m", at), bodies).executeUpdate();
        }
        bind(em.createNativeQuery("delete from tally_snapshot_body where at_month = :m" + ofBodies.formatted("tally_snapshot_body"))
                .setParameter("m", at), bodies).executeUpdate();
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into tally_snapshot (at_month, body_id, deadline_month, state, n) values (?, ?, ?, ?, ?)")) {
                for (Map.Entry<List<Object>, Long> e : counts.entrySet()) {
                    if (e.getValue() != 0) {
                        insert.setInt(1, at);
                        insert.setLong(2, (Long) e.getKey().get(0));
                        insert.setInt(3, (Integer) e.getKey().get(1));
                        insert.setString(4, (String) e.getKey().get(2));
                        insert.setLong(5, e.getValue());
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into tally_snapshot_day (at_month, body_id, deadline, state, n) values (?, ?, ?, ?, ?)")) {
                for (Map.Entry<List<Object>, Long> e : days.entrySet()) {
                    insert.setInt(1, at);
                    insert.setLong(2, (Long) e.getKey().get(0));
                    insert.setDate(3, java.sql.Date.valueOf((LocalDate) e.getKey().get(1)));
                    insert.setString(4, (String) e.getKey().get(2));
                    insert.setLong(5, e.getValue());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        bind(em.createNativeQuery("insert into tally_snapshot_body (at_month, body_id) select :m, id from responsible_body b"
                + (bodies == null ? "" : " where b.id in (:b)")).setParameter("m", at), bodies).executeUpdate();
    }

    private static Query bind(Query query, List<Long> bodies, YearMonth next) {
        if (next != null) {
            query.setParameter("base", start(next));
        }
        return bind(query, bodies);
    }

    private static Query bind(Query query, List<Long> bodies) {
        return bodies == null ? query : query.setParameter("b", bodies);
    }

    private static List<Object> key(Then then) {
        return List.of(then.bodyId(), AssignmentTally.month(then.deadline()), then.state());
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static LocalDate date(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        return value == null ? null : ((java.sql.Date) value).toLocalDate();
    }

    /** The day in Vietnam of a moment read from the database, or null. */
    private static LocalDate day(Object value) {
        if (value == null) {
            return null;
        }
        Instant instant;
        if (value instanceof Instant i) {
            instant = i;
        } else if (value instanceof OffsetDateTime o) {
            instant = o.toInstant();
        } else if (value instanceof LocalDateTime l) {
            instant = l.atZone(ZoneId.systemDefault()).toInstant();
        } else {
            instant = ((Timestamp) value).toInstant();
        }
        return instant.atZone(OfficeClock.ZONE).toLocalDate();
    }
}
