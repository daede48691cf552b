package vn.dondoc.task;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.dondoc.account.User;

/** A user's named task list filters ("Quá hạn — Ban Tổ chức"): the list's query string under a name. */
@Entity
@Table(name = "saved_view")
public class SavedView extends PanacheEntityBase {

    public static final int MAX_NAME = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "saved_view_seq")
    @SequenceGenerator(name = "saved_view_seq", sequenceName = "saved_view_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    public User user;

    public String name;
    /** The task list's query string without {@code ?}, as {@link TaskFilter#query()} writes it. */
    @Column(name = "query_string")
    public String queryString;
    @Column(name = "created_at")
    public Instant createdAt;

    /** Where the view leads: the task list with its filters. */
    public String url() {
        return queryString == null || queryString.isEmpty() ? "/tasks" : "/tasks?" + queryString;
    }

    public static List<SavedView> of(String username) {
        return list("user.username = ?1 order by name", username);
    }

    public static Optional<SavedView> named(String username, String name) {
        return find("user.username = ?1 and name = ?2", username, name).firstResultOptional();
    }
}
