package org.mlready.assessment.item.research;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.mlready.assessment.item.AnswerKeys;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ItemIrt;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.ResponseType;
import org.mlready.assessment.item.SeededRandom;

/** IEEE style numbers references in order of first citation; a repeated source keeps its first number. */
public final class IeeeNumberingFamily extends GeneratedItemFamily {

    /** Invented author-year keys: real papers would be paired here with claims they never made. */
    private static final List<String> SOURCES = List.of("Okafor et al., 2021", "Lindqvist and Haddad, 2019",
            "Nakamura et al., 2020", "Moreau, 2018", "Kowalski and Adeyemi, 2022", "Castillo et al., 2017",
            "Brandt, 2023", "Iyer and Novak, 2016", "Santos et al., 2024", "Fischer and Ito, 2020",
            "Mensah, 2019", "Duval et al., 2022");
    private static final List<String> CLAIMS = List.of("Attention-based encoders now dominate text classification",
            "Residual connections make very deep networks trainable", "Pre-training on unlabelled text helps "
            + "downstream tasks", "Adaptive optimisers converge quickly on noisy objectives",
            "Dropout reduces co-adaptation of units", "Normalising activations stabilises training",
            "Adversarial objectives can generate realistic images", "Skip connections help segmentation",
            "Gated recurrent units capture long-range dependencies", "Decoupled weight decay improves "
            + "generalisation", "Images can be treated as sequences of patches", "Large language models learn "
            + "from few examples", "Learning-rate warm-up matters for large batches", "Augmentation strength "
            + "should grow with model size");

    public IeeeNumberingFamily() {
        super("ieee-citation-numbering", "literature-review-citations", 5000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        int distinct = RandomDraw.between(random, 4, 6);
        List<String> sources = RandomDraw.sample(random, SOURCES, distinct);
        List<String> order = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        do {
            order.clear();
            paragraph.setLength(0);
            cite(random, sources, order, paragraph);
        } while (order.size() == distinct);
        Map<String, Integer> numbers = new LinkedHashMap<>();
        List<Integer> answer = new ArrayList<>();
        for (String source : order) {
            numbers.putIfAbsent(source, numbers.size() + 1);
            answer.add(numbers.get(source));
        }
        String stem = "A draft cites its sources in author-year form:\n\n> " + paragraph + "\n\nYou convert it to "
                + "IEEE style, where references are numbered $[1], [2], \\dots$ in order of first citation and a "
                + "source cited again keeps its number. Give the number of every citation in the order the "
                + "citations appear in the paragraph, as a list (there are " + order.size() + ").";
        StringBuilder table = new StringBuilder();
        numbers.forEach((source, number) -> table.append("- [").append(number).append("] ").append(source)
                .append("\n"));
        double[] key = answer.stream().mapToDouble(Integer::doubleValue).toArray();
        List<String> keyText = answer.stream().map(String::valueOf).toList();
        String solution = "Number each source the first time it appears:\n\n" + table + "\nThen replace every "
                + "citation, including repeats, by its number.\n\nAnswer: **(" + String.join(", ", keyText) + ")**.";
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.VECTOR, AnswerKeys.exactVector(key),
                solution, List.of("A source cited a second time does not get a new number.",
                "Inside one parenthesis, read the citations left to right."),
                List.of(), ItemIrt.free(0.9, -0.8 + 0.1 * (order.size() - 5)));
    }

    /** Writes sentences citing the sources, introducing every one and often citing one again. */
    private static void cite(Random random, List<String> sources, List<String> order, StringBuilder paragraph) {
        int distinct = sources.size();
        int sentences = RandomDraw.between(random, 4, 6);
        List<String> claims = RandomDraw.sample(random, CLAIMS, sentences);
        int introduced = 0;
        for (int s = 0; s < sentences; s++) {
            int cites = random.nextInt(3) == 0 ? 2 : 1;
            List<String> here = new ArrayList<>();
            for (int c = 0; c < cites; c++) {
                // Mostly introduce new sources early, and always use every one by the end.
                boolean fresh = introduced < distinct && (random.nextBoolean() || sentences - s <= distinct - introduced
                        || introduced == 0);
                String source = fresh ? sources.get(introduced++) : sources.get(random.nextInt(Math.max(1, introduced)));
                if (!here.contains(source)) {
                    here.add(source);
                }
            }
            order.addAll(here);
            paragraph.append(s == 0 ? "" : " ").append(claims.get(s)).append(" (").append(String.join("; ", here))
                    .append(").");
        }
        while (introduced < distinct) {
            String source = sources.get(introduced++);
            order.add(source);
            paragraph.append(" See also (").append(source).append(").");
        }
    }
}
