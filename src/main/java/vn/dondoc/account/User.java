package vn.dondoc.account;

import io.quarkus.elytron.security.common.BcryptUtil;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.dondoc.body.ResponsibleBody;
import vn.dondoc.web.AppRole;

/** An account. A user belongs to at most one body; body staff update only that body's assignments. */
@Entity
@Table(name = "app_user")
public class User extends PanacheEntityBase {

    /** bcrypt cost for new passwords. */
    static final int BCRYPT_COST = 12;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    public Long id;

    public String username;
    @Column(name = "display_name")
    public String displayName;
    public String email;
    @Column(name = "password_hash")
    public String passwordHash;
    @Enumerated(EnumType.STRING)
    public AppRole role;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "body_id")
    public ResponsibleBody body;
    public boolean enabled = true;
    @Column(name = "created_at")
    public Instant createdAt;
    @Version
    public long version;

    public static Optional<User> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public static boolean anyAdministrator() {
        return count("role = ?1 and enabled = true", AppRole.ADMIN) > 0;
    }

    public static List<User> listByName() {
        return list("select u from User u left join fetch u.body order by u.username");
    }

    /** True when this account is the only enabled administrator: nobody may then lock everyone out. */
    public boolean isLastEnabledAdministrator() {
        return enabled && role == AppRole.ADMIN && count("role = ?1 and enabled = true", AppRole.ADMIN) == 1;
    }

    /** The account's facts for the audit trail; never the password hash. */
    public String describe() {
        return "username=" + username + "; displayName=" + displayName + "; email=" + (email == null ? "" : email)
                + "; role=" + role + "; body=" + (body == null ? "" : body.code) + "; enabled=" + enabled;
    }

    /** Creates and saves a user with a bcrypt hash of the given password. */
    public static User create(String username, String password, AppRole role, ResponsibleBody body, int bcryptCost) {
        User user = new User();
        user.username = username;
        user.displayName = username;
        user.passwordHash = BcryptUtil.bcryptHash(password, bcryptCost);
        user.role = role;
        user.body = body;
        user.createdAt = Instant.now();
        user.persist();
        return user;
    }

    public static User create(String username, String password, AppRole role, ResponsibleBody body) {
        return create(username, password, role, body, BCRYPT_COST);
    }

    public void setPassword(String password) {
        passwordHash = BcryptUtil.bcryptHash(password, BCRYPT_COST);
    }

    public boolean passwordMatches(String password) {
        return passwordHash != null && BcryptUtil.matches(password, passwordHash);
    }

    /** Enabled staff of the given bodies who have an e-mail address: the people reminders go to. */
    public static List<User> staffToRemind(Collection<ResponsibleBody> bodies) {
        return list("select u from User u join fetch u.body where u.role = ?1 and u.enabled = true "
                + "and u.email is not null and u.email <> '' and u.body in ?2 order by u.username", AppRole.STAFF, bodies);
    }
}
