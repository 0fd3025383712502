package org.mlready.assessment.item.data;

import org.mlready.assessment.item.AnswerKeys;
import org.mlready.assessment.item.ItemIrt;

import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.SeededRandom;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ResponseType;

/** Distinct values of a categorical column with missing entries: {@code nunique} with and without NaN. */
public final class UniqueCountFamily extends GeneratedItemFamily {

    public UniqueCountFamily() {
        super("profiling-unique-count", "data-profiling", 1000);
    }

    private static final List<String> COLOURS = List.of("red", "blue", "green", "black", "white", "grey");

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        int n = RandomDraw.between(random, 7, 12);
        int palette = RandomDraw.between(random, 2, COLOURS.size());
        List<String> values = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            values.add(random.nextInt(6) == 0 ? null : COLOURS.get(random.nextInt(palette)));
        }
        int variant = random.nextInt(3);
        String expression = switch (variant) {
            case 0 -> "s.nunique()";
            case 1 -> "s.nunique(dropna=False)";
            default -> "len(s.unique())";
        };
        Set<String> distinct = new LinkedHashSet<>();
        boolean hasNan = false;
        for (String v : values) {
            if (v == null) {
                hasNan = true;
            } else {
                distinct.add(v);
            }
        }
        boolean countNan = variant != 0 && hasNan;
        int answer = distinct.size() + (countNan ? 1 : 0);
        List<String> literals = new ArrayList<>();
        for (String v : values) {
            literals.add(v == null ? "None" : "\"" + v + "\"");
        }
        String stem = "```python\nimport pandas as pd\ns = pd.Series([" + String.join(", ", literals) + "])\n```\n\n"
                + "`None` becomes a missing value (NaN) in the Series. What is `" + expression + "`?";
        String rule = switch (variant) {
            case 0 -> "`nunique()` drops missing values by default (`dropna=True`)";
            case 1 -> "`nunique(dropna=False)` counts NaN as one extra distinct value";
            default -> "`unique()` keeps NaN as one of the returned values";
        };
        String solution = "Distinct non-missing values: " + String.join(", ", distinct) + " (" + distinct.size()
                + ").\n\n"
                + rule + (hasNan ? "; the Series does contain NaN" : "; this Series has no NaN")
                + ", so the answer is **"
                + answer + "**.";
        List<String> hints = List.of("List each distinct value once.",
                variant == 0 ? "Does `nunique` count missing values by default?"
                        : "Check whether missing values are counted here, and whether there are any.");
        double difficulty = variant == 0 ? -1.0 : -0.4;
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER, AnswerKeys.exact(answer), solution,
                hints, List.of(), ItemIrt.free(1.0, difficulty));
    }
}
