package org.mlready.assessment.item.bigdata;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.mlready.assessment.item.AnswerKeys;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ItemIrt;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.ResponseType;
import org.mlready.assessment.item.SeededRandom;

/** A MapReduce word count over a few generated input splits: counts, distinct keys and shuffled records. */
public final class WordCountFamily extends GeneratedItemFamily {

    public WordCountFamily() {
        super("mapreduce-word-count", "hadoop-distributed", 3000);
    }

    private enum Ask { WORD_COUNT, DISTINCT_KEYS, SHUFFLED_PLAIN, SHUFFLED_COMBINED }

    private static final List<String> VOCABULARY = List.of("spark", "data", "node", "block", "map", "key", "disk",
            "task", "yarn", "hdfs", "job", "split");

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        List<String> vocabulary = RandomDraw.sample(random, VOCABULARY, RandomDraw.between(random, 4, 7));
        int splits = RandomDraw.between(random, 2, 4);
        List<List<String>> splitWords = new ArrayList<>();
        StringBuilder input = new StringBuilder();
        for (int s = 0; s < splits; s++) {
            input.append("Split ").append(s + 1).append(":\n```text\n");
            List<String> words = new ArrayList<>();
            int lines = RandomDraw.between(random, 1, 2);
            for (int l = 0; l < lines; l++) {
                List<String> line = new ArrayList<>();
                int length = RandomDraw.between(random, 3, 6);
                for (int w = 0; w < length; w++) {
                    line.add(RandomDraw.pick(random, vocabulary));
                }
                words.addAll(line);
                input.append(String.join(" ", line)).append('\n');
            }
            input.append("```\n\n");
            splitWords.add(words);
        }
        Ask ask = Ask.values()[random.nextInt(Ask.values().length)];
        String target = splitWords.get(0).get(random.nextInt(splitWords.get(0).size()));

        Map<String, Integer> totals = new TreeMap<>();
        List<Set<String>> perSplitDistinct = new ArrayList<>();
        int total = 0;
        for (List<String> words : splitWords) {
            perSplitDistinct.add(new LinkedHashSet<>(words));
            for (String w : words) {
                totals.merge(w, 1, Integer::sum);
            }
            total += words.size();
        }
        String question;
        int answer;
        String solution;
        switch (ask) {
            case WORD_COUNT -> {
                question = "What count does the job output for the word `" + target + "`?";
                List<String> parts = new ArrayList<>();
                for (List<String> words : splitWords) {
                    parts.add(String.valueOf(words.stream().filter(target::equals).count()));
                }
                answer = totals.get(target);
                solution = "Every occurrence becomes a pair `(" + target + ", 1)`; the reducer for `" + target
                        + "` sums them. Occurrences per split: $" + String.join(" + ", parts) + " = " + answer
                        + "$.\n\nAnswer: **" + answer + "**.";
            }
            case DISTINCT_KEYS -> {
                question = "How many distinct keys reach the reducers, i.e. how many lines does the job output?";
                answer = totals.size();
                solution = "Each distinct word is one key and one reduce call; the words are "
                        + String.join(", ", totals.keySet().stream().map(w -> "`" + w + "`").toList())
                        + ".\n\nAnswer: **" + answer + "**.";
            }
            case SHUFFLED_PLAIN -> {
                question = "The job runs **without** a combiner. How many `(word, count)` records do the mappers "
                        + "send through the shuffle?";
                answer = total;
                List<String> parts = splitWords.stream().map(w -> String.valueOf(w.size())).toList();
                solution = "Without a combiner every word occurrence is shuffled as its own `(word, 1)` record: $"
                        + String.join(" + ", parts) + " = " + total + "$.\n\nAnswer: **" + total + "**.";
            }
            default -> {
                question = "The job uses the reducer (a sum) as a **combiner**, and the combiner runs once over each "
                        + "mapper's complete output. How many `(word, count)` records are sent through the shuffle?";
                answer = perSplitDistinct.stream().mapToInt(Set::size).sum();
                List<String> parts = perSplitDistinct.stream().map(d -> String.valueOf(d.size())).toList();
                solution = "The combiner sums each mapper's pairs per word, so each mapper emits one record per "
                        + "distinct word in its split: $" + String.join(" + ", parts) + " = " + answer + "$ instead "
                        + "of " + total + ".\n\nAnswer: **" + answer + "**.";
            }
        }
        String stem = "A classic MapReduce word count runs one mapper per input split. The mapper emits `(word, 1)` "
                + "for every space-separated word; the reducer sums the values per word.\n\n" + input + question;
        List<String> hints = switch (ask) {
            case WORD_COUNT -> List.of("Count the occurrences in every split, then add them up.");
            case DISTINCT_KEYS -> List.of("The shuffle groups all pairs with the same word into one reduce call.");
            case SHUFFLED_PLAIN -> List.of("Without a combiner nothing is aggregated before the shuffle.");
            case SHUFFLED_COMBINED -> List.of("A combiner aggregates within one mapper's output only, never across "
                    + "mappers.", "Count the distinct words of each split separately.");
        };
        double difficulty = switch (ask) {
            case WORD_COUNT -> -1.4;
            case DISTINCT_KEYS -> -1.0;
            case SHUFFLED_PLAIN -> -0.5;
            case SHUFFLED_COMBINED -> 0.4;
        };
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER, AnswerKeys.exact(answer), solution,
                hints, List.of(), ItemIrt.free(1.0, difficulty));
    }
}
