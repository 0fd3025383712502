package org.mlready.account;

import java.util.Locale;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

@Service
public class AccountRegistration {

    private final Accounts accounts;
    private final PasswordEncoder passwordEncoder;

    AccountRegistration(Accounts accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    // Not one transaction: hashing takes ~0.1 s of CPU and must not hold a database connection; the unique
    // index settles a race between two sign-ups with the same email.
    public Account register(SignUp signUp) {
        return create(signUp, Role.LEARNER);
    }

    Account create(SignUp signUp, Role role) {
        String email = normaliseEmail(signUp.email());
        PasswordPolicy.weakness(signUp.password(), email).ifPresent(reason -> {
            throw new SignUpRejectedException("password", reason);
        });
        if (accounts.existsByEmail(email)) {
            throw new SignUpRejectedException("email", "An account with this email already exists.");
        }
        String hash = passwordEncoder.encode(signUp.password());
        try {
            long id = accounts.insert(email, signUp.displayName().strip(), hash, role);
            return accounts.findById(id).orElseThrow();
        } catch (DuplicateKeyException raced) {
            throw new SignUpRejectedException("email", "An account with this email already exists.");
        }
    }

    static String normaliseEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
