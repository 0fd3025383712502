package org.mlready.assessment.item;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds the lettered choices of a choice item from options, optionally shuffled by the item's random source. */
public final class ChoiceSet {

    public record Option(String text, boolean correct, String explanation) {
    }

    private ChoiceSet() {
    }

    public static List<Choice> lettered(List<Option> options) {
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            Option option = options.get(i);
            choices.add(new Choice(String.valueOf((char) ('A' + i)), option.text(), option.correct(),
                    option.explanation()));
        }
        return choices;
    }

    public static List<Choice> shuffled(Random random, List<Option> options) {
        List<Option> order = new ArrayList<>(options);
        for (int i = order.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Option swap = order.get(i);
            order.set(i, order.get(j));
            order.set(j, swap);
        }
        return lettered(order);
    }

    public static AnswerKey.Choices key(List<Choice> choices) {
        Set<String> ids = choices.stream().filter(Choice::correct).map(Choice::id).collect(Collectors.toSet());
        return new AnswerKey.Choices(ids);
    }

    public static String correctId(List<Choice> choices) {
        return choices.stream().filter(Choice::correct).map(Choice::id).findFirst().orElseThrow();
    }
}
