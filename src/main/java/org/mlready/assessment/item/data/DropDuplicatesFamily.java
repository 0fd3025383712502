package org.mlready.assessment.item.data;

import org.mlready.assessment.item.AnswerKeys;
import org.mlready.assessment.item.ItemIrt;

import org.mlready.assessment.item.MarkdownTable;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.SeededRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ResponseType;

/** Rows left after {@code drop_duplicates}, on all columns or a subset, keeping the first or no copy. */
public final class DropDuplicatesFamily extends GeneratedItemFamily {

    public DropDuplicatesFamily() {
        super("cleaning-drop-duplicates", "data-cleaning", 1000);
    }

    private static final List<String> USERS = List.of("ana", "ben", "cho", "dev", "eli");
    private static final List<String> PAGES = List.of("home", "cart", "help");

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        int rows = RandomDraw.between(random, 6, 10);
        List<List<String>> body = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            if (i > 0 && random.nextInt(3) == 0) {
                body.add(body.get(random.nextInt(i)));
            } else {
                body.add(List.of(RandomDraw.pick(random, USERS), RandomDraw.pick(random, PAGES)));
            }
        }
        int variant = random.nextInt(4);
        String call = switch (variant) {
            case 0 -> "df.drop_duplicates()";
            case 1 -> "df.drop_duplicates(subset=[\"user\"])";
            case 2 -> "df.drop_duplicates(subset=[\"page\"], keep=\"last\")";
            default -> "df.drop_duplicates(keep=False)";
        };
        Map<List<String>, Integer> occurrences = new HashMap<>();
        for (List<String> row : body) {
            occurrences.merge(identity(row, variant), 1, Integer::sum);
        }
        int result;
        String reasoning;
        if (variant == 3) {
            result = (int) occurrences.values().stream().filter(n -> n == 1).count();
            reasoning = "`keep=False` drops every copy of a repeated row, so only rows that occur exactly once "
                    + "remain: " + result + ".";
        } else {
            result = occurrences.size();
            reasoning = "One row survives per distinct " + (variant == 0 ? "(user, page) pair" : variant == 1
                    ? "`user`" : "`page`") + (variant == 2 ? " (the last one, which does not change the count)" : "")
                    + ". The distinct values are " + describe(body, variant) + ", so " + result + " rows remain.";
        }
        String stem = "The DataFrame `df` logs page visits:\n\n" + MarkdownTable.render(List.of("user", "page"), body)
                + "\nHow many rows does `" + call + "` return?";
        String solution = (variant == 0 || variant == 3 ? "Two rows are duplicates when all columns match. "
                : "Only the subset column decides whether rows are duplicates. ") + reasoning
                + "\n\nAnswer: **" + result + "**.";
        List<String> hints = List.of(
                variant == 1 || variant == 2 ? "Look only at the column named in `subset`." : "Compare whole rows.",
                variant == 3 ? "With `keep=False` no copy of a duplicated row is kept."
                        : "`keep` decides which copy survives, not how many survive.");
        double difficulty = variant == 0 ? -1.0 : variant == 1 ? -0.6 : variant == 2 ? -0.2 : 0.4;
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER, AnswerKeys.exact(result), solution,
                hints, List.of(), ItemIrt.free(1.1, difficulty));
    }

    private static List<String> identity(List<String> row, int variant) {
        return variant == 1 ? List.of(row.get(0)) : variant == 2 ? List.of(row.get(1)) : row;
    }

    private static String describe(List<List<String>> body, int variant) {
        Set<String> seen = new HashSet<>();
        List<String> order = new ArrayList<>();
        for (List<String> row : body) {
            String text = variant == 0 ? "(" + row.get(0) + ", " + row.get(1) + ")" : identity(row, variant).get(0);
            if (seen.add(text)) {
                order.add(text);
            }
        }
        return String.join(", ", order);
    }
}
