package org.mlready.assessment.item.authored;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.AnswerKey;
import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ResponseType;

class AuthoredItemFamilyTests {

    private static final List<AuthoredChoice> CHOICES = List.of(
            new AuthoredChoice("right", true, "why right"),
            new AuthoredChoice("wrong one", false, "why wrong one"),
            new AuthoredChoice("wrong two", false, "why wrong two"),
            new AuthoredChoice("also right", true, "why also right"));

    private static AuthoredItemFamily family(String id, ResponseType type, List<AuthoredChoice> choices) {
        return new AuthoredItemFamily(id, "bias-variance", type, 0.5, 1.2, "Which?", choices, List.of("hint"),
                "Because.");
    }

    private static AuthoredItemFamily multiple() {
        return family("four-options", ResponseType.MULTIPLE_CHOICE, CHOICES);
    }

    private static List<String> order(ItemInstance instance) {
        return instance.choices().stream().map(Choice::text).toList();
    }

    @Test
    void sameSeedGivesAnEqualInstance() {
        for (long seed = 0; seed < 1_000; seed++) {
            assertThat(multiple().generate(seed)).isEqualTo(multiple().generate(seed));
        }
    }

    @Test
    void choiceIdsAreLettersInShownOrder() {
        for (long seed = 0; seed < 100; seed++) {
            assertThat(multiple().generate(seed).choices()).extracting(Choice::id).containsExactly("a", "b", "c", "d");
        }
    }

    @Test
    void keyNamesExactlyTheShuffledPositionsOfTheCorrectTexts() {
        for (long seed = 0; seed < 1_000; seed++) {
            ItemInstance instance = multiple().generate(seed);
            Set<String> expected = new HashSet<>();
            for (Choice choice : instance.choices()) {
                if (choice.text().contains("right")) {
                    expected.add(choice.id());
                }
                assertThat(choice.explanation()).isEqualTo("why " + choice.text());
            }
            assertThat(instance.key()).isEqualTo(new AnswerKey.Choices(expected));
            assertThat(order(instance)).containsExactlyInAnyOrder("right", "wrong one", "wrong two", "also right");
        }
    }

    @Test
    void seedsProduceEveryOrderAboutEquallyOften() {
        Map<List<String>, Integer> counts = new HashMap<>();
        int seeds = 24_000;
        for (long seed = 0; seed < seeds; seed++) {
            counts.merge(order(multiple().generate(seed)), 1, Integer::sum);
        }
        assertThat(counts).hasSize(24);
        // 1,000 expected per order; a fair shuffle stays well within +-20%.
        assertThat(counts.values()).allSatisfy(count -> assertThat(count).isBetween(800, 1_200));
    }

    @Test
    void itemsDrawnWithTheSameSeedDoNotShareOneOrder() {
        int sameOrder = 0;
        for (long seed = 0; seed < 1_000; seed++) {
            List<String> first = order(family("first-item", ResponseType.SINGLE_CHOICE, CHOICES.subList(0, 3))
                    .generate(seed));
            List<String> second = order(family("second-item", ResponseType.SINGLE_CHOICE, CHOICES.subList(0, 3))
                    .generate(seed));
            if (first.equals(second)) {
                sameOrder++;
            }
        }
        // Independent shuffles of 3 options agree 1 time in 6 (about 167 of 1,000).
        assertThat(sameOrder).isBetween(110, 230);
    }

    @Test
    void isOneQuestionWhateverTheSeed() {
        AuthoredItemFamily family = multiple();
        assertThat(family.distinctQuestions()).isEqualTo(1);
        assertThat(family.generate(1).stem()).isEqualTo(family.generate(99).stem());
        assertThat(family.generate(1).id()).isEqualTo("four-options#1");
    }
}
