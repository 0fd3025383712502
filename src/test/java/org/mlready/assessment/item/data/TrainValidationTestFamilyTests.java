package org.mlready.assessment.item.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.AnswerKey;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.StemReading;

class TrainValidationTestFamilyTests {

    /** What train_test_split does: n_test = ceil(test_size * n_samples) in floating point, n_train = the rest. */
    static int[] sklearnSplit(int n, double testSize) {
        int test = (int) Math.ceil(testSize * n);
        return new int[] {n - test, test};
    }

    @Test
    void splitSizesMatchScikitLearnFloatingPointRounding() {
        SplitSizeFamily family = new SplitSizeFamily();
        for (long seed = 0; seed < 2000; seed++) {
            ItemInstance item = family.generate(seed);
            int n = Integer.parseInt(StemReading.find(item.stem(), "A data set has (\\d+) rows"));
            List<String> sizes = StemReading.findAll(item.stem(), "test_size=([0-9.]+)");
            int[] first = sklearnSplit(n, Double.parseDouble(sizes.get(0)));
            List<Double> expected = new ArrayList<>();
            if (sizes.size() == 1) {
                expected.add((double) first[0]);
                expected.add((double) first[1]);
            } else {
                int[] second = sklearnSplit(first[0], Double.parseDouble(sizes.get(1)));
                expected.add((double) second[0]);
                expected.add((double) second[1]);
                expected.add((double) first[1]);
            }
            assertThat(((AnswerKey.Vector) item.key()).values()).as(item.stem()).isEqualTo(expected);
        }
    }

    @Test
    void kFoldSizesMatchAssignmentOfEveryIndex() {
        KFoldSizesFamily family = new KFoldSizesFamily();
        for (long seed = 0; seed < 2000; seed++) {
            ItemInstance item = family.generate(seed);
            int k = Integer.parseInt(StemReading.find(item.stem(), "n_splits=(\\d+)"));
            int n = Integer.parseInt(StemReading.find(item.stem(), "X has (\\d+) rows"));
            // Walk the indices in order, filling fold f up to its sklearn size before moving on.
            int[] counts = new int[k];
            int fold = 0;
            for (int index = 0; index < n; index++) {
                int capacity = n / k + (fold < n % k ? 1 : 0);
                if (counts[fold] == capacity) {
                    fold++;
                }
                counts[fold]++;
            }
            assertThat(fold).isEqualTo(k - 1);
            if (item.key() instanceof AnswerKey.Vector vector) {
                for (int f = 0; f < k; f++) {
                    assertThat(vector.values().get(f)).isEqualTo((double) counts[f]);
                }
                assertThat(vector.values()).hasSize(k);
            } else {
                int split = Integer.parseInt(StemReading.find(item.stem(), "splits\\[(\\d+)\\]\\[0\\]"));
                assertThat(CleaningFamilyTests.numeric(item)).isEqualTo(n - counts[split]);
            }
        }
    }

    @Test
    void modelsTrainedMatchesEnumeratedFits() {
        ModelsTrainedFamily family = new ModelsTrainedFamily();
        for (long seed = 0; seed < 2000; seed++) {
            ItemInstance item = family.generate(seed);
            String stem = item.stem();
            int candidates = Integer.parseInt(StemReading.find(stem, "(\\d+) candidate"));
            int fits = 0;
            if (stem.startsWith("Nested")) {
                int outer = Integer.parseInt(StemReading.find(stem, "outer (\\d+)-fold"));
                int k = Integer.parseInt(StemReading.find(stem, "compared with (\\d+)-fold"));
                for (int o = 0; o < outer; o++) {
                    for (int c = 0; c < candidates; c++) {
                        for (int f = 0; f < k; f++) {
                            fits++;
                        }
                    }
                    fits++;
                }
            } else if (stem.contains("-fold")) {
                int k = Integer.parseInt(StemReading.find(stem, "with (\\d+)-fold"));
                for (int c = 0; c < candidates; c++) {
                    fits += k;
                }
                fits++;
            } else {
                fits = candidates + 1;
            }
            assertThat(CleaningFamilyTests.numeric(item)).as(stem).isEqualTo(fits);
        }
    }
}
