package org.mlready.assessment.item.check;

import java.util.List;

import org.mlready.assessment.item.AnswerKey;

/** Checks an array shape against {@link AnswerKey.Shape}; the shape is read by {@link ShapeReader}. */
public final class ShapeAnswerChecker {

    public CheckResult check(AnswerKey.Shape key, String response) {
        Reading<List<Integer>> shape = ShapeReader.read(response);
        if (!shape.isReadable()) {
            return CheckResult.unreadable(ShapeReader.EXPECTED, shape.problem());
        }
        return shape.value().equals(key.dimensions()) ? CheckResult.correct() : CheckResult.incorrect();
    }
}
