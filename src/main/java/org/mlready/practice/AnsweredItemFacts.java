package org.mlready.practice;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.mlready.assessment.ItemBank;
import org.mlready.progress.GradedAnswer;
import org.springframework.stereotype.Component;

/**
 * What replaying a stored answer needs from its question (how many hints it offered, its guess chance). Answers stored
 * since V13 carry both; for older ones the question is rebuilt from family and seed (generation is deterministic) and
 * kept in a bounded least-recently-used cache, because the review schedule and the mastery history replay every
 * answer of a learner on each page view.
 */
@Component
class AnsweredItemFacts {

    /** The question's hint count and guess chance; empty when its family is no longer in the item bank. */
    record Facts(int hintsOffered, double guessChance) {

        boolean helpedByAllHints(int hintsUsed) {
            return GradedAnswer.helpedByHints(hintsUsed, hintsOffered);
        }
    }

    private static final int CAPACITY = 20_000;

    private final ItemBank bank;
    private final Map<String, Optional<Facts>> cache = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<Facts>> eldest) {
            return size() > CAPACITY;
        }
    });

    AnsweredItemFacts(ItemBank bank) {
        this.bank = bank;
    }

    /** The facts stored with the answer, or else those of its question rebuilt from family and seed. */
    Optional<Facts> of(ResponseStore.PracticeAnswer answer) {
        if (answer.hintsOffered() != null && answer.guessChance() != null) {
            return Optional.of(new Facts(answer.hintsOffered(), answer.guessChance()));
        }
        return of(answer.familyId(), answer.seed());
    }

    Optional<Facts> of(String familyId, long seed) {
        String key = familyId + "#" + seed;
        Optional<Facts> known = cache.get(key);
        if (known != null) {
            return known;
        }
        Optional<Facts> facts = bank.instance(familyId, seed).map(i -> new Facts(i.hints().size(), i.irt().c()));
        cache.put(key, facts);
        return facts;
    }
}
