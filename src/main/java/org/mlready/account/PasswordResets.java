package org.mlready.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time reset links an administrator creates for a person who forgot their password. The token is shown once
 * and only its SHA-256 is stored; a new link replaces the person's older unused ones.
 */
@Service
class PasswordResets {

    static final Duration VALID_FOR = Duration.ofHours(24);

    record Issued(String token, Instant expiresAt) {
    }

    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final SignedInSessions sessions;
    private final LoginThrottle throttle;
    private final Clock clock;

    PasswordResets(JdbcClient jdbc, Accounts accounts, PasswordEncoder encoder, SignedInSessions sessions,
                   LoginThrottle throttle, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.encoder = encoder;
        this.sessions = sessions;
        this.throttle = throttle;
        this.clock = clock;
    }

    @Transactional
    Issued issue(long accountId, long issuedBy) {
        if (accounts.findById(accountId).isEmpty()) {
            throw new CredentialsRejectedException("account", HttpStatus.NOT_FOUND, "No account with id " + accountId + ".");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        jdbc.sql("update password_resets set used_at = ? where account_id = ? and used_at is null")
                .params(now, accountId).update();
        jdbc.sql("insert into password_resets (token_hash, account_id, created_by, created_at, expires_at) values (?, ?, ?, ?, ?)")
                .params(hash(token), accountId, issuedBy, now, now.plus(VALID_FOR)).update();
        return new Issued(token, now.plus(VALID_FOR).toInstant());
    }

    /** The account a still-valid token resets. */
    Optional<Account> accountFor(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("select account_id from password_resets where token_hash = ? and used_at is null and expires_at > ?")
                .params(hash(token), OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .query(Long.class).optional().flatMap(accounts::findById);
    }

    /** Sets the new password, uses the link up, lifts a log-in lock and signs the account out everywhere. */
    @Transactional
    Account reset(String token, String newPassword) {
        Account account = accountFor(token).orElseThrow(() -> new CredentialsRejectedException("token", HttpStatus.GONE,
                "This reset link has expired or was already used. Ask an administrator for a new one."));
        PasswordPolicy.weakness(newPassword, account.email()).ifPresent(reason -> {
            throw new CredentialsRejectedException("newPassword", HttpStatus.BAD_REQUEST, reason);
        });
        accounts.updatePasswordHash(account.id(), encoder.encode(newPassword));
        jdbc.sql("update password_resets set used_at = ? where token_hash = ?")
                .params(OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), hash(token)).update();
        throttle.recordSuccess(account.email());
        sessions.endAllExcept(account.email(), null);
        return account;
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
