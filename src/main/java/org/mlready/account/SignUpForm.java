package org.mlready.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The sign-up page's form (a mutable bean, as Thymeleaf's form binding wants). */
public class SignUpForm {

    @NotBlank(message = "Email is required.")
    @Email(message = "Enter a valid email address.")
    @Size(max = 254, message = "Email must be at most 254 characters.")
    private String email = "";

    @NotBlank(message = "Display name is required.")
    @Size(max = 80, message = "Display name must be at most 80 characters.")
    private String displayName = "";

    @NotBlank(message = "Password is required.")
    private String password = "";

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    SignUp toSignUp() {
        return new SignUp(email, displayName, password);
    }
}
