package vn.dondoc.task;

import io.quarkus.hibernate.orm.panache.Panache;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
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
     * The JPQL condition that task {@code t} holds a word starting with each of the given words, adding its parameters.
     * The range beside {@code like} lets PostgreSQL read the index under any collation; for folded words (letters and
     * digits) both say the same.
     */
    static String condition(List<String> words, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            conditions.add("t.id in (select w" + i + ".taskId from TaskWord w" + i + " where w" + i + ".word >= :wordFrom" + i
                    + " and w" + i + ".word < :wordTo" + i + " and w" + i + ".word like :word" + i + ")");
            params.put("wordFrom" + i, word);
            params.put("wordTo" + i, word.substring(0, word.length() - 1) + (char) (word.charAt(word.length() - 1) + 1));
            params.put("word" + i, word + "%");
        }
        return String.join(" and ", conditions);
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
