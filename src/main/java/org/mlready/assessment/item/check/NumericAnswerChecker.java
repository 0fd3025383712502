package org.mlready.assessment.item.check;

import org.mlready.assessment.item.AnswerKey;

/** Checks a single number against {@link AnswerKey.Numeric}; the number is read by {@link NumberReader}. */
public final class NumericAnswerChecker {

    public CheckResult check(AnswerKey.Numeric key, String response) {
        Reading<Double> number = NumberReader.read(response);
        if (!number.isReadable()) {
            return CheckResult.unreadable(NumberReader.EXPECTED, number.problem());
        }
        Tolerance tolerance = new Tolerance(key.absoluteTolerance(), key.relativeTolerance());
        return tolerance.accepts(key.value(), number.value()) ? CheckResult.correct() : CheckResult.incorrect();
    }
}
