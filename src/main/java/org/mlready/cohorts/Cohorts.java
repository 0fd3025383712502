package org.mlready.cohorts;

import java.time.Clock;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.mlready.account.DatabaseThrottleState;
import org.mlready.account.LoginThrottle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import java.util.List;
import java.util.function.Function;
import org.mlready.account.AccountUser;
import org.mlready.account.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Creating and running cohorts. An instructor sees and changes only the cohorts they own (an admin sees all); any
 * other cohort is reported as not found, so ids reveal nothing. Learners join with a code and may leave.
 */
@Service
public class Cohorts {

    static final int MAX_NAME_LENGTH = 80;
    static final int MAX_TARGET_YEARS = 10;
    private static final int CODE_ATTEMPTS = 5;

    private final CohortStore store;
    private final Clock clock;

    /** Unknown join codes a learner may try per hour before joining is refused for an hour (stops code guessing). */
    static final int MAX_UNKNOWN_CODES_PER_HOUR = 10;

    private final LoginThrottle unknownCodes;

    Cohorts(CohortStore store, Clock clock, JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.store = store;
        this.clock = clock;
        this.unknownCodes = new LoginThrottle(MAX_UNKNOWN_CODES_PER_HOUR, Duration.ofHours(1), Duration.ofHours(1), clock,
                new DatabaseThrottleState(jdbc, transactions, "join-code"));
    }

    @Transactional
    public Cohort create(AccountUser owner, String name, LocalDate targetDate) {
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty()) {
            throw badRequest("Give the cohort a name.");
        }
        if (cleanName.length() > MAX_NAME_LENGTH) {
            throw badRequest("A cohort name is at most " + MAX_NAME_LENGTH + " characters (this one has "
                    + cleanName.length() + ").");
        }
        LocalDate today = LocalDate.now(clock);
        if (targetDate != null && targetDate.isBefore(today)) {
            throw badRequest("The target date " + targetDate + " is in the past (today is " + today + ").");
        }
        if (targetDate != null && targetDate.isAfter(today.plusYears(MAX_TARGET_YEARS))) {
            throw badRequest("The target date " + targetDate + " is more than " + MAX_TARGET_YEARS + " years away.");
        }
        long id = withFreshCode(code -> store.create(owner.id(), cleanName, targetDate, code));
        return store.find(id).orElseThrow();
    }

    /** Creates a cohort from what a form or a script sent: the target date as yyyy-mm-dd text, blank for none. */
    @Transactional
    public Cohort create(AccountUser owner, String name, String targetDate) {
        return create(owner, name, parseDate(targetDate));
    }

    static LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw badRequest("The target date '" + shorten(text) + "' is not a date; write it as yyyy-mm-dd, e.g. 2026-12-18.");
        }
    }

    /** The cohorts this instructor owns; every cohort for an admin. */
    public List<Cohort> visibleTo(AccountUser user) {
        return user.role() == Role.ADMIN ? store.all() : store.ownedBy(user.id());
    }

    /** The cohort, if the user owns it or is an admin; otherwise 404. */
    public Cohort managed(AccountUser user, long cohortId) {
        return store.find(cohortId).filter(c -> c.ownerId() == user.id() || user.role() == Role.ADMIN)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "You have no cohort with the number " + cohortId + "."));
    }

    List<CohortStore.Member> members(Cohort cohort) {
        return store.members(cohort.id());
    }

    @Transactional
    public Cohort regenerateCode(AccountUser user, long cohortId) {
        Cohort cohort = managed(user, cohortId);
        withFreshCode(code -> {
            store.setJoinCode(cohort.id(), code);
            return cohort.id();
        });
        return store.find(cohort.id()).orElseThrow();
    }

    @Transactional
    public void removeMember(AccountUser user, long cohortId, long accountId) {
        Cohort cohort = managed(user, cohortId);
        if (!store.removeMember(cohort.id(), accountId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND,
                    "Account " + accountId + " is not a member of '" + cohort.name() + "'.");
        }
    }

    /** Joins the cohort whose code the learner typed, with a message that says what was wrong if it fails. */
    @Transactional
    public Cohort join(long accountId, String typedCode) {
        if (typedCode == null || typedCode.isBlank()) {
            throw badRequest("Enter the join code your instructor gave you.");
        }
        String learner = String.valueOf(accountId);
        unknownCodes.lockedFor(learner).ifPresent(left -> {
            throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS, "Too many unknown join codes: try again in "
                    + Math.max(1, (left.toSeconds() + 59) / 60) + " minutes, with the code your instructor gave you.");
        });
        String code = JoinCode.normalise(typedCode).orElseThrow(() -> badRequest("'" + shorten(typedCode)
                + "' is not a join code: a code has " + JoinCode.LENGTH + " letters and digits, like "
                + JoinCode.next() + "."));
        Cohort cohort = store.findByCode(code).orElseThrow(() -> {
            unknownCodes.recordFailure(learner);
            return new ResponseStatusException(HttpStatus.NOT_FOUND,
                    "No cohort has the join code " + code + ". Check it with your instructor; it may have been replaced.");
        });
        if (store.isMember(cohort.id(), accountId)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "You are already a member of '" + cohort.name() + "'.");
        }
        try {
            store.addMember(cohort.id(), accountId);
        } catch (DuplicateKeyException joinedTwiceAtOnce) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "You are already a member of '" + cohort.name() + "'.");
        }
        return store.find(cohort.id()).orElseThrow();
    }

    public List<Cohort> joinedBy(long accountId) {
        return store.joinedBy(accountId);
    }

    @Transactional
    public Cohort leave(long accountId, long cohortId) {
        Cohort cohort = store.find(cohortId).filter(c -> store.isMember(c.id(), accountId))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "You are not a member of a cohort with the number " + cohortId + "."));
        store.removeMember(cohortId, accountId);
        return cohort;
    }

    /**
     * Writes with a code no cohort has. A clash among 31^10 codes is all but impossible; the unique index still
     * guards against two requests drawing the same unused code at once.
     */
    private long withFreshCode(Function<String, Long> write) {
        for (int attempt = 1; attempt < CODE_ATTEMPTS; attempt++) {
            String code = JoinCode.next();
            if (store.findByCode(code).isEmpty()) {
                return write.apply(code);
            }
        }
        throw new IllegalStateException("no free join code after " + CODE_ATTEMPTS + " draws");
    }

    private static String shorten(String text) {
        String clean = text.strip();
        return clean.length() > 24 ? clean.substring(0, 24) + "…" : clean;
    }

    private static ResponseStatusException badRequest(String message) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, message);
    }
}
