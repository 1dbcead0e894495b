package cn.gov.talent.organization;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * 密码策略: at least 8 characters, with letters and digits, and not containing the user name.
 * Returns the message key of the first rule broken.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;

    /** Letters and digits that cannot be mistaken for one another when read aloud or copied by hand. */
    private static final String LETTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    private static final int GENERATED_LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordPolicy() {
    }

    public static Optional<String> check(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.policy.length");
        }
        if (password.length() > 64) {
            return Optional.of("password.policy.tooLong");
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            return Optional.of("password.policy.mix");
        }
        if (username != null && !username.isBlank()
                && password.toLowerCase().contains(username.trim().toLowerCase())) {
            return Optional.of("password.policy.username");
        }
        return Optional.empty();
    }

    /**
     * A random initial password (12 characters, about 69 bits) that meets this policy for the user name, for
     * accounts the office creates on someone's behalf.
     */
    public static String generate(String username) {
        String alphabet = LETTERS + DIGITS;
        while (true) {
            var password = new StringBuilder(GENERATED_LENGTH);
            for (int i = 0; i < GENERATED_LENGTH; i++) {
                password.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
            }
            if (check(password.toString(), username).isEmpty()) {
                return password.toString();
            }
        }
    }
}
