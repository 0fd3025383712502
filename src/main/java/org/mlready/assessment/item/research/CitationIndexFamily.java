package org.mlready.assessment.item.research;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.AnswerKeys;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ItemIrt;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.ResponseType;
import org.mlready.assessment.item.SeededRandom;

/** The h-index or i10-index of an author from the citation counts of their papers. */
public final class CitationIndexFamily extends GeneratedItemFamily {

    private static final List<String> AUTHORS = List.of("Dr. Okafor", "Prof. Lindqvist", "Dr. Nakamura",
            "Dr. Haddad", "Prof. Moreau", "Dr. Kowalski", "Dr. Adeyemi", "Prof. Castillo");

    public CitationIndexFamily() {
        super("citation-index", "literature-review-citations", 5000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        String author = RandomDraw.pick(random, AUTHORS);
        int papers = RandomDraw.between(random, 7, 14);
        int[] counts = new int[papers];
        for (int i = 0; i < papers; i++) {
            counts[i] = random.nextInt(4) == 0 ? RandomDraw.between(random, 0, 9) : RandomDraw.between(random, 2, 60);
        }
        boolean hIndex = random.nextInt(3) != 0;
        List<String> listed = new ArrayList<>();
        for (int c : counts) {
            listed.add(String.valueOf(c));
        }
        String stem = "According to a citation database, the " + papers + " papers of " + author + " have been "
                + "cited this many times (in order of publication):\n\n" + String.join(", ", listed) + "\n\n"
                + (hIndex ? "What is the author's **h-index** (the largest $h$ such that $h$ papers have at least $h$ "
                + "citations each)?" : "What is the author's **i10-index** (the number of papers with at least 10 "
                + "citations)?") + " Answer with a whole number.";
        int[] sorted = Arrays.stream(counts).boxed().sorted((x, y) -> y - x).mapToInt(Integer::intValue).toArray();
        List<String> sortedText = new ArrayList<>();
        for (int c : sorted) {
            sortedText.add(String.valueOf(c));
        }
        int answer = 0;
        String solution;
        if (hIndex) {
            while (answer < sorted.length && sorted[answer] >= answer + 1) {
                answer++;
            }
            solution = "Sorted from most to least cited: " + String.join(", ", sortedText) + ". "
                    + (answer == 0 ? "Even the most cited paper has 0 citations, so $h = 0$."
                    : "The " + ordinal(answer) + " paper has " + sorted[answer - 1] + " $\\ge " + answer
                    + "$ citations" + (answer < sorted.length ? ", but the " + ordinal(answer + 1) + " has "
                    + sorted[answer] + " $< " + (answer + 1) + "$" : "") + ", so $h = " + answer + "$.");
        } else {
            for (int c : counts) {
                answer += c >= 10 ? 1 : 0;
            }
            solution = "Sorted from most to least cited: " + String.join(", ", sortedText) + ". The papers with at "
                    + "least 10 citations are counted (10 itself counts): " + answer + ".";
        }
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER, AnswerKeys.exact(answer),
                solution + "\n\nAnswer: **" + answer + "**.",
                hIndex ? List.of("Sort the citation counts from largest to smallest.",
                        "Walk down the sorted list while the $i$-th paper still has at least $i$ citations.")
                        : List.of("Count, do not sum: each paper with 10 or more citations adds one."),
                List.of(), ItemIrt.free(1.0, hIndex ? 0.0 + 0.05 * (papers - 7) : -1.2));
    }

    private static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th"
                : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
        return n + suffix;
    }
}
