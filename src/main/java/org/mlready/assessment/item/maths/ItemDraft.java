package org.mlready.assessment.item.maths;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.mlready.assessment.item.AnswerKey;
import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.IrtParameters;
import org.mlready.assessment.item.ItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ResponseType;

/** Collects the parts of one question and checks they are all there before building the instance. */
final class ItemDraft {

    private final ItemFamily family;
    private final long seed;
    private String stem;
    private ResponseType responseType;
    private AnswerKey key;
    private String solution;
    private List<String> hints = List.of();
    private List<Choice> choices = List.of();
    private double discrimination = Double.NaN;
    private double difficulty = Double.NaN;

    ItemDraft(ItemFamily family, long seed) {
        this.family = family;
        this.seed = seed;
    }

    ItemDraft stem(String stem) {
        this.stem = stem;
        return this;
    }

    ItemDraft number(double value, double absoluteTolerance) {
        return answer(ResponseType.NUMBER, new AnswerKey.Numeric(value, absoluteTolerance, 0));
    }

    ItemDraft vector(double[] values, double absoluteTolerance) {
        return answer(ResponseType.VECTOR, new AnswerKey.Vector(boxed(values), absoluteTolerance, 0));
    }

    ItemDraft matrix(double[][] rows, double absoluteTolerance) {
        List<List<Double>> boxedRows = new ArrayList<>();
        for (double[] row : rows) {
            boxedRows.add(boxed(row));
        }
        return answer(ResponseType.MATRIX, new AnswerKey.Matrix(List.copyOf(boxedRows), absoluteTolerance, 0));
    }

    ItemDraft shape(int... dimensions) {
        return answer(ResponseType.SHAPE, new AnswerKey.Shape(Arrays.stream(dimensions).boxed().toList()));
    }

    ItemDraft expression(String expression, List<String> variables, double low, double high) {
        return answer(ResponseType.EXPRESSION, new AnswerKey.Expression(expression, List.copyOf(variables), low, high));
    }

    ItemDraft singleChoice(List<Choice> options) {
        this.choices = List.copyOf(options);
        Set<String> correct = Set.copyOf(options.stream().filter(Choice::correct).map(Choice::id).toList());
        if (correct.size() != 1) {
            throw new IllegalStateException("a single-choice item needs exactly one correct option");
        }
        return answer(ResponseType.SINGLE_CHOICE, new AnswerKey.Choices(correct));
    }

    ItemDraft solution(String solution) {
        this.solution = solution;
        return this;
    }

    ItemDraft hints(String... hints) {
        this.hints = List.of(hints);
        return this;
    }

    /** Discrimination and difficulty; guessing follows from the response type. */
    ItemDraft irt(double discrimination, double difficulty) {
        this.discrimination = discrimination;
        this.difficulty = difficulty;
        return this;
    }

    ItemInstance build() {
        if (stem == null || key == null || solution == null || hints.isEmpty() || Double.isNaN(difficulty)) {
            throw new IllegalStateException("incomplete item from " + family.id() + " seed " + seed);
        }
        double guessing = choices.isEmpty() ? 0 : 1.0 / choices.size();
        return new ItemInstance(family.id(), family.skillId(), seed, stem, responseType, key, solution, hints,
                choices, new IrtParameters(discrimination, difficulty, guessing));
    }

    private ItemDraft answer(ResponseType type, AnswerKey answerKey) {
        this.responseType = type;
        this.key = answerKey;
        return this;
    }

    private static List<Double> boxed(double[] values) {
        return Arrays.stream(values).boxed().toList();
    }
}
