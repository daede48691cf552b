package vn.dondoc.task;

import io.quarkus.hibernate.orm.panache.Panache;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;
import vn.dondoc.web.Folding;

/**
 * The word index behind the list's search ({@code task_word}): every word of a task's folded search column, once.
 * A query's words each match the start of a task's word ("nhung" finds "nhũng" and "nhưng"), and a task matches when
 * all of them do, so the database reads the index for each word instead of every task's text.
 */
public final class TaskWords {

    /** The longest word kept; longer words are kept, and looked up, by their start. */
    public static final int MAX_WORD = 40;
    private static final int BATCH = 500;

    private TaskWords() {
    }

    /** The distinct words of an already folded text, in order. */
    public static Set<String> of(String folded) {
        Set<String> words = new LinkedHashSet<>();
        if (folded != null) {
            for (String word : folded.split(" ")) {
                if (!word.isEmpty()) {
                    words.add(word.length() > MAX_WORD ? word.substring(0, MAX_WORD) : word);
                }
            }
        }
        return words;
    }

    /** The words to look up for what a user typed, with or without diacritics. */
    static List<String> ofQuery(String typed) {
        return List.copyOf(of(Folding.fold(typed)));
    }

    /**
     * A query's words in the order the database looks them up, the rarest first, and whether the rarest is rare
     * enough ({@link #DRIVE_LIMIT}) for a page to be read from its index entries and sorted, rather than along the
     * list's order with each task probed for the words.
     */
    record Lookup(List<String> words, boolean rare) {

        /** The words as typed, for a query that reads every match anyway (exports): the first drives. */
        static Lookup unranked(List<String> words) {
            return new Lookup(words, true);
        }

        /**
         * The words ordered by how many index entries each has (counted up to {@code driveLimit + 1}), fewest
         * first, in the typed order among equals; rare when the first has at most {@code driveLimit}.
         */
        static Lookup ranked(List<String> words, List<Integer> entries, int driveLimit) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                order.add(i);
            }
            order.sort(Comparator.comparing(entries::get));
            return new Lookup(order.stream().map(words::get).toList(), !order.isEmpty() && entries.get(order.get(0)) <= driveLimit);
        }

        /** The words after the first, each to be probed on the task's own entries (see {@link #counting}). */
        Lookup probes() {
            return new Lookup(words.subList(Math.min(1, words.size()), words.size()), false);
        }
    }

    /**
     * A JPQL query of the ids of the tasks that hold the lookup's words and meet {@code taskCondition} (a condition on
     * task {@code t} that holds the other words' probes, {@link Lookup#probes}), read along the first word's index
     * entries in their order, so that with a row limit the database stops after that many matches instead of first
     * gathering every task that holds the word (which H2 then sorts for {@code in}, in a temporary file beyond a few
     * thousand). A task with several words starting with the first is read at the first of them only (the word
     * itself is a task's first, so only a longer word is probed for an earlier one). The task's subquery has an
     * {@code offset 0}, which keeps PostgreSQL from making it a join: it then hashed every task (or the other words'
     * entries) instead of probing the tasks the walk reaches.
     */
    static String counting(Lookup words, String taskCondition, Map<String, Object> params) {
        params.put("driveFrom", words.words().get(0));
        params.put("driveTo", upTo(words.words().get(0)));
        return "select w.taskId from TaskWord w where w.word >= :driveFrom and w.word < :driveTo"
                + " and (w.word = :driveFrom or not exists (select e.word from TaskWord e where e.taskId = w.taskId"
                + " and e.word >= :driveFrom and e.word < w.word))"
                + " and exists (select t.id from Task t where t.id = w.taskId and " + taskCondition + " order by t.id offset 0)";
    }

    /**
     * Index entries of a query's rarest word up to which a page of the list is read from them (and sorted); beyond,
     * the page is read along the list's order, each task probed for every word, which stops after the page's rows.
     */
    static final int DRIVE_LIMIT = 2000;

    /**
     * The words of a query ranked by how many tasks hold each, counted in one statement along the {@code (word,
     * task_id)} index up to {@code driveLimit} + 1 entries a word, so that the count costs the same whatever the
     * size of the table.
     */
    static Lookup lookup(List<String> words, int driveLimit) {
        if (words.isEmpty()) {
            return Lookup.unranked(words);
        }
        List<String> counts = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            counts.add("(select count(*) from (select 1 as one from task_word w where w.word >= ?" + (2 * i + 1) + " and w.word < ?"
                    + (2 * i + 2) + " fetch first " + (driveLimit + 1) + " rows only) c" + i + ")");
        }
        var query = Panache.getEntityManager().createNativeQuery("select " + String.join(", ", counts));
        for (int i = 0; i < words.size(); i++) {
            query.setParameter(2 * i + 1, words.get(i));
            query.setParameter(2 * i + 2, upTo(words.get(i)));
        }
        Object result = query.getSingleResult();
        Object[] row = result instanceof Object[] values ? values : new Object[] {result};
        List<Integer> entries = new ArrayList<>();
        for (Object value : row) {
            entries.add(((Number) value).intValue());
        }
        return Lookup.ranked(words, entries, driveLimit);
    }

    /**
     * The JPQL condition that task {@code t} holds a word starting with each of the given words, adding its parameters.
     * With {@code drive}, the first word is a subquery the database reads first (its index entries give the tasks);
     * every other word, and without {@code drive} every word, is a probe of the task's own entries on the primary key
     * {@code (task_id, word)}. A word's prefix is a range of the index, which PostgreSQL reads under any collation
     * and estimates from its statistics (a {@code like} beside it made it guess a handful of rows, and read every
     * match of a common word instead of walking the list's order).
     */
    static String condition(List<String> words, boolean drive, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String w = "w" + i;
            String range = w + ".word >= :wordFrom" + i + " and " + w + ".word < :wordTo" + i;
            conditions.add(drive && i == 0 ? "t.id in (select " + w + ".taskId from TaskWord " + w + " where " + range + ")"
                    : "exists (select " + w + ".word from TaskWord " + w + " where " + w + ".taskId = t.id and " + range + ")");
            params.put("wordFrom" + i, word);
            params.put("wordTo" + i, upTo(word));
        }
        return String.join(" and ", conditions);
    }

    /** The first string after every string that starts with the given word. */
    private static String upTo(String word) {
        return word.substring(0, word.length() - 1) + (char) (word.charAt(word.length() - 1) + 1);
    }

    /** Rewrites the words of the given tasks from their search columns; the tasks' rows must be written already. */
    public static void write(Collection<Task> tasks) {
        Map<Long, String> texts = new LinkedHashMap<>();
        tasks.forEach(t -> texts.put(t.id, t.searchText));
        write(texts);
    }

    /** Rewrites the words of the tasks with the given ids from the given folded search columns. */
    static void write(Map<Long, String> searchTexts) {
        if (searchTexts.isEmpty()) {
            return;
        }
        Panache.getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("delete from task_word where task_id = ?")) {
                for (Long id : searchTexts.keySet()) {
                    delete.setLong(1, id);
                    delete.addBatch();
                }
                delete.executeBatch();
            }
            insert(connection, searchTexts);
        });
    }

    /** Inserts, in batches, the words of tasks that have none yet, from their folded search columns by task id. */
    public static void insert(Connection connection, Map<Long, String> searchTexts) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into task_word (task_id, word) values (?, ?)")) {
            int pending = 0;
            for (Map.Entry<Long, String> task : searchTexts.entrySet()) {
                for (String word : of(task.getValue())) {
                    insert.setLong(1, task.getKey());
                    insert.setString(2, word);
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }
}
