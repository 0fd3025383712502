package org.mlready.assessment.item.data;

import org.mlready.assessment.item.AnswerKeys;
import org.mlready.assessment.item.ItemIrt;

import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.SeededRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ResponseType;

/** Candidates and fits of {@code GridSearchCV}: products of grid sizes (summed over a list of grids) times folds. */
public final class GridSearchSizeFamily extends GeneratedItemFamily {

    public GridSearchSizeFamily() {
        super("grid-search-size", "hyperparameter-search", 1000);
    }

    private record Parameter(String name, List<String> values) {
    }

    private static final List<Parameter> PARAMETERS = List.of(
            new Parameter("max_depth", List.of("2", "4", "6", "8", "None")),
            new Parameter("n_estimators", List.of("50", "100", "200", "400")),
            new Parameter("min_samples_leaf", List.of("1", "2", "5", "10", "20")),
            new Parameter("max_features", List.of("\"sqrt\"", "\"log2\"", "0.5", "None")),
            new Parameter("criterion", List.of("\"gini\"", "\"entropy\"")));

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        boolean twoGrids = random.nextInt(3) == 0;
        int k = RandomDraw.between(random, 3, 10);
        boolean askFits = random.nextBoolean();
        boolean refit = random.nextBoolean();
        List<List<Integer>> grids = new ArrayList<>();
        List<String> gridTexts = new ArrayList<>();
        for (int g = 0; g < (twoGrids ? 2 : 1); g++) {
            int count = RandomDraw.between(random, 2, 3);
            List<Integer> sizes = new ArrayList<>();
            List<String> entries = new ArrayList<>();
            int first = random.nextInt(PARAMETERS.size());
            for (int p = 0; p < count; p++) {
                Parameter parameter = PARAMETERS.get((first + p) % PARAMETERS.size());
                int size = RandomDraw.between(random, 2, parameter.values().size());
                sizes.add(size);
                entries.add("\"" + parameter.name() + "\": [" + String.join(", ", parameter.values().subList(0, size))
                        + "]");
            }
            grids.add(sizes);
            gridTexts.add("{" + String.join(",\n" + (twoGrids ? "     " : "    "), entries) + "}");
        }
        int candidates = 0;
        List<String> products = new ArrayList<>();
        for (List<Integer> sizes : grids) {
            int product = 1;
            List<String> factors = new ArrayList<>();
            for (int s : sizes) {
                product *= s;
                factors.add(String.valueOf(s));
            }
            candidates += product;
            products.add(String.join(" \\cdot ", factors) + " = " + product);
        }
        int fits = candidates * k + (refit ? 1 : 0);
        String grid = twoGrids ? "[" + gridTexts.get(0) + ",\n    " + gridTexts.get(1) + "]" : gridTexts.get(0);
        String stem = "```python\nparam_grid = " + grid
                + "\nsearch = GridSearchCV(RandomForestClassifier(), param_grid, "
                + "cv=" + k + (refit ? "" : ", refit=False") + ")\nsearch.fit(X, y)\n```\n\n"
                + (askFits ? "How many times is a model fitted in total"
                + (refit ? " (including the final refit that `refit=True`, the default, performs)?" : "?")
                : "How many parameter combinations (candidates) are evaluated?");
        String candidateStep = twoGrids
                ? "A list of grids is searched grid by grid and the candidates add up: $" + products.get(0) + "$ and $"
                + products.get(1) + "$, so " + candidates + " candidates."
                : "Every combination of the listed values is tried: $" + products.get(0) + "$ candidates.";
        String fitStep = askFits ? " Each candidate is fitted once per fold: $" + candidates + " \\cdot " + k + " = "
                + candidates * k + "$" + (refit ? ", plus one refit of the best candidate on all data: " + fits
                : " (no refit with `refit=False`)") + "." : "";
        int answer = askFits ? fits : candidates;
        String solution = candidateStep + fitStep + "\n\nAnswer: **" + answer + "**.";
        List<String> hints = List.of("Multiply the numbers of values of the parameters in a grid.",
                askFits ? "Then multiply by the number of folds" + (refit ? " and add the final refit." : ".")
                        : twoGrids ? "Separate grids in a list are added, not multiplied." : "Folds do not change the "
                        + "number of candidates.");
        double difficulty = -1.0 + (twoGrids ? 0.7 : 0) + (askFits ? 0.3 : 0) + (askFits && refit ? 0.2 : 0);
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER, AnswerKeys.exact(answer), solution,
                hints, List.of(), ItemIrt.free(1.1, difficulty));
    }
}
