package org.mlready.labs.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mlready.labs.SubmissionRejected;
import org.mlready.labs.dataset.ShippedDataset;

class ClassificationLabTests {

    private final ClassificationLab lab = ClassificationLab.breastCancer();

    private static List<String> lines(String csv) {
        return csv.lines().toList();
    }

    @Test
    void splitsAllRowsIntoTrainAndTestWithDisjointIdsAndHiddenTestLabels() {
        List<String> train = lines(lab.trainCsv());
        List<String> test = lines(lab.testCsv());
        assertThat(train.get(0)).startsWith("id,mean_radius,").endsWith(",worst_fractal_dimension,malignant");
        assertThat(test.get(0)).startsWith("id,mean_radius,").endsWith(",worst_fractal_dimension");
        assertThat(train).hasSize(lab.trainSize() + 1);
        assertThat(lab.trainSize() + lab.testIds().size()).isEqualTo(ShippedDataset.BREAST_CANCER.rows());
        assertThat(lab.trainSize()).isBetween(395, 401);

        Set<String> ids = new HashSet<>();
        train.subList(1, train.size()).forEach(l -> ids.add(l.split(",")[0]));
        test.subList(1, test.size()).forEach(l -> ids.add(l.split(",")[0]));
        assertThat(ids).hasSize(569);
        assertThat(test.subList(1, test.size())).allMatch(l -> l.split(",").length == 31);
    }

    @Test
    void stratifiesEveryPartByDiagnosis() {
        CancerSplit split = CancerSplit.of(ShippedDataset.BREAST_CANCER);
        double overall = 212.0 / 569; // malignant share of the WDBC data
        for (List<CancerSplit.Row> part : List.of(split.train(), split.publicTest(), split.privateTest())) {
            double share = part.stream().filter(CancerSplit.Row::malignant).count() / (double) part.size();
            assertThat(share).isBetween(overall - 0.01, overall + 0.01);
        }
        assertThat(Math.abs(split.publicTest().size() - split.privateTest().size())).isLessThanOrEqualTo(2);
    }

    @Test
    void baselineIsAFairTargetAndItsFileScoresTheSame() {
        Baseline baseline = lab.baseline();
        assertThat(baseline.description()).contains("mean_radius", "mean_texture");
        assertThat(baseline.result().publicScore().rocAuc()).isBetween(0.85, 0.99);
        ClassificationResult rescored = lab.score(lab.baselineCsv().getBytes(StandardCharsets.UTF_8));
        assertThat(rescored.publicScore().rocAuc()).isEqualTo(baseline.result().publicScore().rocAuc());
        assertThat(rescored.privateScore().confusion()).isEqualTo(baseline.result().privateScore().confusion());
    }

    @Test
    void perfectPredictionsScoreOneOnBothHalves() {
        CancerSplit split = CancerSplit.of(ShippedDataset.BREAST_CANCER);
        StringBuilder csv = new StringBuilder("id,probability\n");
        split.test().forEach(row -> csv.append(row.id()).append(',').append(row.malignant() ? "0.9" : "0.1").append('\n'));
        ClassificationResult result = lab.score(csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(result.publicScore().rocAuc()).isEqualTo(1.0);
        assertThat(result.privateScore().f1()).isEqualTo(1.0);
        assertThat(result.privateScore().accuracy()).isEqualTo(1.0);
        assertThat(result.publicScore().rows() + result.privateScore().rows()).isEqualTo(lab.testIds().size());
    }

    @Test
    void constantPredictionsScoreOneHalf() {
        StringBuilder csv = new StringBuilder("id,probability\n");
        lab.testIds().forEach(id -> csv.append(id).append(",0.3\n"));
        ClassificationResult result = lab.score(csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(result.publicScore().rocAuc()).isEqualTo(0.5);
        assertThat(result.publicScore().f1()).isZero();
    }

    @Test
    void rejectsAFileMissingOneTestId() {
        List<String> baseline = lines(lab.baselineCsv());
        String withoutLast = String.join("\n", baseline.subList(0, baseline.size() - 1));
        SubmissionRejected rejected = catchThrowableOfType(SubmissionRejected.class,
                () -> lab.score(withoutLast.getBytes(StandardCharsets.UTF_8)));
        assertThat(rejected.getMessage()).contains("1 test id has no prediction",
                lab.testIds().get(lab.testIds().size() - 1).toString());
    }
}
