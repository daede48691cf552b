package vn.dondoc.task;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The assignments counted by directive, body, month of the deadline and state (table {@code progress_tally}),
 * so that a report as of today reads a few thousand counts instead of every assignment. The rows of
 * {@link #ALL_DIRECTIVES} count each body's assignments over all directives.
 *
 * <p>Withdrawn assignments ({@link Assignment#withdrawn}) are not counted. The tally is derived data. Whatever changes assignments calls {@link #refresh} in the same transaction,
 * after the change: it recounts the changed slices (the bodies' assignments in each directive from the assignments
 * themselves, then their counts over all directives from their directives' counts), so a tally is always what
 * counting the assignments would give.
 *
 * <p>Recounting first locks the bodies' rows of {@code tally_lock} ({@link #STRIPES} rows, a body on row
 * {@code id mod STRIPES}), in ascending order, one statement a row: two transactions changing the same body's
 * assignments recount one after the other, and the later one sees the earlier one's change. The lock rows are
 * referenced by no foreign key, so no insert elsewhere holds a lock on them (the bodies' own rows are: every
 * assignment's insert takes a key-share lock on its body on PostgreSQL, which locking the body rows would wait
 * for and deadlock with). The locks are taken after every other write of the transaction and only the tally is
 * written after them, so a transaction holding them waits for nothing but other lock rows, taken in the same
 * order: no deadlock, and a wait lasts only as long as other transactions' recounts.
 */
public final class AssignmentTally {

    /** The directive id of the rows that count over all directives. */
    public static final long ALL_DIRECTIVES = 0;

    /** Rows of {@code tally_lock} (migration V10_3): bodies whose ids differ by a multiple of it share one. */
    static final int STRIPES = 64;

    /**
     * The state the tally counts an assignment under (column {@code state}): its status, with done work split by
     * {@link Progress} into {@code DONE_ON_TIME} and {@code DONE_LATE}.
     */
    public static String state(Status status, LocalDate doneOn, LocalDate deadline) {
        // the day does not matter for done work: it is on time or late by its done day alone
        return status == Status.DONE ? Progress.of(status, doneOn, deadline, null).name() : status.name();
    }

    /** The month of a deadline as the tally writes it (yyyymm), 0 without a deadline. */
    public static int month(LocalDate deadline) {
        return deadline == null ? 0 : deadline.getYear() * 100 + deadline.getMonthValue();
    }

    private static final String MONTH = "coalesce(cast(extract(year from deadline) * 100 + extract(month from deadline) as int), 0)";
    /** {@link #state} in SQL, over the columns of table {@code assignment}. */
    private static final String STATE = stateSql(Progress.Columns.sql(null, null));

    private static String stateSql(Progress.Columns c) {
        return "case when " + Progress.DONE_LATE.condition(c) + " then 'DONE_LATE' when " + Progress.DONE_ON_TIME.condition(c)
                + " then 'DONE_ON_TIME' else " + c.status() + " end";
    }

    private AssignmentTally() {
    }

    /**
     * Each body's assignments (or one body's) by status, and how many unfinished ones are overdue on
     * {@code day}: from the tally, except the month of {@code day}, whose deadlines are compared one by one.
     */
    public static Map<Long, ProgressCounts> countsByBody(Long bodyId, LocalDate day) {
        int dayMonth = month(day);
        Map<Long, ProgressCounts> counts = new HashMap<>();
        for (Row row : rows(ALL_DIRECTIVES, bodyId)) {
            counts.merge(row.bodyId(), row.counts(dayMonth), ProgressCounts::plus);
        }
        String oneBody = bodyId == null ? "" : " and body_id = :body";
        Query overdueThisMonth = Panache.getEntityManager().createNativeQuery("select body_id, count(*) from assignment"
                + " where deadline >= :first and " + Progress.OVERDUE.condition(Progress.Columns.sql(null, ":day"))
                + " and withdrawn = false" + oneBody + " group by body_id")
                .setParameter("first", day.withDayOfMonth(1)).setParameter("day", day);
        if (bodyId != null) {
            overdueThisMonth.setParameter("body", bodyId);
        }
        for (Object row : overdueThisMonth.getResultList()) {
            Object[] c = (Object[]) row;
            // counted within the deadline by the month's rows: now overdue
            counts.merge(((Number) c[0]).longValue(), new ProgressCounts(0, 0, 0, 0, ((Number) c[1]).longValue(), 0, 0),
                    ProgressCounts::plus);
        }
        return counts;
    }

    /**
     * {@code n} assignments of one body in the tally's slice, with deadlines in {@code month} (yyyymm, 0 for none),
     * in {@code state} ({@link #state}).
     */
    public record Row(long bodyId, int month, String state, long n) {

        /**
         * Their counts on a day of month {@code dayMonth} (yyyymm), leaving that month's deadlines aside: these count
         * as within the deadline, and whoever asks compares them with the day itself.
         */
        public ProgressCounts counts(int dayMonth) {
            LocalDate deadline = month == 0 ? null : YearMonth.of(month / 100, month % 100).atEndOfMonth();
            return countsOf(state, n, deadline, LocalDate.of(dayMonth / 100, dayMonth % 100, 1));
        }
    }

    /** {@code n} assignments in {@code state} with {@code deadline}, counted at the end of {@code day}. */
    private static ProgressCounts countsOf(String state, long n, LocalDate deadline, LocalDate day) {
        if (state.startsWith(Status.DONE.name())) {
            return ProgressCounts.of(Status.DONE, Progress.valueOf(state), n);
        }
        Status status = Status.valueOf(state);
        return ProgressCounts.of(status, Progress.of(status, null, deadline, day), n);
    }

    /** {@code n} assignments of one body with their deadline on {@code deadline}, in {@code state} ({@link #state}). */
    public record DayRow(long bodyId, LocalDate deadline, String state, long n) {

        /** Their counts at the end of {@code day}. */
        public ProgressCounts counts(LocalDate day) {
            return countsOf(state, n, deadline, day);
        }
    }

    /**
     * The assignments over all directives with a deadline in {@code month}, as they are now, by body, deadline and
     * state: the tally's rows of that month, day by day.
     */
    public static List<DayRow> days(YearMonth month) {
        List<DayRow> rows = new ArrayList<>();
        for (Object row : Panache.getEntityManager().createNativeQuery("select body_id, deadline, s, count(*) from (select body_id,"
                + " deadline, " + STATE + " as s from assignment where deadline >= :first and deadline <= :last and withdrawn = false) x"
                + " group by body_id, deadline, s").setParameter("first", month.atDay(1)).setParameter("last", month.atEndOfMonth())
                .getResultList()) {
            Object[] c = (Object[]) row;
            rows.add(new DayRow(((Number) c[0]).longValue(), TallySnapshots.date(c[1]), (String) c[2], ((Number) c[3]).longValue()));
        }
        return rows;
    }

    /** The tally of one directive ({@link #ALL_DIRECTIVES}: of all), for every body or for one. */
    public static List<Row> rows(long directiveId, Long bodyId) {
        Query query = Panache.getEntityManager().createNativeQuery("select body_id, deadline_month, state, n from progress_tally"
                + " where directive_id = :directive" + (bodyId == null ? "" : " and body_id = :body"))
                .setParameter("directive", directiveId);
        if (bodyId != null) {
            query.setParameter("body", bodyId);
        }
        List<Row> rows = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] c = (Object[]) row;
            rows.add(new Row(((Number) c[0]).longValue(), ((Number) c[1]).intValue(), (String) c[2],
                    ((Number) c[3]).longValue()));
        }
        return rows;
    }

    /**
     * Recounts the given bodies' assignments in each of the given directives, and over all directives, after a
     * change that may alter what they counted before now (a correction, a merge, a deadline moved, a withdrawal):
     * their monthly snapshots ({@link TallySnapshots}) are forgotten.
     */
    public static void refresh(Collection<Long> directiveIds, Collection<Long> bodyIds) {
        refresh(directiveIds, bodyIds, true);
    }

    /**
     * Recounts as {@link #refresh(Collection, Collection)} after a change that leaves every earlier moment as it
     * was, such as a status change recorded now or a new import: the monthly snapshots stay.
     */
    public static void refreshPresent(Collection<Long> directiveIds, Collection<Long> bodyIds) {
        refresh(directiveIds, bodyIds, false);
    }

    private static void refresh(Collection<Long> directiveIds, Collection<Long> bodyIds, boolean pastChanged) {
        if (directiveIds.isEmpty() || bodyIds.isEmpty()) {
            return;
        }
        EntityManager em = Panache.getEntityManager();
        em.flush();
        TreeSet<Long> directives = new TreeSet<>(directiveIds);
        TreeSet<Long> bodies = new TreeSet<>(bodyIds);
        lock(em, bodies);
        em.createNativeQuery("delete from progress_tally where directive_id in (:d) and body_id in (:b)")
                .setParameter("d", directives).setParameter("b", bodies).executeUpdate();
        em.createNativeQuery("insert into progress_tally (directive_id, body_id, deadline_month, state, n)"
                + " select directive_id, body_id, m, s, count(*) from (select directive_id, body_id, " + MONTH + " as m, " + STATE
                + " as s from assignment where directive_id in (:d) and body_id in (:b) and withdrawn = false) x"
                + " group by directive_id, body_id, m, s")
                .setParameter("d", directives).setParameter("b", bodies).executeUpdate();
        // Over all directives, from the bodies' directive counts just recounted: far fewer rows than their assignments.
        em.createNativeQuery("delete from progress_tally where directive_id = " + ALL_DIRECTIVES + " and body_id in (:b)")
                .setParameter("b", bodies).executeUpdate();
        em.createNativeQuery("insert into progress_tally (directive_id, body_id, deadline_month, state, n)"
                + " select " + ALL_DIRECTIVES + ", body_id, deadline_month, state, sum(n) from progress_tally"
                + " where body_id in (:b) and directive_id <> " + ALL_DIRECTIVES + " group by body_id, deadline_month, state")
                .setParameter("b", bodies).executeUpdate();
        if (pastChanged) {
            TallySnapshots.forget(bodies);
        }
    }

    /** Recounts every slice of one directive, as after its withdrawal; forgets its bodies' snapshots. */
    public static void refreshDirective(long directiveId) {
        refreshDirective(directiveId, true);
    }

    /** Recounts every slice of a directive just imported, whose tasks were created now. */
    public static void refreshImported(long directiveId) {
        refreshDirective(directiveId, false);
    }

    private static void refreshDirective(long directiveId, boolean pastChanged) {
        EntityManager em = Panache.getEntityManager();
        em.flush();
        List<?> bodies = em.createNativeQuery("select distinct body_id from assignment where directive_id = :d")
                .setParameter("d", directiveId).getResultList();
        refresh(List.of(directiveId), bodies.stream().map(b -> ((Number) b).longValue()).toList(), pastChanged);
    }

    /** Recounts everything: for data written around the application, such as a bulk load. */
    public static void rebuild() {
        EntityManager em = Panache.getEntityManager();
        em.flush();
        TallySnapshots.forgetAll();
        em.createNativeQuery("delete from progress_tally").executeUpdate();
        em.createNativeQuery("insert into progress_tally (directive_id, body_id, deadline_month, state, n)"
                + " select directive_id, body_id, m, s, count(*) from (select directive_id, body_id, " + MONTH + " as m, "
                + STATE + " as s from assignment where withdrawn = false) x group by directive_id, body_id, m, s").executeUpdate();
        em.createNativeQuery("insert into progress_tally (directive_id, body_id, deadline_month, state, n)"
                + " select " + ALL_DIRECTIVES + ", body_id, deadline_month, state, sum(n) from progress_tally"
                + " group by body_id, deadline_month, state").executeUpdate();
    }

    /** Locks the bodies' rows of {@code tally_lock} one by one in ascending order, so that two lockers never wait on each other. */
    private static void lock(EntityManager em, Collection<Long> bodies) {
        TreeSet<Integer> stripes = new TreeSet<>();
        for (long body : bodies) {
            stripes.add(Math.floorMod(body, STRIPES));
        }
        for (int stripe : stripes) {
            em.createNativeQuery("select stripe from tally_lock where stripe = :s for update").setParameter("s", stripe).getResultList();
        }
    }
}
