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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import vn.dondoc.audit.AuditEntry;
import vn.dondoc.web.OfficeClock;

/**
 * A personal API token (mã truy cập API): a long random secret that a program sends as
 * {@code Authorization: Bearer dd_...} instead of a password. Shown once when it is made; only its SHA-256 is
 * kept, which is enough for a secret of 256 random bits (a password needs bcrypt because people choose guessable
 * ones). It works until its owner or an administrator revokes it, its expiry day has passed, or its owner's
 * account is disabled.
 */
@Entity
@Table(name = "api_token")
public class ApiToken extends PanacheEntityBase {

    /** Every token starts with it, so that a leaked one is recognised (and found by secret scanners). */
    static final String PREFIX = "dd_";

    /** The last use is written at most this often, not on every call. */
    static final Duration LAST_USED_STEP = Duration.ofHours(1);

    static final int MAX_NAME = 100;

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(OfficeClock.ZONE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    public User user;

    public String name;

    @Column(name = "token_hash")
    String tokenHash;

    /** The first characters of the token, to tell tokens apart in lists. */
    public String hint;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    /** The last day on which the token works (Vietnam time), or null for no expiry. */
    @Column(name = "expires_on")
    public LocalDate expiresOn;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revoked_by")
    public String revokedBy;

    /** Makes and saves a token for the user; returns the secret, which is never seen again. */
    static String create(User user, String name, LocalDate expiresOn) {
        String secret = PREFIX + Tokens.random();
        ApiToken token = new ApiToken();
        token.user = user;
        token.name = name;
        token.tokenHash = Tokens.hash(secret);
        token.hint = secret.substring(0, PREFIX.length() + 4);
        token.createdAt = Instant.now();
        token.expiresOn = expiresOn;
        token.persist();
        return secret;
    }

    /** The token with this secret and its user and body, in one statement; empty for anything else. */
    static Optional<ApiToken> findBySecret(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 200) {
            return Optional.empty();
        }
        return getEntityManager().createQuery("select t from ApiToken t join fetch t.user u left join fetch u.body"
                        + " where t.tokenHash = ?1", ApiToken.class)
                .setParameter(1, Tokens.hash(secret)).getResultStream().findFirst();
    }

    /** Whether the token may be used now: not revoked, not past its day, its user enabled. */
    boolean usable(Instant now) {
        return revokedAt == null && user.enabled && (expiresOn == null || !now.atZone(OfficeClock.ZONE).toLocalDate().isAfter(expiresOn));
    }

    /** Notes a use, unless one was noted within {@link #LAST_USED_STEP}: one update an hour at most, not one a call. */
    static void noteUse(long id, Instant now) {
        getEntityManager().createQuery("update ApiToken t set t.lastUsedAt = ?1 where t.id = ?2 and (t.lastUsedAt is null or t.lastUsedAt < ?3)")
                .setParameter(1, now).setParameter(2, id).setParameter(3, now.minus(LAST_USED_STEP)).executeUpdate();
    }

    boolean needsUseNoted(Instant now) {
        return lastUsedAt == null || lastUsedAt.isBefore(now.minus(LAST_USED_STEP));
    }

    /** A user's tokens, newest first, revoked ones too (they say so). */
    static List<ApiToken> of(User user) {
        return list("user = ?1 order by createdAt desc, id desc", user);
    }

    static Optional<ApiToken> findOf(User user, long id) {
        return find("id = ?1 and user = ?2", id, user).firstResultOptional();
    }

    /** Revokes every token of the user that still works (the account is disabled). */
    static int revokeAllOf(User user, String actor) {
        return update("revokedAt = ?1, revokedBy = ?2 where user = ?3 and revokedAt is null", Instant.now(), actor, user);
    }

    void revoke(String actor) {
        revokedAt = Instant.now();
        revokedBy = actor;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public boolean isExpired() {
        return expiresOn != null && OfficeClock.today().isAfter(expiresOn);
    }

    public String createdText() {
        return SHOWN.format(createdAt);
    }

    public String lastUsedText() {
        return lastUsedAt == null ? null : SHOWN.format(lastUsedAt);
    }

    public String revokedText() {
        return revokedAt == null ? null : SHOWN.format(revokedAt);
    }

    public String expiresText() {
        return expiresOn == null ? null : DAY.format(expiresOn);
    }

    /** The token's facts for the audit trail; never the secret or its hash. */
    String describe() {
        return "name=" + name + "; token=" + hint + "…; expires=" + (expiresOn == null ? "" : expiresOn);
    }
}
