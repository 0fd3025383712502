package org.mlready.assessment.item.ml;

import java.util.List;
import java.util.Set;

import org.mlready.assessment.item.AnswerKey;
import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.IrtParameters;
import org.mlready.assessment.item.ItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ResponseType;

/** Assembles item instances so each family only states what is specific to it. */
final class Instances {

    private Instances() {
    }

    static ItemInstance freeResponse(ItemFamily family, long seed, String stem, ResponseType type, AnswerKey key,
                                     String solution, List<String> hints, double a, double b) {
        return new ItemInstance(family.id(), family.skillId(), seed, stem, type, key, solution, hints, List.of(),
                new IrtParameters(a, b, 0));
    }

    static ItemInstance number(ItemFamily family, long seed, String stem, double value, double tolerance,
                               String solution, List<String> hints, double a, double b) {
        return freeResponse(family, seed, stem, ResponseType.NUMBER, new AnswerKey.Numeric(value, tolerance, 0),
                solution, hints, a, b);
    }

    static ItemInstance vector(ItemFamily family, long seed, String stem, List<Double> values, double tolerance,
                               String solution, List<String> hints, double a, double b) {
        return freeResponse(family, seed, stem, ResponseType.VECTOR, new AnswerKey.Vector(values, tolerance, 0),
                solution, hints, a, b);
    }

    static ItemInstance shape(ItemFamily family, long seed, String stem, List<Integer> dimensions,
                              String solution, List<String> hints, double a, double b) {
        return freeResponse(family, seed, stem, ResponseType.SHAPE, new AnswerKey.Shape(dimensions),
                solution, hints, a, b);
    }

    static ItemInstance singleChoice(ItemFamily family, long seed, String stem, List<Choice> choices,
                                     String solution, List<String> hints, double a, double b) {
        Set<String> correct = choices.stream().filter(Choice::correct).map(Choice::id)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        if (correct.size() != 1) {
            throw new IllegalStateException("a single-choice item needs exactly one correct choice");
        }
        return new ItemInstance(family.id(), family.skillId(), seed, stem, ResponseType.SINGLE_CHOICE,
                new AnswerKey.Choices(correct), solution, hints, choices,
                new IrtParameters(a, b, 1.0 / choices.size()));
    }
}
