package vn.dondoc.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The password check for a user name that has no account: a bcrypt verification against a hash nobody knows the
 * password of, at the cost of real accounts, so that the answer takes as long as for a name that has one.
 */
final class DummyPassword {

    private static final AtomicLong CHECKS = new AtomicLong();

    private DummyPassword() {
    }

    /** Created on first use: hashing takes as long as checking. */
    private static final class Hash {
        static final String VALUE = BcryptUtil.bcryptHash(Tokens.random(), User.BCRYPT_COST);
    }

    /** Checks the password against the dummy hash; never true. */
    static boolean check(String password) {
        CHECKS.incrementAndGet();
        BcryptUtil.matches(password, Hash.VALUE);
        return false;
    }

    /** How many checks were made since start, for tests that a name without an account took this path. */
    static long checks() {
        return CHECKS.get();
    }

    static String hash() {
        return Hash.VALUE;
    }
}
