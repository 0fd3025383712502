package org.mlready.labs.classification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.mlready.labs.dataset.CsvNumbers;
import org.mlready.labs.dataset.ShippedDataset;
import org.mlready.labs.metrics.ClassificationScore;
import org.mlready.labs.upload.PredictionsCsv;

/**
 * Classification on the Breast Cancer Wisconsin (Diagnostic) data, the same split for everyone (it feeds one
 * leaderboard). Learners train on {@link #trainCsv()} and upload, for every id of {@link #testCsv()}, the probability
 * that the tumour is malignant. Scored by ROC AUC, and by F1 and accuracy at threshold 0.5, on the public and the
 * private half of the test set.
 */
public final class ClassificationLab {

    public static final String TARGET = "malignant";
    private static final List<String> BASELINE_FEATURES = List.of("mean_radius", "mean_texture");

    private static final ClassificationLab BREAST_CANCER = new ClassificationLab(ShippedDataset.BREAST_CANCER);

    private final ShippedDataset data;
    private final CancerSplit split;
    private final Set<Integer> testIds;
    private final Map<Integer, Double> baselinePredictions;
    private final Baseline baseline;

    private ClassificationLab(ShippedDataset data) {
        this.data = data;
        this.split = CancerSplit.of(data);
        this.testIds = split.test().stream().map(CancerSplit.Row::id).collect(Collectors.toUnmodifiableSet());
        LogisticBaseline model = new LogisticBaseline(split.train(),
                BASELINE_FEATURES.stream().mapToInt(data.featureNames()::indexOf).toArray());
        this.baselinePredictions = new LinkedHashMap<>();
        split.test().forEach(row -> baselinePredictions.put(row.id(), model.probability(row.features())));
        this.baseline = new Baseline("Logistic regression on " + String.join(" and ", BASELINE_FEATURES)
                + " (standardised)", score(baselinePredictions));
    }

    public static ClassificationLab breastCancer() {
        return BREAST_CANCER;
    }

    /** Training data: id, the 30 features, and {@value #TARGET} (1 for malignant, 0 for benign). */
    public String trainCsv() {
        StringBuilder csv = header(true);
        for (CancerSplit.Row row : split.train()) {
            appendFeatures(csv, row).append(',').append(row.malignant() ? 1 : 0).append('\n');
        }
        return csv.toString();
    }

    /** Test data: id and the 30 features; the labels stay on the server. */
    public String testCsv() {
        StringBuilder csv = header(false);
        for (CancerSplit.Row row : split.test()) {
            appendFeatures(csv, row).append('\n');
        }
        return csv.toString();
    }

    public List<Integer> testIds() {
        return split.test().stream().map(CancerSplit.Row::id).toList();
    }

    public int trainSize() {
        return split.train().size();
    }

    /**
     * Scores an uploaded predictions file.
     *
     * @throws org.mlready.labs.SubmissionRejected when the file is malformed (not an attempt)
     */
    public ClassificationResult score(byte[] predictionsCsv) {
        return score(PredictionsCsv.read(predictionsCsv, testIds));
    }

    public Baseline baseline() {
        return baseline;
    }

    /** The baseline's predictions as an uploadable file: an example of the expected format. */
    public String baselineCsv() {
        return PredictionsCsv.write(testIds(), baselinePredictions);
    }

    private ClassificationResult score(Map<Integer, Double> probabilities) {
        return new ClassificationResult(score(split.publicTest(), probabilities),
                score(split.privateTest(), probabilities));
    }

    private static ClassificationScore score(List<CancerSplit.Row> rows, Map<Integer, Double> probabilities) {
        double[] scores = rows.stream().mapToDouble(row -> probabilities.get(row.id())).toArray();
        boolean[] positive = new boolean[rows.size()];
        for (int i = 0; i < positive.length; i++) {
            positive[i] = rows.get(i).malignant();
        }
        return ClassificationScore.of(scores, positive);
    }

    private StringBuilder header(boolean withTarget) {
        StringBuilder csv = new StringBuilder("id,").append(String.join(",", data.featureNames()));
        return (withTarget ? csv.append(',').append(TARGET) : csv).append('\n');
    }

    private static StringBuilder appendFeatures(StringBuilder csv, CancerSplit.Row row) {
        csv.append(row.id());
        for (double value : row.features()) {
            csv.append(',').append(CsvNumbers.format(value));
        }
        return csv;
    }
}
