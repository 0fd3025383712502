package org.mlready.labs.eda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.junit.jupiter.api.Test;

/** Recomputes every answer from the downloaded CSV, as a learner with pandas would, using commons-math3. */
class EdaLabTests {

    private record Learner(List<String> header, List<List<String>> rows) {

        int column(String name) {
            return header.indexOf(name);
        }

        List<List<String>> deduplicated() {
            return new ArrayList<>(new LinkedHashSet<>(rows));
        }

        static double[] present(List<List<String>> rows, int column) {
            return rows.stream().map(r -> r.get(column)).filter(v -> !v.isEmpty()).mapToDouble(Double::parseDouble)
                    .toArray();
        }
    }

    private static Learner parse(String csv) throws IOException {
        var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv));
        List<List<String>> rows = parser.getRecords().stream().map(CSVRecord::toList).toList();
        return new Learner(parser.getHeaderNames(), rows);
    }

    /** numpy's default percentile: linear interpolation at position (n - 1) q. */
    private static double quantile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double position = (sorted.length - 1) * q;
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    @Test
    void answerKeyMatchesAnIndependentAnalysisOfTheDownloadedFile() throws IOException {
        for (long seed = 0; seed < 20; seed++) {
            EdaLab lab = EdaLab.forLearner(seed);
            Map<String, String> key = lab.answerKey();
            Learner learner = parse(lab.csv());
            List<List<String>> clean = learner.deduplicated();
            String missingColumn = lab.copy().missingColumns().get(0);
            String medianColumn = lab.copy().missingColumns().get(1);

            assertThat(learner.rows()).hasSize(lab.copy().rows());
            assertThat(Long.parseLong(key.get("missing-values"))).isEqualTo(
                    learner.rows().stream().filter(r -> r.get(learner.column(missingColumn)).isEmpty()).count())
                    .isBetween(4L, 20L); // duplicated rows repeat their empty cells
            assertThat(Long.parseLong(key.get("duplicate-rows"))).isEqualTo(learner.rows().size() - clean.size())
                    .isBetween(3L, 8L);
            double[] medianValues = Learner.present(clean, learner.column(medianColumn));
            assertThat(Double.parseDouble(key.get("median-after-cleaning")))
                    .isEqualTo(new Percentile().withEstimationType(EstimationType.R_7).evaluate(medianValues, 50));

            assertThat(Set.of(key.get("strongest-correlation").split(","))).isEqualTo(strongestPair(learner, clean));

            Set<String> labels = new LinkedHashSet<>();
            learner.rows().forEach(r -> labels.add(r.get(learner.column("cultivar"))));
            assertThat(Long.parseLong(key.get("labels-as-written"))).isEqualTo(labels.size()).isGreaterThan(3);
            assertThat(key.get("distinct-cultivars")).isEqualTo("3");

            double[] z = Learner.present(clean, learner.column(lab.copy().outlierColumn()));
            double q1 = quantile(z, 0.25);
            double q3 = quantile(z, 0.75);
            long outliers = Arrays.stream(z).filter(v -> v < q1 - 1.5 * (q3 - q1) || v > q3 + 1.5 * (q3 - q1)).count();
            assertThat(Long.parseLong(key.get("iqr-outliers"))).isEqualTo(outliers).isGreaterThanOrEqualTo(2);
        }
    }

    private static Set<String> strongestPair(Learner learner, List<List<String>> clean) {
        List<String> numeric = learner.header().subList(0, learner.header().size() - 1);
        List<double[]> complete = clean.stream().filter(r -> r.stream().noneMatch(String::isEmpty))
                .map(r -> r.subList(0, numeric.size()).stream().mapToDouble(Double::parseDouble).toArray()).toList();
        RealMatrix c = new PearsonsCorrelation(complete.toArray(double[][]::new)).getCorrelationMatrix();
        double best = -1;
        double second = -1;
        Set<String> pair = Set.of();
        for (int a = 0; a < numeric.size(); a++) {
            for (int b = a + 1; b < numeric.size(); b++) {
                double r = Math.abs(c.getEntry(a, b));
                if (r > best) {
                    second = best;
                    best = r;
                    pair = Set.of(numeric.get(a), numeric.get(b));
                } else if (r > second) {
                    second = r;
                }
            }
        }
        // The question is only fair if the winner is clear.
        assertThat(best - second).isGreaterThan(0.02);
        return pair;
    }

    @Test
    void cultivarRowsCountNormalisedLabelsOnceEach() throws IOException {
        EdaLab lab = EdaLab.forLearner(17);
        Learner learner = parse(lab.csv());
        String asked = lab.questions().get(6).text().replaceAll(".*cultivar (class_\\d)\\?", "$1");
        long expected = learner.deduplicated().stream()
                .map(r -> r.get(learner.column("cultivar")).toLowerCase().replace(" ", "").replace("_", ""))
                .filter(label -> label.equals(asked.replace("_", ""))).count();
        assertThat(lab.answerKey().get("cultivar-rows")).isEqualTo(String.valueOf(expected));
    }

    @Test
    void injectsDefectsDifferentlyPerLearner() {
        assertThat(EdaLab.forLearner(1).csv()).isEqualTo(EdaLab.forLearner(1).csv()).isNotEqualTo(EdaLab.forLearner(2).csv());
        assertThat(EdaLab.forLearner(1).csv()).contains("\"class_");
    }

    @Test
    void gradesTheAnswerKeyAsAllCorrectWithTolerantFormatting() {
        EdaLab lab = EdaLab.forLearner(4);
        Map<String, String> answers = new HashMap<>(lab.answerKey());
        double median = Double.parseDouble(answers.get("median-after-cleaning"));
        answers.put("median-after-cleaning", String.format(java.util.Locale.ROOT, "%.2f", median));
        String[] pair = answers.get("strongest-correlation").split(",");
        answers.put("strongest-correlation", " " + pair[1].toUpperCase() + " , " + pair[0]);
        answers.put("duplicate-rows", answers.get("duplicate-rows") + ".0");
        EdaGrade grade = lab.grade(answers);
        assertThat(grade.allCorrect()).isTrue();
        assertThat(grade.results()).extracting(AnswerResult::questionId)
                .containsExactlyElementsOf(lab.questions().stream().map(EdaQuestion::id).toList());
    }

    @Test
    void explainsTheUsualSlips() {
        EdaLab lab = EdaLab.forLearner(6);
        WineFindings findings = new WineFindings(lab.copy());
        Map<String, String> answers = new HashMap<>();
        answers.put("duplicate-rows", String.valueOf(2 * findings.duplicateCount()));
        answers.put("median-after-cleaning",
                String.valueOf(findings.medianKeepingDuplicates(lab.copy().missingColumns().get(1))));
        answers.put("distinct-cultivars", String.valueOf(findings.labelsAsWritten()));
        answers.put("strongest-correlation", "alcohol, wine");
        answers.put("iqr-outliers", "many");
        Map<String, AnswerResult> results = new HashMap<>();
        lab.grade(answers).results().forEach(r -> results.put(r.questionId(), r));

        assertThat(results.get("duplicate-rows").feedback()).contains("first occurrences too");
        assertThat(results.get("distinct-cultivars").feedback()).contains("normalise the labels first");
        assertThat(results.get("strongest-correlation").feedback()).contains("Not a numeric column of the file: wine");
        assertThat(results.get("iqr-outliers").feedback()).contains("not a whole number");
        assertThat(results.get("missing-values")).isEqualTo(new AnswerResult("missing-values", false, "No answer."));
        if (findings.medianKeepingDuplicates(lab.copy().missingColumns().get(1))
                != findings.medianAfterCleaning(lab.copy().missingColumns().get(1))) {
            assertThat(results.get("median-after-cleaning").feedback()).contains("Remove the duplicate rows");
        }
    }
}
