package org.mlready.account;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Throttle state in the database (Flyway V16), shared by every instance: failures split across instances still add
 * up to a lock, and a lock made by one instance holds on all. Two instances racing may let one extra attempt through.
 * Every write commits in its own transaction: a failure is usually recorded just before the caller throws, which
 * rolls the caller's transaction back.
 */
public final class DatabaseThrottleState implements ThrottleState {

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final String scope;

    public DatabaseThrottleState(JdbcClient jdbc, PlatformTransactionManager transactions, String scope) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.scope = scope;
    }

    @Override
    public int addFailure(String subject, Instant at, Instant windowStart) {
        Integer left = ownTransaction.execute(status -> countAfterAdding(subject, at, windowStart));
        return left == null ? 0 : left;
    }

    private int countAfterAdding(String subject, Instant at, Instant windowStart) {
        jdbc.sql("delete from throttle_failures where scope = ? and subject = ? and failed_at < ?")
                .params(scope, subject, utc(windowStart)).update();
        jdbc.sql("insert into throttle_failures (scope, subject, failed_at) values (?, ?, ?)")
                .params(scope, subject, utc(at)).update();
        return jdbc.sql("select count(*) from throttle_failures where scope = ? and subject = ?")
                .params(scope, subject).query(Integer.class).single();
    }

    @Override
    public void clearFailures(String subject) {
        ownTransaction.executeWithoutResult(status -> jdbc.sql("delete from throttle_failures where scope = ? and subject = ?")
                .params(scope, subject).update());
    }

    @Override
    public Optional<Instant> lockedUntil(String subject) {
        return jdbc.sql("select locked_until from throttle_locks where scope = ? and subject = ?")
                .params(scope, subject).query(OffsetDateTime.class).optional().map(OffsetDateTime::toInstant);
    }

    @Override
    public void lock(String subject, Instant until) {
        ownTransaction.executeWithoutResult(status -> upsertLock(subject, until));
    }

    private void upsertLock(String subject, Instant until) {
        int updated = jdbc.sql("update throttle_locks set locked_until = ? where scope = ? and subject = ?")
                .params(utc(until), scope, subject).update();
        if (updated == 0) {
            try {
                jdbc.sql("insert into throttle_locks (scope, subject, locked_until) values (?, ?, ?)")
                        .params(scope, subject, utc(until)).update();
            } catch (DuplicateKeyException lockedByAnotherInstance) {
                jdbc.sql("update throttle_locks set locked_until = ? where scope = ? and subject = ?")
                        .params(utc(until), scope, subject).update();
            }
        }
    }

    @Override
    public void unlock(String subject) {
        ownTransaction.executeWithoutResult(status -> jdbc.sql("delete from throttle_locks where scope = ? and subject = ?")
                .params(scope, subject).update());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
