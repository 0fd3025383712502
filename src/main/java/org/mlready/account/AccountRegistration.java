package org.mlready.account;

import java.util.Locale;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class AccountRegistration {

    private final Accounts accounts;
    private final PasswordEncoder passwordEncoder;

    AccountRegistration(Accounts accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    @Transactional
    public Account register(SignUp signUp) {
        return create(signUp, Role.LEARNER);
    }

    @Transactional
    Account create(SignUp signUp, Role role) {
        String email = normaliseEmail(signUp.email());
        PasswordPolicy.weakness(signUp.password(), email).ifPresent(reason -> {
            throw new SignUpRejectedException("password", reason);
        });
        if (accounts.existsByEmail(email)) {
            throw new SignUpRejectedException("email", "An account with this email already exists.");
        }
        try {
            long id = accounts.insert(email, signUp.displayName().strip(), passwordEncoder.encode(signUp.password()), role);
            return accounts.findById(id).orElseThrow();
        } catch (DuplicateKeyException raced) {
            throw new SignUpRejectedException("email", "An account with this email already exists.");
        }
    }

    static String normaliseEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
