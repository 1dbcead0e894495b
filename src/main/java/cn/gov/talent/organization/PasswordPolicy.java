package cn.gov.talent.organization;

import java.util.Optional;

/**
 * 密码策略: at least 8 characters, with letters and digits, and not containing the user name.
 * Returns the message key of the first rule broken.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;

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
}
