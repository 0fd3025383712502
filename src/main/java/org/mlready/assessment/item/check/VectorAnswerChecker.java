package org.mlready.assessment.item.check;

import java.util.List;

import org.mlready.assessment.item.AnswerKey;

/**
 * Checks a list of numbers against {@link AnswerKey.Vector}, element by element with the key's tolerance. A list of
 * the wrong length is a wrong answer (not an unreadable one) and the message says the expected length.
 */
public final class VectorAnswerChecker {

    public CheckResult check(AnswerKey.Vector key, String response) {
        Reading<List<Double>> vector = VectorReader.read(response);
        if (!vector.isReadable()) {
            return CheckResult.unreadable(VectorReader.EXPECTED, vector.problem());
        }
        List<Double> given = vector.value();
        List<Double> expected = key.values();
        if (given.size() != expected.size()) {
            return CheckResult.incorrect("The answer should have " + expected.size() + " "
                    + plural(expected.size(), "number") + ", but yours has " + given.size() + ".");
        }
        Tolerance tolerance = new Tolerance(key.absoluteTolerance(), key.relativeTolerance());
        for (int i = 0; i < expected.size(); i++) {
            if (!tolerance.accepts(expected.get(i), given.get(i))) {
                return CheckResult.incorrect();
            }
        }
        return CheckResult.correct();
    }

    static String plural(int count, String noun) {
        return count == 1 ? noun : noun + "s";
    }
}
