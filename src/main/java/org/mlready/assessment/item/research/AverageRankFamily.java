package org.mlready.assessment.item.research;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.ChoiceSet;
import org.mlready.assessment.item.ChoiceSet.Option;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ItemIrt;
import org.mlready.assessment.item.MarkdownTable;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.ResponseType;
import org.mlready.assessment.item.SeededRandom;

/** A paper's models-by-datasets results table: which model has the best average rank across datasets. */
public final class AverageRankFamily extends GeneratedItemFamily {

    private static final List<String> MODELS = List.of("ResNet-50", "ViT-B/16", "ConvNeXt-T", "EfficientNet-B3",
            "Swin-T", "DeiT-S", "MLP-Mixer", "RegNetY-4GF");
    private static final List<String> DATASETS = List.of("CIFAR-10", "CIFAR-100", "SVHN", "STL-10", "Flowers-102",
            "Pets", "DTD", "EuroSAT");

    public AverageRankFamily() {
        super("results-table-average-rank", "reading-ml-papers", 5000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        int k = RandomDraw.between(random, 3, 5);
        int d = RandomDraw.between(random, 3, 5);
        boolean error = random.nextBoolean();
        List<String> models = RandomDraw.sample(random, MODELS, k);
        List<String> datasets = RandomDraw.sample(random, DATASETS, d);
        int[][] tenths = new int[k][d];
        double[] rankSum = new double[k];
        int best;
        do {
            for (int j = 0; j < d; j++) {
                int level = RandomDraw.between(random, error ? 30 : 600, error ? 300 : 960);
                for (int i = 0; i < k; i++) {
                    tenths[i][j] = level + RandomDraw.between(random, -40, 40);
                }
            }
            best = uniqueBestRank(tenths, error, rankSum);
        } while (best < 0);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            List<String> row = new ArrayList<>(List.of(models.get(i)));
            for (int j = 0; j < d; j++) {
                row.add(Decimals.fixed(tenths[i][j] / 10.0, 1));
            }
            rows.add(row);
        }
        List<String> header = new ArrayList<>(List.of("model"));
        header.addAll(datasets);
        String stem = "A paper reports " + (error ? "test error rates (%, lower is better)" : "test accuracies (%, "
                + "higher is better)") + ":\n\n" + MarkdownTable.render(header, rows) + "\nRank the models on each "
                + "dataset (rank 1 = best) and average each model's ranks over the " + d + " datasets. Which model "
                + "has the best (lowest) average rank?";
        List<Option> options = new ArrayList<>();
        StringBuilder ranks = new StringBuilder();
        for (int i = 0; i < k; i++) {
            String average = Decimals.plain(Decimals.round(rankSum[i] / d, 2));
            ranks.append("- ").append(models.get(i)).append(": ranks sum to ").append(Decimals.plain(rankSum[i]))
                    .append(", average ").append(average).append("\n");
            options.add(new Option(models.get(i), i == best, i == best
                    ? "Its average rank, " + average + ", is the lowest." : "Its average rank is " + average
                    + ", higher than " + models.get(best) + "'s " + Decimals.plain(Decimals.round(rankSum[best] / d, 2))
                    + "."));
        }
        List<Choice> choices = ChoiceSet.shuffled(random, options);
        String solution = "On each dataset the " + (error ? "lowest error" : "highest accuracy") + " gets rank 1. "
                + "Summing each model's ranks over the datasets:\n\n" + ranks + "\nAverage rank rewards being good "
                + "on many datasets and, unlike the mean score, is not dominated by one dataset with large gaps."
                + "\n\nAnswer: **" + models.get(best) + "**.";
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.SINGLE_CHOICE, ChoiceSet.key(choices),
                solution, List.of("Rank within each dataset column separately.", error
                ? "For error rates the smallest value is best." : "For accuracy the largest value is best."),
                choices, ItemIrt.choice(1.1, -0.4 + 0.15 * (k - 3) + 0.15 * (d - 3), k));
    }

    /** Fills {@code rankSum} and returns the model with the lowest rank sum, or -1 on any tie that spoils it. */
    private static int uniqueBestRank(int[][] tenths, boolean error, double[] rankSum) {
        int k = tenths.length;
        int d = tenths[0].length;
        Arrays.fill(rankSum, 0);
        for (int j = 0; j < d; j++) {
            for (int i = 0; i < k; i++) {
                int rank = 1;
                for (int other = 0; other < k; other++) {
                    if (other == i) {
                        continue;
                    }
                    if (tenths[other][j] == tenths[i][j]) {
                        return -1;
                    }
                    boolean better = error ? tenths[other][j] < tenths[i][j] : tenths[other][j] > tenths[i][j];
                    rank += better ? 1 : 0;
                }
                rankSum[i] += rank;
            }
        }
        int best = 0;
        for (int i = 1; i < k; i++) {
            best = rankSum[i] < rankSum[best] ? i : best;
        }
        for (int i = 0; i < k; i++) {
            if (i != best && rankSum[i] == rankSum[best]) {
                return -1;
            }
        }
        return best;
    }
}
