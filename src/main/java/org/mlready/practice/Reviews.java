package org.mlready.practice;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.mlready.assessment.ItemBank;
import org.mlready.assessment.item.ItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.curriculum.Curriculum;
import org.mlready.curriculum.Skill;
import org.mlready.practice.review.ReviewAnswer;
import org.mlready.practice.review.ReviewScheduler;
import org.mlready.practice.review.SkillReview;
import org.mlready.progress.KnowledgeTracing;
import org.mlready.progress.MasteryTracker;
import org.mlready.progress.SkillMastery;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Spaced review of mastered skills. The schedule is recomputed from the learner's practice answers on every call
 * ({@link ReviewScheduler}); review answers are stored as practice answers, so answering a skill's question anywhere
 * (in a review session or while practising its topic) counts the same.
 */
@Service
public class Reviews {

    public record ScheduledSkill(String skillId, String title, String topicId, SkillReview review) {
    }

    /** The learner's skills in review, due ones (most overdue first) and upcoming ones (soonest first). */
    public record Overview(LocalDate today, List<ScheduledSkill> due, List<ScheduledSkill> upcoming) {

        public Optional<LocalDate> nextDueOn() {
            return upcoming.stream().map(s -> s.review().dueOn()).findFirst();
        }

        public boolean anyInReview() {
            return !due.isEmpty() || !upcoming.isEmpty();
        }

        boolean inReview(String skillId) {
            return due.stream().anyMatch(s -> s.skillId().equals(skillId)) || upcoming.stream().anyMatch(s -> s.skillId().equals(skillId));
        }
    }

    private final ItemBank bank;
    private final Curriculum curriculum;
    private final ResponseStore responses;
    private final MasteryTracker mastery;
    private final Clock clock;
    private final AnsweredItemFacts facts;
    private final Random random = new SecureRandom();

    Reviews(ItemBank bank, Curriculum curriculum, ResponseStore responses, MasteryTracker mastery, Clock clock,
            AnsweredItemFacts facts) {
        this.facts = facts;
        this.bank = bank;
        this.curriculum = curriculum;
        this.responses = responses;
        this.mastery = mastery;
        this.clock = clock;
    }

    public Overview overview(long accountId) {
        ReviewScheduler scheduler = new ReviewScheduler(KnowledgeTracing.DEFAULT, clock.getZone());
        Map<String, List<ReviewAnswer>> bySkill = new LinkedHashMap<>();
        for (ResponseStore.PracticeAnswer answer : responses.practiceHistory(accountId)) {
            Optional<AnsweredItemFacts.Facts> item = facts.of(answer);
            boolean allHints = item.map(f -> f.helpedByAllHints(answer.hintsUsed())).orElse(false);
            double guess = item.map(AnsweredItemFacts.Facts::guessChance).orElse(0.0);
            bySkill.computeIfAbsent(answer.skillId(), s -> new ArrayList<>())
                    .add(new ReviewAnswer(answer.answeredAt(), answer.correct(), answer.hintsUsed(), allHints, guess));
        }
        LocalDate today = LocalDate.now(clock);
        List<ScheduledSkill> scheduled = new ArrayList<>();
        for (Skill skill : curriculum.skills()) {
            List<ReviewAnswer> answers = bySkill.get(skill.id());
            if (answers != null) {
                scheduler.schedule(answers).ifPresent(r -> scheduled.add(new ScheduledSkill(skill.id(), skill.title(), skill.topicId(), r)));
            }
        }
        scheduled.sort(Comparator.comparing((ScheduledSkill s) -> s.review().dueOn()));
        return new Overview(today, scheduled.stream().filter(s -> s.review().dueBy(today)).toList(),
                scheduled.stream().filter(s -> !s.review().dueBy(today)).toList());
    }

    /** A question on the most overdue skill, avoiding the question families the learner has just seen. */
    public Optional<ItemInstance> nextQuestion(long accountId, Overview overview) {
        for (ScheduledSkill due : overview.due()) {
            List<String> families = bank.familiesFor(due.skillId()).stream().map(ItemFamily::id).toList();
            if (families.isEmpty()) {
                continue;
            }
            Map<String, Double> estimates = mastery.all(accountId).values().stream()
                    .collect(Collectors.toMap(SkillMastery::skillId, SkillMastery::probability));
            Set<String> recent = responses.recent(accountId, 10).stream().map(ResponseStore.StoredResponse::familyId)
                    .collect(Collectors.toSet());
            PracticePicker.Pick pick;
            synchronized (random) {
                pick = PracticePicker.pick(Map.of(due.skillId(), families), estimates, recent,
                        Practice.solvedSingleQuestions(bank, responses, accountId), random);
            }
            return bank.instance(pick.familyId(), pick.seed());
        }
        return Optional.empty();
    }

    /** A review question, checked to exist and to belong to a skill the learner has in review. */
    public ItemInstance question(long accountId, String familyId, long seed) {
        ItemFamily family = bank.family(familyId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "There is no exercise family called '" + familyId + "'."));
        if (seed < 0) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The question number must not be negative.");
        }
        if (!overview(accountId).inReview(family.skillId())) {
            String title = curriculum.skill(family.skillId()).map(Skill::title).orElse(family.skillId());
            throw new ResponseStatusException(HttpStatus.NOT_FOUND,
                    "'" + title + "' is not in your reviews yet: a skill comes up for review once you master it in practice.");
        }
        return family.generate(seed);
    }
}
