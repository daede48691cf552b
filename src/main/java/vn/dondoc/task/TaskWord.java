package vn.dondoc.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One folded word of a task's search column: the search finds tasks by these rows rather than by reading their text. */
@Entity
@Table(name = "task_word")
@IdClass(TaskWord.Key.class)
public class TaskWord {

    @Id
    @Column(name = "task_id")
    public Long taskId;

    @Id
    public String word;

    /** The row's identity: a task holds each word once. */
    public static class Key implements Serializable {
        public Long taskId;
        public String word;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(taskId, key.taskId) && Objects.equals(word, key.word);
        }

        @Override
        public int hashCode() {
            return Objects.hash(taskId, word);
        }
    }
}
