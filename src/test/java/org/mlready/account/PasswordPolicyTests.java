package org.mlready.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    @Test
    void acceptsALongVariedPassword() {
        assertThat(PasswordPolicy.weakness("tangent-space-42", "ada@example.org")).isEmpty();
    }

    @Test
    void refusesShortCommonRepetitiveAndEmailBasedPasswords() {
        assertThat(PasswordPolicy.weakness("short", "a@b.c")).contains("Password must be at least 10 characters long.");
        assertThat(PasswordPolicy.weakness("Password123", "a@b.c")).contains("That password is too common; choose another.");
        assertThat(PasswordPolicy.weakness("aaaaabbbbbb", "a@b.c")).contains("Password needs at least 4 different characters.");
        assertThat(PasswordPolicy.weakness("lovelace-1815", "lovelace@example.org")).contains("Password must not contain your email address.");
        assertThat(PasswordPolicy.weakness("x".repeat(129), "a@b.c")).isPresent();
    }
}
