package org.mlready.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Creates the first admin at start-up when MLREADY_ADMIN_EMAIL / MLREADY_ADMIN_PASSWORD are set and no such account exists. */
@Component
class FirstAdminCreator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdminCreator.class);

    private final AdminProperties admin;
    private final Accounts accounts;
    private final AccountRegistration registration;

    FirstAdminCreator(AdminProperties admin, Accounts accounts, AccountRegistration registration) {
        this.admin = admin;
        this.accounts = accounts;
        this.registration = registration;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (admin.email() == null || admin.email().isBlank()) {
            return;
        }
        String email = AccountRegistration.normaliseEmail(admin.email());
        var existing = accounts.findByEmail(email);
        if (existing.isPresent()) {
            if (existing.get().role() != Role.ADMIN) {
                accounts.updateRole(existing.get().id(), Role.ADMIN);
                log.info("Made existing account {} an administrator", email);
            }
            return;
        }
        if (admin.password() == null) {
            throw new IllegalStateException("MLREADY_ADMIN_EMAIL is set but MLREADY_ADMIN_PASSWORD is not");
        }
        try {
            registration.create(new SignUp(email, "Administrator", admin.password()), Role.ADMIN);
        } catch (SignUpRejectedException rejected) {
            throw new IllegalStateException("Cannot create the first admin from MLREADY_ADMIN_EMAIL: " + rejected.getMessage());
        }
        log.info("Created the first administrator account {}", email);
    }
}
