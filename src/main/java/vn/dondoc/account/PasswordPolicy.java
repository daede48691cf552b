package vn.dondoc.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * What a new password must be, wherever one is set (the account form, a reset, the setup page, the administrator
 * from the environment): rules in the order they are checked, the first broken one naming the message. The demo
 * accounts' password is not set through here: they exist only when the demo is asked for.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    /** bcrypt reads at most 72 bytes; a longer password would be silently cut. */
    static final int MAX_BYTES = 72;
    /** The 10,000 most common passwords (see {@code common-passwords.NOTICE.txt}), in lower case. */
    static final Set<String> COMMON = load("/account/common-passwords.txt");

    /** One rule: the message key shown when a password breaks it. */
    record Rule(String messageKey, BiPredicate<String, String> broken) {
    }

    static final List<Rule> RULES = List.of(
            new Rule("users_error_password_blank", (password, username) -> password == null
                    || password.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))),
            new Rule("users_error_password_short", (password, username) -> password.codePointCount(0, password.length()) < MIN_LENGTH),
            new Rule("users_error_password_long", (password, username) -> password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES),
            new Rule("users_error_password_username", PasswordPolicy::holdsUsername),
            new Rule("users_error_password_common", (password, username) -> COMMON.contains(password.strip().toLowerCase(Locale.ROOT))));

    private PasswordPolicy() {
    }

    /** The message key of the first rule the password breaks for an account with this user name, or null. */
    static String problem(String password, String username) {
        return RULES.stream().filter(rule -> rule.broken().test(password, username)).map(Rule::messageKey).findFirst().orElse(null);
    }

    /** The user name in the password, ignoring case and the dots, hyphens and underscores between its parts. */
    private static boolean holdsUsername(String password, String username) {
        if (username == null || username.isBlank()) {
            return false;
        }
        String name = username.strip().toLowerCase(Locale.ROOT);
        String lower = password.toLowerCase(Locale.ROOT);
        String bareName = lettersAndDigits(name);
        return lower.contains(name) || bareName.length() >= 3 && lettersAndDigits(lower).contains(bareName);
    }

    private static String lettersAndDigits(String text) {
        return text.codePoints().filter(Character::isLetterOrDigit)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static Set<String> load(String resource) {
        Set<String> passwords = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    passwords.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(passwords);
    }
}
