package org.mlready.assessment.item.concepts;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.ChoiceSet;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ItemIrt;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.ResponseType;
import org.mlready.assessment.item.SeededRandom;

/**
 * A table of training and validation error over a complexity hyperparameter (for some, a larger value means a
 * simpler model): does one highlighted setting underfit, overfit or give the best trade-off shown?
 */
public final class ComplexityCurveFamily extends GeneratedItemFamily {

    enum Verdict { UNDERFIT, BEST, OVERFIT }

    /** A hyperparameter with its values listed in increasing order; {@code flexibleUp} if larger is more complex. */
    private record Knob(String model, String name, List<String> values, boolean flexibleUp) {
    }

    private static final List<Knob> KNOBS = List.of(
            new Knob("polynomial regression", "degree", List.of("1", "2", "3", "4", "5", "6", "7", "8", "9"), true),
            new Knob("regression tree", "max_depth", List.of("1", "2", "3", "4", "6", "8", "10", "12", "16"), true),
            new Knob("k-nearest-neighbour regressor", "n_neighbors",
                    List.of("1", "2", "3", "5", "8", "12", "20", "35", "60"), false),
            new Knob("ridge regression on 40 polynomial features", "alpha",
                    List.of("0.0001", "0.001", "0.01", "0.1", "1", "10", "100", "1000", "10000"), false),
            new Knob("gradient-boosted tree ensemble", "n_estimators",
                    List.of("10", "25", "50", "100", "200", "400", "800", "1600", "3200"), true));

    private static final String UNDERFIT = "Underfitting (high bias): training error is high and validation error "
            + "is close to it";
    private static final String OVERFIT = "Overfitting (high variance): training error is low but validation error "
            + "is well above it";
    private static final String BEST = "The best bias-variance trade-off among the settings shown";

    public ComplexityCurveFamily() {
        super("complexity-curve-diagnosis", "bias-variance", 2000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        Knob knob = RandomDraw.pick(random, KNOBS);
        int settings = RandomDraw.between(random, 6, 8);
        int first = RandomDraw.between(random, 0, knob.values().size() - settings);
        double[] train;
        double[] validation;
        int best;
        do {
            double start = RandomDraw.between(random, 30, 50) / 100.0;
            double floor = RandomDraw.between(random, 0, 3) / 100.0;
            double decay = 0.5 + 0.4 * random.nextDouble();
            double gap = RandomDraw.between(random, 5, 20) / 1000.0;
            double growth = RandomDraw.between(random, 4, 12) / 1000.0;
            train = new double[settings];
            validation = new double[settings];
            for (int c = 0; c < settings; c++) {
                train[c] = Text.round(floor + (start - floor) * Math.exp(-decay * c), 3);
                validation[c] = Text.round(train[c] + gap + growth * c * c + RandomDraw.between(random, 0, 5) / 1000.0,
                        3);
            }
            best = argmin(validation);
        } while (best == 0 || best == settings - 1 || !uniqueMinimum(validation, best));
        List<Integer> under = new ArrayList<>();
        List<Integer> over = new ArrayList<>();
        for (int c = 0; c < settings; c++) {
            if (validation[c] - validation[best] >= 0.03 && train[c] != train[best]) {
                (c < best ? under : over).add(c);
            }
        }
        Verdict verdict = Verdict.values()[random.nextInt(3)];
        if (verdict == Verdict.UNDERFIT && under.isEmpty() || verdict == Verdict.OVERFIT && over.isEmpty()) {
            verdict = Verdict.BEST;
        }
        int query = verdict == Verdict.BEST ? best
                : RandomDraw.pick(random, verdict == Verdict.UNDERFIT ? under : over);

        // rows are listed by increasing hyperparameter value; complexity index c runs the other way when
        // a larger value means a simpler model
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < settings; r++) {
            int c = knob.flexibleUp() ? r : settings - 1 - r;
            rows.add(List.of(value(knob, first, c, settings), Text.num(train[c]), Text.num(validation[c])));
        }
        String queried = "`" + knob.name() + "=" + value(knob, first, query, settings) + "`";
        String bestValue = "`" + knob.name() + "=" + value(knob, first, best, settings) + "`";
        String stem = "A " + knob.model() + " was fitted for several values of `" + knob.name()
                + "`. Mean squared errors on the training set and on a held-out validation set:\n\n"
                + Text.table(List.of(knob.name(), "train MSE", "validation MSE"), rows)
                + "\nJudging by this table alone, which description fits " + queried + "?";
        String gapText = "train " + Text.num(train[query]) + ", validation " + Text.num(validation[query])
                + ", gap " + Text.fixed(validation[query] - train[query], 3);
        List<ChoiceSet.Option> options = List.of(
                new ChoiceSet.Option(UNDERFIT, verdict == Verdict.UNDERFIT, verdict == Verdict.UNDERFIT
                        ? "Correct: " + gapText + "; the model is too simple to fit even the training data."
                        : verdict == Verdict.BEST ? "Every simpler setting has a higher validation error, so this one "
                        + "is not too simple." : "Its training error " + Text.num(train[query]) + " is not above that of the best setting ("
                        + Text.num(train[best]) + "), so it is not too simple."),
                new ChoiceSet.Option(OVERFIT, verdict == Verdict.OVERFIT, verdict == Verdict.OVERFIT
                        ? "Correct: " + gapText + "; it fits the training data better than " + bestValue
                        + " but generalises worse." : verdict == Verdict.BEST
                        ? "Its validation error is the lowest in the table, so more flexibility is not hurting yet."
                        : "Its training error " + Text.num(train[query]) + " is higher than at " + bestValue
                        + ", and the gap is small: the model is too simple, not too flexible."),
                new ChoiceSet.Option(BEST, verdict == Verdict.BEST, verdict == Verdict.BEST
                        ? "Correct: its validation error " + Text.num(validation[best]) + " is the lowest in the table."
                        : "The lowest validation error, " + Text.num(validation[best]) + ", is at " + bestValue
                        + ", not here (" + Text.num(validation[query]) + ")."));
        List<Choice> choices = ChoiceSet.shuffled(random, options);
        String reading = "The lowest validation MSE is " + Text.num(validation[best]) + " at " + bestValue
                + (knob.flexibleUp() ? "" : " (here a *larger* `" + knob.name() + "` means a *simpler* model)") + ". ";
        String verdictText = verdict == Verdict.BEST ? "So " + queried + " is the best trade-off shown."
                : verdict == Verdict.UNDERFIT ? queried + " has higher training error (" + Text.num(train[query])
                + " vs " + Text.num(train[best]) + ") and higher validation error, with a small gap ("
                + gapText + "): both errors are high, so it underfits."
                : queried + " has lower training error (" + Text.num(train[query]) + " vs " + Text.num(train[best])
                + ") but higher validation error (" + Text.num(validation[query]) + "), a large gap (" + gapText
                + "): it overfits.";
        String answer = verdict == Verdict.BEST ? BEST : verdict == Verdict.UNDERFIT ? UNDERFIT : OVERFIT;
        String solution = reading + verdictText + "\n\nAnswer: **" + answer + "**.";
        List<String> hints = List.of("Find the setting with the lowest validation error first.",
                "Compare the queried row with it: is its training error higher (too simple) or lower (too flexible)?");
        double difficulty = (verdict == Verdict.BEST ? -0.8 : -0.2) + (knob.flexibleUp() ? 0 : 0.5);
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.SINGLE_CHOICE, ChoiceSet.key(choices),
                solution, hints, choices, ItemIrt.choice(1.2, difficulty, choices.size()));
    }

    /** The hyperparameter value at complexity index c. */
    private static String value(Knob knob, int first, int c, int settings) {
        return knob.values().get(first + (knob.flexibleUp() ? c : settings - 1 - c));
    }

    private static int argmin(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            best = values[i] < values[best] ? i : best;
        }
        return best;
    }

    private static boolean uniqueMinimum(double[] values, int best) {
        for (int i = 0; i < values.length; i++) {
            if (i != best && values[i] - values[best] < 0.005) {
                return false;
            }
        }
        return true;
    }
}
