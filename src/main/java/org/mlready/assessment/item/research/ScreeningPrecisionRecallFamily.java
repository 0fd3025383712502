package org.mlready.assessment.item.research;

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

/** How good a literature search is: precision and recall of its hits against a known set of relevant papers. */
public final class ScreeningPrecisionRecallFamily extends GeneratedItemFamily {

    private static final List<String> TOPICS = List.of("label-noise-robust training", "test-time adaptation",
            "federated learning under client drift", "calibration of deep classifiers",
            "data pruning for pre-training", "retrieval-augmented generation", "graph neural network oversmoothing");

    private enum Ask { PRECISION, RECALL, F1 }

    public ScreeningPrecisionRecallFamily() {
        super("search-precision-recall", "literature-review-citations", 5000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        String topic = RandomDraw.pick(random, TOPICS);
        List<Integer> pool = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            pool.add(i);
        }
        List<Integer> drawn = RandomDraw.sample(random, pool, 22);
        int relevantCount = RandomDraw.between(random, 5, 10);
        int hitCount = RandomDraw.between(random, 6, 12);
        int overlap = RandomDraw.between(random, 1, Math.min(relevantCount, hitCount) - 1);
        // The first `overlap` drawn papers are both relevant and found; the rest split between the two lists.
        List<Integer> relevant = new ArrayList<>(drawn.subList(0, relevantCount));
        List<Integer> hits = new ArrayList<>(drawn.subList(0, overlap));
        hits.addAll(drawn.subList(relevantCount, relevantCount + hitCount - overlap));
        relevant.sort(null);
        hits.sort(null);
        Ask ask = RandomDraw.pick(random, List.of(Ask.values()));
        String stem = "A review on " + topic + " already identified the relevant papers, and you test a new search "
                + "query against them. Papers are identified by number.\n\n- Relevant papers: " + ids(relevant)
                + "\n- Papers your query returns: " + ids(hits) + "\n\nWhat is the query's **"
                + (ask == Ask.PRECISION ? "precision" : ask == Ask.RECALL ? "recall" : "F1 score")
                + "**? Answer as a decimal rounded to 3 decimal places.";
        double precision = (double) overlap / hits.size();
        double recall = (double) overlap / relevant.size();
        double f1 = 2.0 * overlap / (hits.size() + relevant.size());
        double answer = ask == Ask.PRECISION ? precision : ask == Ask.RECALL ? recall : f1;
        List<Integer> common = new ArrayList<>(drawn.subList(0, overlap));
        common.sort(null);
        String found = "The returned papers that are relevant: " + ids(common) + ", so " + overlap + " of the "
                + hits.size() + " hits are relevant and " + overlap + " of the " + relevant.size()
                + " relevant papers are found.";
        String formula = ask == Ask.PRECISION ? "Precision $= " + overlap + " / " + hits.size() + "$"
                : ask == Ask.RECALL ? "Recall $= " + overlap + " / " + relevant.size() + "$"
                : "Precision $= " + overlap + "/" + hits.size() + "$, recall $= " + overlap + "/" + relevant.size()
                + "$, and $F_1 = 2PR/(P+R) = 2 \\cdot " + overlap + " / (" + hits.size() + " + " + relevant.size()
                + ")$";
        String solution = found + " " + formula + " $= " + Decimals.fixed(answer, 5) + "$."
                + (ask == Ask.RECALL ? " Low recall means the review would miss relevant work; broaden the query."
                : ask == Ask.PRECISION ? " Low precision means more screening effort, not missed papers." : "")
                + "\n\nAnswer: **" + Decimals.fixed(answer, 3) + "**.";
        List<String> hints = List.of("First find the papers that appear in both lists.",
                ask == Ask.PRECISION ? "Precision divides by the number of papers the query returned."
                        : ask == Ask.RECALL ? "Recall divides by the number of relevant papers."
                        : "F1 is the harmonic mean of precision and recall.");
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER,
                AnswerKeys.rounded(Decimals.round(answer, 3), 3), solution, hints, List.of(),
                ItemIrt.free(1.1, ask == Ask.F1 ? 0.3 : -0.5));
    }

    private static String ids(List<Integer> papers) {
        return String.join(", ", papers.stream().map(p -> "#" + p).toList());
    }
}
