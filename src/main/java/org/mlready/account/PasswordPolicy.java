package org.mlready.account;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What makes a password acceptable; returns the reason a password is too weak, if it is. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = Set.of("password", "password1", "password12", "password123",
            "1234567890", "0123456789", "qwertyuiop", "qwerty1234", "iloveyou12", "letmein123", "welcome123",
            "admin12345", "abcdefghij", "abc1234567", "passw0rd12", "football12", "monkey1234", "dragon1234",
            "mlready123", "machinelearning", "1q2w3e4r5t", "qwertyuiop1", "11111111111", "sunshine12");

    private PasswordPolicy() {
    }

    public static Optional<String> weakness(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("Password must be at least " + MIN_LENGTH + " characters long.");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("Password must be at most " + MAX_LENGTH + " characters long.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            return Optional.of("That password is too common; choose another.");
        }
        if (lower.chars().distinct().count() < 4) {
            return Optional.of("Password needs at least 4 different characters.");
        }
        if (email != null && email.contains("@")) {
            String local = email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT);
            if (local.length() >= 4 && lower.contains(local)) {
                return Optional.of("Password must not contain your email address.");
            }
        }
        return Optional.empty();
    }
}
