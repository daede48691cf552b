package vn.dondoc.task;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import vn.dondoc.audit.AuditEntry;
import vn.dondoc.body.ResponsibleBody;
import vn.dondoc.directive.Directive;
import vn.dondoc.web.DateFormats;
import vn.dondoc.web.Folding;
import vn.dondoc.web.OfficeClock;

/** A task read from a directive (nhiệm vụ), given to one or more bodies through its assignments. */
@Entity
@Table(name = "task")
public class Task extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "task_seq")
    @SequenceGenerator(name = "task_seq", sequenceName = "task_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "directive_id")
    public Directive directive;

    /** Order of the task in its directive. */
    public int position;
    public String text;
    /** The heading of the part of the text the task came from. */
    public String section;
    /** Where the task's words start and end in the directive's original text (character offsets). */
    @Column(name = "start_offset")
    public Integer startOffset;
    @Column(name = "end_offset")
    public Integer endOffset;

    public LocalDate deadline;
    /** The deadline, or {@link #NO_DEADLINE} when there is none: the list's order as one indexed column. */
    @Column(name = "deadline_sort")
    public LocalDate deadlineSort;
    /** The words the deadline was read from ("quý 3/2024"). */
    @Column(name = "deadline_text")
    public String deadlineText;
    @Enumerated(EnumType.STRING)
    @Column(name = "deadline_kind")
    public DeadlineKind deadlineKind = DeadlineKind.NONE;
    /** For a recurring deadline, the words that say how it recurs ("hằng tháng"). */
    public String recurrence;

    /** The task's text, its directive's title and its notes, folded for search without diacritics. */
    @Column(name = "search_text")
    public String searchText;

    @Column(name = "created_at")
    public Instant createdAt;
    /** When a clerk removed the task (it stays for the record), by whom and why; null while it stands. */
    @Column(name = "removed_at")
    public Instant removedAt;
    @Column(name = "removed_by")
    public String removedBy;
    @Column(name = "removal_reason")
    public String removalReason;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public long version;

    @OneToMany(mappedBy = "task")
    @OrderBy("role, id")
    public List<Assignment> assignments = new ArrayList<>();

    @PrePersist
    @PreUpdate
    void stamp() {
        Instant now = Instant.now();
        if (createdAt == null) {
            createdAt = now;
        }
        updatedAt = now;
        deadlineSort = deadline == null ? NO_DEADLINE : deadline;
        if (searchText == null) {
            refreshSearchText(List.of());
        }
    }

    /** Rebuilds the folded search column from the task's words, its directive's title and the given notes. */
    public void refreshSearchText(List<String> notes) {
        searchText = searchTextWith(notes);
    }

    /** The folded search column for the task's words, its directive's title and the given notes. */
    public String searchTextWith(List<String> notes) {
        StringBuilder words = new StringBuilder(text == null ? "" : text);
        if (directive != null && directive.title != null) {
            words.append(' ').append(directive.title);
        }
        if (directive != null && directive.number != null) {
            words.append(' ').append(directive.number);
        }
        notes.forEach(note -> words.append(' ').append(note));
        String folded = Folding.fold(words.toString());
        return folded.length() > 20000 ? folded.substring(0, 20000) : folded;
    }

    /** The directive's tasks that stand (not removed), in the order of its text. */
    /** The sort key of a task without a deadline: after every real deadline. */
    public static final LocalDate NO_DEADLINE = LocalDate.of(9999, 12, 31);
    /** The audit trail's name for tasks. */
    public static final String AUDIT_TYPE = "task";
    /** The longest task text the table holds. */
    public static final int MAX_TEXT = 10000;

    public boolean isRemoved() {
        return removedAt != null;
    }

    /** Whether the task counts: it stands and its directive is in force. */
    public boolean isInForce() {
        return removedAt == null && !directive.isWithdrawn();
    }

    /**
     * Corrects what was read from the directive: the words, the section, the deadline of any kind and the
     * owners ({@code owners} in order, each body once; null leaves them as they are). A new owner starts not
     * started; a body left out loses its assignment with its history and its files (deleted from {@code files}),
     * which the audit entry keeps in words.
     * The deadline's words from the text go when the deadline changes, as they no longer describe it.
     *
     * @return the history entry, or null when nothing changed
     */
    public AuditEntry correct(String newText, String newSection, DeadlineKind newKind, LocalDate newDeadline, String newRecurrence,
            Map<ResponsibleBody, Role> owners, AttachmentStore files, String actor) {
        String before = auditText();
        // Queries flush what is pending: they come before the task's own fields change, so that it is written once.
        List<String> notes = TaskSearchText.notes(this);
        if (owners != null) {
            changeOwners(owners, files, actor);
        }
        text = newText;
        section = newSection;
        if (newKind != deadlineKind || !Objects.equals(newDeadline, deadline)) {
            deadlineText = null;
        }
        deadlineKind = newKind;
        deadline = newDeadline;
        recurrence = newKind == DeadlineKind.RECURRING ? newRecurrence : null;
        for (Assignment a : assignments) {
            // An approved adjustment is the body's deadline now: a corrected task deadline does not undo it.
            if (!a.adjusted()) {
                a.deadline = deadline;
            }
        }
        String after = auditText();
        if (after.equals(before)) {
            return null;
        }
        // Owners live in other rows: stamping the task makes every correction, theirs included, raise its version.
        updatedAt = Instant.now();
        searchText = searchTextWith(notes);
        TaskWords.write(List.of(this));
        return AuditEntry.record(actor, AUDIT_TYPE, id, "update", before, after);
    }

    private void changeOwners(Map<ResponsibleBody, Role> owners, AttachmentStore files, String actor) {
        Map<Long, Role> wanted = new LinkedHashMap<>();
        owners.forEach((body, role) -> wanted.put(body.id, role));
        for (Assignment a : List.copyOf(assignments)) {
            Role role = wanted.remove(a.body.id);
            if (role == null) {
                AuditEntry.record(actor, "assignment", a.id, "delete", a.auditText(), null);
                Assignment.deleteRecordsOf(a, files);
                assignments.remove(a);
                a.delete();
            } else if (role != a.role) {
                a.role = role;
                a.updatedAt = Instant.now();
                a.updatedBy = actor;
            }
        }
        for (ResponsibleBody body : owners.keySet()) {
            if (wanted.containsKey(body.id)) {
                Assignment a = new Assignment();
                a.task = this;
                a.body = body;
                a.role = wanted.get(body.id);
                a.withdrawn = !isInForce();
                a.updatedAt = Instant.now();
                a.updatedBy = actor;
                a.persist();
                assignments.add(a);
            }
        }
    }

    /** Removes the task from lists and reports; it stays, with its owners and history, and can be restored. */
    public AuditEntry remove(String actor, String reason) {
        String before = auditText();
        removedAt = Instant.now();
        removedBy = actor;
        removalReason = reason;
        Assignment.markWithdrawn(this, true);
        return AuditEntry.record(actor, AUDIT_TYPE, id, "remove", before, auditText());
    }

    /** Puts a removed task back; it counts again unless its directive is withdrawn. */
    public AuditEntry restore(String actor) {
        String before = auditText();
        removedAt = null;
        removedBy = null;
        removalReason = null;
        Assignment.markWithdrawn(this, directive.isWithdrawn());
        return AuditEntry.record(actor, AUDIT_TYPE, id, "restore", before, auditText());
    }

    /** One "field: value" line per fact ({@link TaskEdit} reads them back); owners as code=role, leads first. */
    String auditText() {
        StringJoiner lines = new StringJoiner("\n")
                .add("text: " + text)
                .add("section: " + orEmpty(section))
                .add("deadline: " + DateFormats.dmy(deadline))
                .add("deadlineKind: " + deadlineKind)
                .add("deadlineText: " + orEmpty(deadlineText))
                .add("recurrence: " + orEmpty(recurrence))
                .add("owners: " + assignments.stream().sorted(Comparator.comparing((Assignment a) -> a.role).thenComparing(a -> a.body.code))
                        .map(a -> a.body.code + "=" + a.role).collect(Collectors.joining(", ")));
        if (removedAt != null) {
            lines.add("removed: " + removedBy + (removalReason == null ? "" : " — " + removalReason));
        }
        return lines.toString();
    }

    private static String orEmpty(Object value) {
        return value == null ? "" : value.toString();
    }

    public static List<Task> ofDirective(Directive directive) {
        return list("directive = ?1 and removedAt is null order by position", directive);
    }

    /** Rewrites the search column of every task of the directive, whose number and title it holds. */
    public static void refreshSearchTextsOf(Directive directive) {
        list("directive", directive).forEach(t -> TaskSearchText.refresh((Task) t));
    }

    /** The directive's removed tasks, in the order of its text. */
    public static List<Task> removedOf(Directive directive) {
        return list("directive = ?1 and removedAt is not null order by position", directive);
    }

    /** A task with its directive, for its own page. */
    public static Optional<Task> findWithDirective(long id) {
        return find("from Task t join fetch t.directive where t.id = ?1", id).firstResultOptional();
    }

    /**
     * One page (from 1) of the tasks the filter selects, in its order, with the number of matching tasks counted up to
     * {@link TaskPage#COUNT_LIMIT} (beyond it the page says "more than"); with a body, each row stands for that body's
     * assignment. Four queries whatever the number of tasks: the count, the page (one row more, to know whether
     * another page follows), its directives and its owners; a search adds one, which counts each word's index
     * entries up to a limit so that the rarest word is read first. The order and the filters are read along indexes
     * ({@code ix_task_list}, {@code task_word}), so that neither query reads every task: the count walks the rarest
     * word's index entries, probing each task, and stops at the limit; the page reads that word's tasks and sorts when
     * the word is rare, and otherwise walks the list's order, probing each task for the words, and stops after its rows.
     */
    public static TaskPage search(TaskFilter filter, int page, int size) {
        return search(filter, page, size, TaskWords.DRIVE_LIMIT);
    }

    /** The page, reading a rare word's tasks first when that word has at most {@code driveLimit} index entries. */
    static TaskPage search(TaskFilter filter, int page, int size, int driveLimit) {
        LocalDate today = OfficeClock.today();
        TaskWords.Lookup words = TaskWords.lookup(filter.words(), driveLimit);
        Map<String, Object> countParams = new HashMap<>();
        String countQuery = words.words().isEmpty() ? "select t.id from Task t where " + filter.where(countParams, today, words, true)
                : TaskWords.counting(words, filter.where(countParams, today, words.probes(), false), countParams);
        var count = getEntityManager().createQuery(countQuery, Long.class);
        countParams.forEach((name, value) -> count.setParameter(name, value));
        int counted = count.setMaxResults(TaskPage.COUNT_LIMIT + 1).getResultList().size();
        Map<String, Object> params = new HashMap<>();
        String where = filter.where(params, today, words, words.rare() || filter.sort() == TaskFilter.Sort.STATUS);
        String order = filter.orderBy(params);
        // No join in the page's query, so that the database reads the task table along the order's index and stops;
        // the page's directives come in one query of their own.
        var select = getEntityManager().createQuery("select t from Task t where " + where + order, Task.class);
        params.forEach((name, value) -> select.setParameter(name, value));
        List<Task> tasks = select.setFirstResult((page - 1) * size).setMaxResults(size + 1).getResultList();
        boolean more = tasks.size() > size;
        List<Task> shown = more ? tasks.subList(0, size) : tasks;
        Directive.withIds(shown.stream().map(t -> t.directive.id).distinct().toList());
        return new TaskPage(rows(shown, today, filter.bodyCode()), Math.min(counted, TaskPage.COUNT_LIMIT), page, size,
                counted > TaskPage.COUNT_LIMIT, more);
    }

    /** The ids of every task the filter selects, in the list's order: exports fetch them in batches. */
    public static List<Long> matchingIds(TaskFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = filter.where(params, OfficeClock.today());
        String order = filter.orderBy(params);
        var select = getEntityManager().createQuery("select t.id from Task t where " + where + order, Long.class);
        params.forEach((name, value) -> select.setParameter(name, value));
        return select.getResultList();
    }

    /** How many tasks each of the given directives has, by directive id, from one grouped query. */
    public static Map<Long, Long> countsByDirective(List<Directive> directives) {
        if (directives.isEmpty()) {
            return Map.of();
        }
        return getEntityManager().createQuery("select t.directive.id, count(t) from Task t where t.directive in ?1 and t.removedAt is null"
                + " group by t.directive.id", Object[].class).setParameter(1, directives).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    /** The tasks as table rows, with their owners and owners' bodies fetched in one query. */
    public static List<TaskRow> rows(List<Task> tasks, LocalDate today) {
        return rows(tasks, today, null);
    }

    /** The rows, each standing for the given body's assignment when there is one ({@link TaskRow#focus}). */
    public static List<TaskRow> rows(List<Task> tasks, LocalDate today, String bodyCode) {
        Map<Long, List<Assignment>> owners = Assignment.ofTasks(tasks.stream().map(t -> t.id).toList()).stream()
                .collect(Collectors.groupingBy(a -> a.task.id));
        return tasks.stream().map(t -> TaskRow.of(t, owners.getOrDefault(t.id, List.of()), today, bodyCode)).toList();
    }
}
