package vn.dondoc.account;

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
import java.util.Optional;

/**
 * One logged-in browser. The encrypted form-login cookie would stay valid until it times out even after
 * logout; a session also needs this row, so deleting it ends the session for any copy of the cookies.
 */
@Entity
@Table(name = "user_session")
class UserSession extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_session_seq")
    @SequenceGenerator(name = "user_session_seq", sequenceName = "user_session_seq", allocationSize = 50)
    Long id;
    @Column(name = "token_hash")
    String tokenHash;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    User user;
    @Column(name = "created_at")
    Instant createdAt;

    /** Starts a session for the user; returns the token for the browser's cookie. */
    static String start(User user) {
        String token = Tokens.random();
        UserSession session = new UserSession();
        session.tokenHash = Tokens.hash(token);
        session.user = user;
        session.createdAt = Instant.now();
        session.persist();
        return token;
    }

    /** The enabled user whose session this token opened after {@code since}, with their body. */
    static Optional<User> userOf(String token, Instant since) {
        return getEntityManager().createQuery("select u from UserSession s join s.user u left join fetch u.body "
                        + "where s.tokenHash = ?1 and s.createdAt > ?2 and u.enabled = true", User.class)
                .setParameter(1, Tokens.hash(token)).setParameter(2, since)
                .getResultStream().findFirst();
    }

    static void end(String token) {
        delete("tokenHash", Tokens.hash(token));
    }

    static void endAllOf(User user) {
        delete("user", user);
    }

    static void deleteStartedBefore(Instant instant) {
        delete("createdAt < ?1", instant);
    }
}
