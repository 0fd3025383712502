package org.mlready.assessment;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mlready.account.Account;
import org.mlready.account.Profiles;
import org.mlready.assessment.cat.AdaptiveTest;
import org.mlready.assessment.cat.Answer;
import org.mlready.assessment.cat.CatSettings;
import org.mlready.assessment.cat.MasteryStatus;
import org.mlready.assessment.cat.PoolItem;
import org.mlready.assessment.cat.ReadinessCat;
import org.mlready.assessment.cat.RecordedAnswer;
import org.mlready.assessment.cat.TestResult;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.check.CheckResult;
import org.mlready.assessment.item.check.Verdict;
import org.mlready.curriculum.Curriculum;
import org.mlready.progress.LearnerProgress;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The adaptive readiness check as learners take it: start or resume, the next question, answers stored in the same
 * transaction that records them, the result, and testing out of mastered topics. A check's state is its list of
 * answers, stored before the learner sees the next question; a test kept in memory ({@link LiveTests}) only saves
 * replaying them.
 */
@Service
public class ReadinessChecks {

    /** Instances of each family in the pool (each with its own seed, so its own numbers). */
    static final int INSTANCES_PER_FAMILY = 3;

    public record Question(long checkId, int position, int maxLength, PoolItem poolItem, ItemInstance item) {
    }

    public record AnswerOutcome(boolean recorded, CheckResult check, boolean finished) {
    }

    public record Summary(long checkId, String status, java.time.Instant startedAt, java.time.Instant completedAt,
                          int answered, int mastered, int notYet, int uncertain) {
    }

    /** A finished check's outcome per topic: the status it decided and the probability of mastery behind it. */
    public record CompletedCheck(long checkId, java.time.Instant completedAt, Map<String, TopicOutcome> topics) {
    }

    public record TopicOutcome(MasteryStatus status, double pMastered) {
    }

    private final ItemBank bank;
    private final Curriculum curriculum;
    private final Profiles profiles;
    private final LearnerProgress progress;
    private final ReadinessCheckStore store;
    private final ResponseLog responses;
    private final ReadinessEngines engines;
    private final SecureRandom random = new SecureRandom();
    private final TransactionTemplate transactions;
    private final LiveTests live = new LiveTests();

    ReadinessChecks(ItemBank bank, Curriculum curriculum, Profiles profiles, LearnerProgress progress,
                    ReadinessCheckStore store, ResponseLog responses, ReadinessEngines engines,
                    PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.bank = bank;
        this.curriculum = curriculum;
        this.profiles = profiles;
        this.progress = progress;
        this.store = store;
        this.responses = responses;
        this.engines = engines;
    }

    /** The learner's check in progress, or a new one, which uses the latest item calibration (if there is one). */
    @Transactional
    public long startOrResume(long accountId) {
        Optional<ReadinessCheckStore.CheckRow> open = store.inProgress(accountId);
        if (open.isPresent()) {
            return open.get().id();
        }
        Account account = profiles.get(accountId);
        String background = account.background() == null ? "unknown" : account.background();
        return store.create(accountId, background, random.nextLong() & Long.MAX_VALUE, engines.latestRunId().orElse(null));
    }

    /** The calibration run whose item parameters the check uses; empty: the authors' parameters. */
    public Optional<Long> calibrationRun(long accountId, long checkId) {
        return Optional.ofNullable(owned(accountId, checkId).calibrationRunId());
    }

    public Optional<Question> next(long accountId, long checkId) {
        ReadinessCheckStore.CheckRow check = owned(accountId, checkId);
        AdaptiveTest test = rebuild(check);
        synchronized (test) {
            return test.next().map(item -> question(check, test, item));
        }
    }

    /**
     * Marks and stores an answer to the current question. An unreadable answer is returned for correction and not
     * stored as evidence; "I don't know" is a valid answer. The estimation runs outside any transaction; the answer
     * row, the response log and, when the check ends, its result are then written in one short transaction. The
     * key (check, position) turns a concurrent second answer to the same question into a conflict, not a double count.
     */
    public AnswerOutcome answer(long accountId, long checkId, String itemId, String response, boolean dontKnow) {
        ReadinessCheckStore.CheckRow check = owned(accountId, checkId);
        if (check.completed()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "This readiness check is already finished.");
        }
        AdaptiveTest test = rebuild(check);
        Marked marked;
        synchronized (test) {
            marked = mark(test, itemId, response, dontKnow);
        }
        if (marked.result().verdict() == Verdict.UNREADABLE) {
            return new AnswerOutcome(false, marked.result(), false);
        }
        try {
            transactions.executeWithoutResult(status -> {
                store.addAnswer(checkId, marked.position(), marked.poolItem().id(), marked.answer(), marked.stored());
                responses.record(accountId, marked.item(), marked.stored(),
                        marked.answer() == Answer.CORRECT ? Verdict.CORRECT : Verdict.INCORRECT);
                if (marked.outcome() != null) {
                    store.complete(checkId, marked.outcome().stopReason().map(Enum::name).orElse(null), marked.outcome().topics()
                            .stream().map(t -> new ReadinessCheckStore.TopicRow(t.topicId(), t.status().name(), t.pMastered())).toList());
                }
            });
        } catch (RuntimeException notStored) {
            live.forget(checkId);
            if (notStored instanceof DuplicateKeyException) {
                throw new ResponseStatusException(HttpStatus.CONFLICT, "That question has already been answered.");
            }
            throw notStored;
        }
        return new AnswerOutcome(true, marked.result(), marked.outcome() != null);
    }

    private record Marked(PoolItem poolItem, ItemInstance item, int position, Answer answer, String stored,
                          CheckResult result, TestResult outcome) {
    }

    /** Checks the answer against the current question and, if it can be read, records it in the test. */
    private Marked mark(AdaptiveTest test, String itemId, String response, boolean dontKnow) {
        PoolItem current = test.next().orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT,
                "This readiness check has no question waiting."));
        if (!current.id().equals(itemId)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "That question has already been answered; the current question is " + current.id() + ".");
        }
        ItemInstance item = instance(current);
        String text = response == null ? "" : response.strip();
        if (text.length() > 4000) {
            throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE, "Your answer is longer than 4000 characters.");
        }
        Answer answer;
        CheckResult result;
        if (dontKnow) {
            answer = Answer.DONT_KNOW;
            result = CheckResult.incorrect("Noted: you don't know this one yet.");
        } else {
            result = bank.check(item, text);
            if (result.verdict() == Verdict.UNREADABLE) {
                return new Marked(current, item, test.answers().size(), null, text, result, null);
            }
            answer = result.isCorrect() ? Answer.CORRECT : Answer.INCORRECT;
        }
        int position = test.answers().size();
        String stored = dontKnow ? "(I don't know)" : text;
        test.record(current.id(), answer);
        return new Marked(current, item, position, answer, stored, result, test.finished() ? test.result() : null);
    }

    public TestResult result(long accountId, long checkId) {
        AdaptiveTest test = rebuild(owned(accountId, checkId));
        synchronized (test) {
            return test.result();
        }
    }

    public boolean finished(long accountId, long checkId) {
        return owned(accountId, checkId).completed();
    }

    /** The stem of an answered or pending question, for showing which questions drove a decision. */
    public Optional<ItemInstance> instance(String poolItemId) {
        return engines.authors().pool().item(poolItemId).map(this::instance);
    }

    /** Marks the topics the finished check found mastered as studied, so they count as done everywhere. */
    @Transactional
    public List<String> testOut(long accountId, long checkId) {
        ReadinessCheckStore.CheckRow check = owned(accountId, checkId);
        if (!check.completed()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Finish the readiness check before testing out.");
        }
        List<String> mastered = store.topicResults(checkId).stream().filter(t -> t.status().equals(MasteryStatus.MASTERED.name()))
                .map(ReadinessCheckStore.TopicRow::topicId).toList();
        mastered.forEach(topicId -> progress.markTopic(accountId, topicId, true));
        return mastered;
    }

    /** The learner's most recently completed check, if any: the evidence of readiness that counts today. */
    public Optional<CompletedCheck> latestCompleted(long accountId) {
        return store.latestCompleted(accountId).map(check -> new CompletedCheck(check.id(), check.completedAt(),
                store.topicResults(check.id()).stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
                        ReadinessCheckStore.TopicRow::topicId,
                        t -> new TopicOutcome(MasteryStatus.valueOf(t.status()), t.probability())))));
    }

    public List<Summary> history(long accountId) {
        return store.historyWithCounts(accountId).stream().map(c -> new Summary(c.id(), c.status(), c.startedAt(),
                c.completedAt(), c.answered(), c.mastered(), c.notYet(), c.uncertain())).toList();
    }

    public int maxLength() {
        return CatSettings.defaults().maxLength();
    }

    private Question question(ReadinessCheckStore.CheckRow check, AdaptiveTest test, PoolItem item) {
        return new Question(check.id(), test.answers().size() + 1, maxLength(), item, instance(item));
    }

    private ItemInstance instance(PoolItem item) {
        return bank.instance(item.familyId(), item.seed().orElse(0)).orElseThrow(
                () -> new IllegalStateException("pool item " + item.id() + " names no family of the item bank"));
    }

    private AdaptiveTest rebuild(ReadinessCheckStore.CheckRow check) {
        ReadinessCat engine = engines.forRun(check.calibrationRunId()).forBackground(check.background());
        List<RecordedAnswer> answers = store.answers(check.id());
        return live.get(check.id(), answers, () -> engine.resume(check.randomSeed(), answers));
    }

    private ReadinessCheckStore.CheckRow owned(long accountId, long checkId) {
        return store.find(checkId).filter(c -> c.accountId() == accountId).orElseThrow(ReadinessChecks::notFound);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "You have no readiness check with that number.");
    }

}
