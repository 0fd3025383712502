package org.mlready.assessment.item.authored;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.mlready.assessment.item.AnswerKey;
import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.IrtParameters;
import org.mlready.assessment.item.ItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ResponseType;

/**
 * A hand-written choice question. It is one question whatever the seed; the seed only decides the order in which
 * the options are shown, and the ids "a", "b", "c"... are given after that shuffle, so a learner cannot learn
 * "the answer is always a".
 */
public final class AuthoredItemFamily implements ItemFamily {

    private final String id;
    private final String skillId;
    private final ResponseType responseType;
    private final String stem;
    private final List<AuthoredChoice> choices;
    private final List<String> hints;
    private final String solution;
    private final IrtParameters irt;

    public AuthoredItemFamily(String id, String skillId, ResponseType responseType, double difficulty,
                              double discrimination, String stem, List<AuthoredChoice> choices, List<String> hints,
                              String solution) {
        if (responseType != ResponseType.SINGLE_CHOICE && responseType != ResponseType.MULTIPLE_CHOICE) {
            throw new IllegalArgumentException("an authored item is single or multiple choice, not " + responseType);
        }
        this.id = id;
        this.skillId = skillId;
        this.responseType = responseType;
        this.stem = stem;
        this.choices = List.copyOf(choices);
        this.hints = List.copyOf(hints);
        this.solution = solution;
        this.irt = new IrtParameters(discrimination, difficulty, guessing(responseType, choices.size()));
    }

    /**
     * The IRT guessing parameter c. Single choice: 1/n, the chance of a blind pick. Multiple choice: the learner
     * must select exactly the right subset, and a blind guesser picking uniformly among the 2^n - 1 non-empty
     * subsets hits it with probability 1/(2^n - 1) (1/7 for three options, 1/15 for four, 1/63 for six).
     */
    static double guessing(ResponseType type, int options) {
        return type == ResponseType.SINGLE_CHOICE ? 1.0 / options : 1.0 / ((1L << options) - 1);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String skillId() {
        return skillId;
    }

    @Override
    public long distinctQuestions() {
        return 1;
    }

    public ResponseType responseType() {
        return responseType;
    }

    public IrtParameters irt() {
        return irt;
    }

    @Override
    public ItemInstance generate(long seed) {
        List<AuthoredChoice> order = new ArrayList<>(choices);
        shuffle(order, new Random(shuffleSeed(seed)));
        List<Choice> shown = new ArrayList<>();
        Set<String> correctIds = new LinkedHashSet<>();
        for (int i = 0; i < order.size(); i++) {
            AuthoredChoice choice = order.get(i);
            String choiceId = String.valueOf((char) ('a' + i));
            shown.add(new Choice(choiceId, choice.text(), choice.correct(), choice.explanation()));
            if (choice.correct()) {
                correctIds.add(choiceId);
            }
        }
        return new ItemInstance(id, skillId, seed, stem, responseType, new AnswerKey.Choices(Set.copyOf(correctIds)),
                solution, hints, shown, irt);
    }

    /**
     * java.util.Random's first draws are visibly correlated for neighbouring seeds (0, 1, 2...), so the seed is
     * scrambled first (SplitMix64's finaliser). The id is mixed in so that items drawn with the same seed, as in one
     * quiz, do not all share one option order.
     */
    private long shuffleSeed(long seed) {
        long z = seed + 0x9E3779B97F4A7C15L * (id.hashCode() + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Fisher-Yates, written out so the order depends only on java.util.Random's specified sequence. */
    private static <T> void shuffle(List<T> list, Random random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = list.get(i);
            list.set(i, list.get(j));
            list.set(j, swap);
        }
    }
}
