package org.mlready.labs.eda;

import java.util.List;

/** The verdict on a set of answers, one result per question in question order. */
public record EdaGrade(List<AnswerResult> results) {

    public EdaGrade {
        results = List.copyOf(results);
    }

    public long correctCount() {
        return results.stream().filter(AnswerResult::correct).count();
    }

    public boolean allCorrect() {
        return correctCount() == results.size();
    }
}
