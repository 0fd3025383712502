package org.mlready.assessment.item.research;

import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.ChoiceSet;
import org.mlready.assessment.item.ChoiceSet.Option;
import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ItemIrt;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.ResponseType;
import org.mlready.assessment.item.SeededRandom;

/** Names the outcome of a test decision (reject or not) once the truth is known: Type I, Type II or correct. */
public final class ErrorTypeFamily extends GeneratedItemFamily {

    private static final List<String> CHANGES = List.of("a new learning-rate schedule", "label smoothing",
            "a larger embedding size", "mixup augmentation", "a re-ranking stage", "gradient clipping",
            "a cleaned training set", "a distilled student model", "a new tokenizer", "test-time augmentation");
    private static final List<String> METRICS = List.of("validation accuracy", "macro-F1", "AUC", "recall",
            "click-through rate", "BLEU score");

    public ErrorTypeFamily() {
        super("test-error-type", "hypothesis-formulation", 2000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        String change = RandomDraw.pick(random, CHANGES);
        String metric = RandomDraw.pick(random, METRICS);
        int alphaHundredths = RandomDraw.pick(random, List.of(1, 5, 10));
        int pThousandths;
        do {
            pThousandths = RandomDraw.between(random, 1, 300);
        } while (pThousandths == alphaHundredths * 10);
        boolean effectReal = random.nextBoolean();
        boolean reject = pThousandths < alphaHundredths * 10;
        String alpha = Decimals.plain(alphaHundredths / 100.0);
        String p = Decimals.fixed(pThousandths / 1000.0, 3);
        String stem = "A team tests whether " + change + " improves " + metric + ", with $H_0$: no difference and a "
                + "significance level of $\\alpha = " + alpha + "$. The test gives $p = " + p + "$, and the team "
                + "decides according to the usual rule ($p < \\alpha$ means reject $H_0$). A much larger follow-up "
                + "study later establishes that " + change + (effectReal ? " **does** improve " + metric
                : " has **no effect** on " + metric) + ".\n\nTaking the follow-up as the truth, which describes the "
                + "team's original decision?";
        boolean typeOne = reject && !effectReal;
        boolean typeTwo = !reject && effectReal;
        boolean truePositive = reject && effectReal;
        boolean trueNegative = !reject && !effectReal;
        String decision = reject ? "Since $" + p + " < " + alpha + "$, the team rejected $H_0$"
                : "Since $" + p + " \\ge " + alpha + "$, the team did not reject $H_0$";
        List<Option> options = List.of(
                new Option("A Type I error (false positive)", typeOne, typeOne
                        ? "$H_0$ was true (no effect) but was rejected." : "A Type I error needs a rejected $H_0$ that "
                        + "is true; here " + (reject ? "the effect is real." : "$H_0$ was not rejected.")),
                new Option("A Type II error (false negative)", typeTwo, typeTwo
                        ? "The effect is real, but the test failed to reject $H_0$." : "A Type II error needs a real "
                        + "effect that the test misses; here " + (!reject ? "there is no effect to miss."
                        : "$H_0$ was rejected.")),
                new Option("A correct rejection of $H_0$ (true positive)", truePositive, truePositive
                        ? "The test rejected $H_0$ and the effect is real." : reject
                        ? "The rejection was wrong, because there is no effect." : "$H_0$ was not rejected."),
                new Option("A correct failure to reject $H_0$ (true negative)", trueNegative, trueNegative
                        ? "There is no effect and the test did not reject $H_0$." : !reject
                        ? "Not rejecting was wrong, because the effect is real." : "$H_0$ was rejected."));
        List<Choice> choices = ChoiceSet.shuffled(random, options);
        String outcome = typeOne ? "a Type I error (false positive)" : typeTwo ? "a Type II error (false negative)"
                : truePositive ? "a correct rejection (true positive)" : "a correct failure to reject (true negative)";
        String solution = decision + ". The follow-up shows $H_0$ is " + (effectReal ? "false" : "true")
                + " (the effect " + (effectReal ? "is real" : "does not exist") + "). "
                + (reject ? "Rejecting" : "Not rejecting") + " a " + (effectReal ? "false" : "true") + " $H_0$ is "
                + outcome + ".\n\nAnswer: **" + outcome.substring(0, 1).toUpperCase() + outcome.substring(1) + "**.";
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.SINGLE_CHOICE, ChoiceSet.key(choices),
                solution, List.of("First decide whether the team rejected $H_0$, then whether $H_0$ is actually true.",
                "Type I: rejecting a true $H_0$. Type II: keeping a false $H_0$."), choices,
                ItemIrt.choice(1.1, typeOne || typeTwo ? -0.3 : -0.7, options.size()));
    }
}
