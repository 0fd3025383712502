package org.mlready.progress;

import java.util.Map;
import java.util.stream.Collectors;
import org.mlready.curriculum.Curriculum;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Keeps each learner's per-skill mastery estimate up to date as evidence (answers) arrives. */
@Service
public class MasteryTracker {

    private final MasteryStore store;
    private final Curriculum curriculum;
    private final KnowledgeTracing model = KnowledgeTracing.DEFAULT;

    MasteryTracker(MasteryStore store, Curriculum curriculum) {
        this.store = store;
        this.curriculum = curriculum;
    }

    /**
     * Records one graded answer and returns the mastery before and after. Joins the caller's transaction so that
     * the answer and the estimate are stored together or not at all.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Change record(long accountId, String skillId, boolean correct, boolean helpedByHints, double guessChance) {
        if (curriculum.skill(skillId).isEmpty()) {
            throw new IllegalArgumentException("unknown skill " + skillId);
        }
        MasteryStore.Row before = store.find(accountId, skillId).orElse(new MasteryStore.Row(model.initial(), 0, 0));
        double after = model.afterAnswer(before.probability(), correct, helpedByHints, guessChance);
        store.save(accountId, skillId, new MasteryStore.Row(after, before.attempts() + 1, before.correct() + (correct ? 1 : 0)));
        return new Change(skillId, before.probability(), after);
    }

    public SkillMastery of(long accountId, String skillId) {
        MasteryStore.Row row = store.find(accountId, skillId).orElse(new MasteryStore.Row(model.initial(), 0, 0));
        return new SkillMastery(skillId, row.probability(), row.attempts(), row.correct());
    }

    /** Estimates for every skill the learner has practised. */
    public Map<String, SkillMastery> all(long accountId) {
        return store.all(accountId).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> new SkillMastery(e.getKey(), e.getValue().probability(), e.getValue().attempts(), e.getValue().correct())));
    }

    public record Change(String skillId, double before, double after) {
        public int beforePercent() {
            return (int) Math.round(before * 100);
        }

        public int afterPercent() {
            return (int) Math.round(after * 100);
        }
    }
}
