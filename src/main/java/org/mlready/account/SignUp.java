package org.mlready.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a person gives to open an account, from the sign-up form or {@code POST /api/signup}. */
public record SignUp(
        @NotBlank(message = "Email is required.") @Email(message = "Enter a valid email address.")
        @Size(max = 254, message = "Email must be at most 254 characters.") String email,
        @NotBlank(message = "Display name is required.")
        @Size(max = 80, message = "Display name must be at most 80 characters.") String displayName,
        @NotBlank(message = "Password is required.") String password) {
}
