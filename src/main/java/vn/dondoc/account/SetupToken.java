package vn.dondoc.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A one-time link to create the first administrator when none was configured. Kept in the database so that
 * any instance accepts it, and stored only as a hash.
 */
@Entity
@Table(name = "setup_token")
class SetupToken extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "setup_token_seq")
    @SequenceGenerator(name = "setup_token_seq", sequenceName = "setup_token_seq", allocationSize = 50)
    Long id;
    @Column(name = "token_hash")
    String tokenHash;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "expires_at")
    Instant expiresAt;
    @Column(name = "used_at")
    Instant usedAt;

    /** Saves a new token valid for the given time; returns the token itself, which is not kept. */
    static String issue(Duration validity) {
        String token = Tokens.random();
        SetupToken setup = new SetupToken();
        setup.tokenHash = Tokens.hash(token);
        setup.createdAt = Instant.now();
        setup.expiresAt = setup.createdAt.plus(validity);
        setup.persist();
        return token;
    }

    static boolean usable(String token) {
        return token != null && !token.isEmpty()
                && count("tokenHash = ?1 and usedAt is null and expiresAt > ?2", Tokens.hash(token), Instant.now()) > 0;
    }

    /** Uses the token up. True for exactly one caller, however many try at once: the update locks the row. */
    static boolean redeem(String token) {
        if (token == null || token.isEmpty()) {
            return false;
        }
        Instant now = Instant.now();
        return update("usedAt = ?1 where tokenHash = ?2 and usedAt is null and expiresAt > ?1", now, Tokens.hash(token)) == 1;
    }
}
