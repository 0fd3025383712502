package org.mlready.assessment.item.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.AnswerKey;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.StemReading;

class CrossValidationFamilyTests {

    @Test
    void fitCountMatchesEnumeratedSplits() {
        CvFitCountFamily family = new CvFitCountFamily();
        for (long seed = 0; seed < 2000; seed++) {
            ItemInstance item = family.generate(seed);
            String stem = item.stem();
            int splits = 0;
            if (stem.contains("LeavePOut")) {
                int n = Integer.parseInt(StemReading.find(stem, "X has (\\d+) rows"));
                for (int i = 0; i < n; i++) {
                    for (int j = i + 1; j < n; j++) {
                        splits++;
                    }
                }
            } else if (stem.contains("LeaveOneOut")) {
                splits = Integer.parseInt(StemReading.find(stem, "X has (\\d+) rows"));
            } else if (stem.contains("RepeatedKFold")) {
                int k = Integer.parseInt(StemReading.find(stem, "n_splits=(\\d+)"));
                int r = Integer.parseInt(StemReading.find(stem, "n_repeats=(\\d+)"));
                for (int repeat = 0; repeat < r; repeat++) {
                    splits += k;
                }
            } else if (stem.contains("GridSearchCV")) {
                int settings = StemReading.numbers(StemReading.find(stem, "\"alpha\": (\\[.*?\\])")).length;
                int k = Integer.parseInt(StemReading.find(stem, "cv=(\\d+)"));
                splits = settings * k;
            } else {
                splits = Integer.parseInt(StemReading.find(stem, "n_splits=(\\d+)"));
            }
            assertThat(CleaningFamilyTests.numeric(item)).as(stem).isEqualTo(splits);
        }
    }

    @Test
    void meanAndStdMatchCommonsMath() {
        MeanCvScoreFamily family = new MeanCvScoreFamily();
        for (long seed = 0; seed < 2000; seed++) {
            ItemInstance item = family.generate(seed);
            double[] scores = StemReading.numbers(StemReading.find(item.stem(), "np\\.array\\((\\[.*?\\])\\)"));
            double expected = item.stem().contains("scores.std()")
                    ? new StandardDeviation(false).evaluate(scores) : new Mean().evaluate(scores);
            assertThat(CleaningFamilyTests.numeric(item)).as(item.stem()).isCloseTo(expected, within(0.00005 + 1e-9));
        }
    }

    @Test
    void stratifiedCountsMatchRoundRobinAssignmentPerClass() {
        StratifiedFoldCountsFamily family = new StratifiedFoldCountsFamily();
        for (long seed = 0; seed < 2000; seed++) {
            ItemInstance item = family.generate(seed);
            int positives = Integer.parseInt(StemReading.find(item.stem(), "has (\\d+) positive"));
            int negatives = Integer.parseInt(StemReading.find(item.stem(), "and (\\d+) negative"));
            int k = Integer.parseInt(StemReading.find(item.stem(), "n_splits=(\\d+)"));
            int[] pos = new int[k];
            int[] neg = new int[k];
            for (int i = 0; i < positives; i++) {
                pos[i % k]++;
            }
            for (int i = 0; i < negatives; i++) {
                neg[i % k]++;
            }
            for (int f = 1; f < k; f++) {
                assertThat(pos[f]).isEqualTo(pos[0]);
                assertThat(neg[f]).isEqualTo(neg[0]);
            }
            boolean training = item.stem().contains("training set contain");
            List<Double> expected = training ? List.of((double) positives - pos[0], (double) negatives - neg[0])
                    : List.of((double) pos[0], (double) neg[0]);
            assertThat(((AnswerKey.Vector) item.key()).values()).as(item.stem()).isEqualTo(expected);
        }
    }
}
