package org.mlready.assessment.item.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.AnswerKeys;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ItemIrt;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.ResponseType;
import org.mlready.assessment.item.SeededRandom;

/**
 * The size of a planned experiment: training runs of a full factorial design with repeated seeds, of a two-level
 * fractional factorial design, or of a leave-one-out ablation study, optionally as GPU-hours.
 */
public final class ExperimentRunCountFamily extends GeneratedItemFamily {

    private record Factor(String name, List<String> levels) {
    }

    private static final List<Factor> FACTORS = List.of(
            new Factor("learning rate", List.of("1e-4", "3e-4", "1e-3", "3e-3")),
            new Factor("batch size", List.of("32", "64", "128", "256")),
            new Factor("optimiser", List.of("SGD", "Adam", "AdamW")),
            new Factor("data augmentation", List.of("off", "on")),
            new Factor("dropout", List.of("0", "0.1", "0.3", "0.5")),
            new Factor("weight decay", List.of("0", "1e-4", "1e-2")),
            new Factor("warm-up", List.of("none", "linear")));
    private static final List<String> COMPONENTS = List.of("attention pooling", "label smoothing", "mixup",
            "the auxiliary loss", "the pretrained embeddings", "test-time augmentation", "the learning-rate schedule",
            "feature normalisation", "the class-weighted loss");

    public ExperimentRunCountFamily() {
        super("experiment-run-count", "task-design-experiments", 3000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        int design = random.nextInt(3);
        int seeds = RandomDraw.between(random, 1, 5);
        boolean hours = random.nextInt(3) == 0;
        int hoursPerRun = RandomDraw.pick(random, 1, 2, 3, 4, 6);
        String stem;
        String counting;
        long runs;
        String hint;
        double difficulty;
        if (design == 0) {
            List<Factor> factors = RandomDraw.sample(random, FACTORS, RandomDraw.between(random, 2, 4));
            StringBuilder list = new StringBuilder();
            List<String> sizes = new ArrayList<>();
            runs = 1;
            for (Factor factor : factors) {
                int count = RandomDraw.between(random, 2, factor.levels().size());
                list.append("- ").append(factor.name()).append(": ")
                        .append(String.join(", ", factor.levels().subList(0, count))).append('\n');
                sizes.add(String.valueOf(count));
                runs *= count;
            }
            long configurations = runs;
            runs *= seeds;
            stem = "You plan a full factorial experiment: every combination of these levels is trained"
                    + (seeds == 1 ? " once" : ", each with " + seeds + " random seeds") + ".\n\n" + list + "\n";
            counting = "Every combination of levels is one configuration: $" + String.join(" \\times ", sizes) + " = "
                    + configurations + "$." + (seeds == 1 ? "" : " Each is repeated with " + seeds + " seeds: $"
                    + configurations + " \\times " + seeds + " = " + runs + "$ runs.");
            hint = "Multiply the numbers of levels of the factors.";
            difficulty = -0.9;
        } else if (design == 1) {
            int k = RandomDraw.between(random, 4, 8);
            int p = RandomDraw.between(random, 1, Math.min(3, k - 3));
            long configurations = 1L << (k - p);
            runs = configurations * seeds;
            stem = "To screen " + k + " two-level factors (each switched between a low and a high setting) you use a "
                    + "$2^{" + k + "-" + p + "}$ fractional factorial design" + (seeds == 1 ? ", one run per design point"
                    : ", with each design point trained with " + seeds + " seeds") + ".\n\n";
            counting = "A $2^{k-p}$ design has $2^{" + k + "-" + p + "} = 2^{" + (k - p) + "} = " + configurations
                    + "$ design points, instead of $2^{" + k + "} = " + (1L << k) + "$ for the full factorial."
                    + (seeds == 1 ? "" : " With " + seeds + " seeds: $" + configurations + " \\times " + seeds + " = "
                    + runs + "$ runs.");
            hint = "A $2^{k-p}$ design runs $2^{k-p}$ configurations.";
            difficulty = -0.4;
        } else {
            int m = RandomDraw.between(random, 3, 7);
            List<String> components = RandomDraw.sample(random, COMPONENTS, m);
            int folds = RandomDraw.pick(random, 1, 1, 3, 5);
            long configurations = m + 1;
            runs = configurations * seeds * folds;
            stem = "Your model combines " + m + " components: " + String.join(", ", components) + ". For an ablation "
                    + "study you train the full model and, for each component, the model with only that component "
                    + "removed" + (seeds == 1 ? "" : ", each configuration with " + seeds + " seeds")
                    + (folds == 1 ? "" : ", each evaluated by " + folds + "-fold cross-validation (one training run "
                    + "per fold)") + ".\n\n";
            counting = "Configurations: the full model plus one per removed component, $1 + " + m + " = "
                    + configurations + "$." + (seeds * folds == 1 ? "" : " Each is trained $" + (seeds == 1 ? ""
                    : seeds + (folds == 1 ? "" : " \\times ")) + (folds == 1 ? "" : String.valueOf(folds)) + "$ times: $"
                    + configurations + " \\times " + seeds * folds + " = " + runs + "$ runs.");
            hint = "Do not forget the full model as the reference configuration.";
            difficulty = folds == 1 ? -0.6 : -0.1;
        }
        long answer = hours ? runs * hoursPerRun : runs;
        stem += hours ? "Each training run takes " + hoursPerRun + " GPU-hour" + (hoursPerRun == 1 ? "" : "s")
                + ". How many GPU-hours does the experiment need in total?"
                : "How many training runs does the experiment need in total?";
        String solution = counting + (hours ? " At " + hoursPerRun + " GPU-hour" + (hoursPerRun == 1 ? "" : "s")
                + " each: $" + runs + " \\times " + hoursPerRun + " = " + answer + "$." : "")
                + "\n\nAnswer: **" + answer + "**.";
        List<String> hints = List.of(hint, "Repetitions (seeds, folds) multiply the number of configurations.");
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER, AnswerKeys.exact(answer), solution,
                hints, List.of(), ItemIrt.free(1.0, difficulty + (hours ? 0.2 : 0)));
    }
}
