package org.mlready.practice;

import java.util.List;
import java.util.Optional;
import org.mlready.progress.GradedAnswer;
import org.mlready.progress.PracticeHistory;
import org.springframework.stereotype.Service;

/**
 * The stored practice answers as knowledge-tracing evidence. Each question is rebuilt from its family and seed
 * (generation is deterministic) for the hint count and guess chance {@link Practice#answer} used. An answer to a
 * family no longer in the item bank is replayed as unaided with no guess chance of its own (the model's guess rate).
 */
@Service
class PracticeAnswerHistory implements PracticeHistory {

    private final ResponseStore responses;
    private final AnsweredItemFacts facts;

    PracticeAnswerHistory(ResponseStore responses, AnsweredItemFacts facts) {
        this.responses = responses;
        this.facts = facts;
    }

    @Override
    public List<GradedAnswer> gradedAnswers(long accountId) {
        return responses.practiceHistory(accountId).stream().map(row -> {
            Optional<AnsweredItemFacts.Facts> item = facts.of(row);
            boolean helped = item.map(f -> f.helpedByAllHints(row.hintsUsed())).orElse(false);
            double guessChance = item.map(AnsweredItemFacts.Facts::guessChance).orElse(0.0);
            return new GradedAnswer(row.answeredAt(), row.skillId(), row.correct(), helped, guessChance);
        }).toList();
    }
}
