package org.mlready.practice;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.mlready.assessment.ItemBank;
import org.mlready.assessment.item.ItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.check.CheckResult;
import org.mlready.assessment.item.check.Verdict;
import org.mlready.curriculum.Curriculum;
import org.mlready.curriculum.Skill;
import org.mlready.curriculum.Topic;
import org.mlready.progress.GradedAnswer;
import org.mlready.progress.MasteryTracker;
import org.mlready.progress.SkillMastery;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** Practice on generated and authored exercises: choosing the next question, marking answers, tracking mastery. */
@Service
public class Practice {

    static final int MAX_RESPONSE_LENGTH = 4000;

    public record Feedback(ItemInstance item, CheckResult result, MasteryTracker.Change mastery) {
    }

    private final ItemBank bank;
    private final Curriculum curriculum;
    private final MasteryTracker mastery;
    private final ResponseStore responses;
    private final Random random = new SecureRandom();

    Practice(ItemBank bank, Curriculum curriculum, MasteryTracker mastery, ResponseStore responses) {
        this.bank = bank;
        this.curriculum = curriculum;
        this.mastery = mastery;
        this.responses = responses;
    }

    /** The next question in the topic, or in its one {@code focus} skill. */
    PracticePicker.Pick next(long accountId, Topic topic, java.util.Optional<String> focus) {
        Map<String, List<String>> families = new LinkedHashMap<>();
        for (Skill skill : topic.skills()) {
            if (focus.isEmpty() || focus.get().equals(skill.id())) {
                families.put(skill.id(), bank.familiesFor(skill.id()).stream().map(ItemFamily::id).toList());
            }
        }
        Map<String, Double> estimates = mastery.all(accountId).values().stream()
                .collect(Collectors.toMap(SkillMastery::skillId, SkillMastery::probability));
        Set<String> recent = responses.recent(accountId, 10).stream().map(ResponseStore.StoredResponse::familyId)
                .collect(Collectors.toSet());
        Set<String> solved = solvedSingleQuestions(bank, responses, accountId);
        synchronized (random) {
            return PracticePicker.pick(families, estimates, recent, solved, random);
        }
    }

    /** Authored items (one question each) the learner has already answered right: generators offer new questions. */
    static Set<String> solvedSingleQuestions(ItemBank bank, ResponseStore responses, long accountId) {
        return responses.correctlyAnsweredFamilies(accountId).stream()
                .filter(id -> bank.family(id).map(f -> f.distinctQuestions() == 1).orElse(false))
                .collect(Collectors.toSet());
    }

    /** The question, checked to belong to the topic the learner is practising. */
    public ItemInstance question(Topic topic, String familyId, long seed) {
        ItemFamily family = bank.family(familyId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "There is no exercise family called '" + familyId + "'."));
        if (curriculum.skill(family.skillId()).map(Skill::topicId).filter(topic.id()::equals).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND,
                    "Exercise '" + familyId + "' does not belong to the topic '" + topic.title() + "'.");
        }
        if (seed < 0) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The question number must not be negative.");
        }
        return family.generate(seed);
    }

    /**
     * Marks an answer and stores it, with the mastery update, in one transaction that commits before the learner
     * sees any feedback. Unreadable answers are stored too, but are not evidence either way.
     */
    @Transactional
    public Feedback answer(long accountId, ItemInstance item, String response, int hintsUsed) {
        String text = response == null ? "" : response.strip();
        if (text.length() > MAX_RESPONSE_LENGTH) {
            throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE,
                    "Your answer is longer than " + MAX_RESPONSE_LENGTH + " characters.");
        }
        CheckResult result = bank.check(item, text);
        responses.insert(accountId, item.familyId(), item.seed(), item.skillId(), text, result.verdict(), Math.max(0, hintsUsed),
                item.hints().size(), item.irt().c());
        MasteryTracker.Change change = result.verdict() == Verdict.UNREADABLE ? null
                : mastery.record(accountId, item.skillId(), result.isCorrect(),
                GradedAnswer.helpedByHints(hintsUsed, item.hints().size()), item.irt().c());
        return new Feedback(item, result, change);
    }
}
