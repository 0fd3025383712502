package org.mlready.assessment.item.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.mlready.assessment.item.AnswerKey;

/** Vectors, matrices and shapes written in every accepted style are read back as they were written. */
class RoundTripPropertyTests {

    private final VectorAnswerChecker vectorChecker = new VectorAnswerChecker();
    private final MatrixAnswerChecker matrixChecker = new MatrixAnswerChecker();
    private final ShapeAnswerChecker shapeChecker = new ShapeAnswerChecker();

    private static final List<Function<List<String>, String>> VECTOR_STYLES = List.of(
            e -> "(" + String.join(", ", e) + ")",
            e -> "[" + String.join(" ", e) + "]",
            e -> String.join(",", e),
            e -> String.join(" ", e),
            e -> "[" + String.join("; ", e) + "]",
            e -> String.join("\n", e),
            e -> "(" + String.join(", ", e) + ",)");

    @Provide
    Arbitrary<List<Double>> vectors() {
        return Arbitraries.doubles().between(-1e6, 1e6).ofScale(6).list().ofMinSize(1).ofMaxSize(8);
    }

    @Property
    void vectorsRoundTripInEveryStyle(@ForAll("vectors") List<Double> values) {
        List<String> elements = values.stream().map(Object::toString).toList();
        AnswerKey.Vector key = new AnswerKey.Vector(values, 0, 0);
        for (Function<List<String>, String> style : VECTOR_STYLES) {
            String text = style.apply(elements);
            assertThat(VectorReader.read(text).value()).as(text).isEqualTo(values);
            assertThat(vectorChecker.check(key, text).verdict()).isEqualTo(Verdict.CORRECT);
        }
    }

    @Property
    void perturbedOrShortenedVectorsAreIncorrect(@ForAll("vectors") List<Double> values,
                                                 @ForAll @IntRange(min = 0, max = 7) int index) {
        int i = index % values.size();
        AnswerKey.Vector key = new AnswerKey.Vector(values, 1e-3, 0);
        List<Double> perturbed = new ArrayList<>(values);
        perturbed.set(i, values.get(i) + 0.01);
        assertThat(vectorChecker.check(key, perturbed.toString()).verdict()).isEqualTo(Verdict.INCORRECT);
        List<Double> longer = new ArrayList<>(values);
        longer.add(1.0);
        CheckResult result = vectorChecker.check(key, longer.toString());
        assertThat(result.verdict()).isEqualTo(Verdict.INCORRECT);
        assertThat(result.message()).contains(values.size() + " number").contains("yours has " + longer.size());
    }

    @Provide
    Arbitrary<List<List<Double>>> matrices() {
        return Arbitraries.integers().between(1, 5).flatMap(columns ->
                Arbitraries.doubles().between(-1e4, 1e4).ofScale(4).list().ofSize(columns).list().ofMinSize(1)
                        .ofMaxSize(5));
    }

    @Property
    void matricesRoundTripInEveryStyle(@ForAll("matrices") List<List<Double>> rows) {
        List<String> styles = new ArrayList<>(List.of(
                rows.toString(),
                "[" + join(rows, r -> "[" + join(r, " ") + "]", " ") + "]",
                join(rows, r -> join(r, " "), "; "),
                "[" + join(rows, r -> join(r, ", "), "; ") + "]",
                join(rows, r -> join(r, " "), "\n"),
                "[" + join(rows, r -> "[" + join(r, ", ") + "]", ",\n ") + "]"));
        if (rows.get(0).size() > 1) {
            styles.add("(" + join(rows, r -> "(" + join(r, ", ") + ")", ", ") + ")");
        }
        AnswerKey.Matrix key = new AnswerKey.Matrix(rows, 0, 0);
        for (String text : styles) {
            assertThat(MatrixReader.read(text).value()).as(text).isEqualTo(rows);
            assertThat(matrixChecker.check(key, text).verdict()).isEqualTo(Verdict.CORRECT);
        }
    }

    @Property
    void transposedOrPerturbedMatricesAreIncorrect(@ForAll("matrices") List<List<Double>> rows) {
        AnswerKey.Matrix key = new AnswerKey.Matrix(rows, 1e-3, 0);
        int m = rows.size();
        int n = rows.get(0).size();
        List<List<Double>> transposed = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            List<Double> column = new ArrayList<>();
            for (List<Double> row : rows) {
                column.add(row.get(j));
            }
            transposed.add(column);
        }
        if (m != n) {
            CheckResult result = matrixChecker.check(key, transposed.toString());
            assertThat(result.verdict()).isEqualTo(Verdict.INCORRECT);
            assertThat(result.message()).contains(m + " x " + n).contains("yours is " + n + " x " + m);
        }
        List<List<Double>> perturbed = new ArrayList<>(rows.stream().map(ArrayList::new).toList());
        perturbed.get(m - 1).set(n - 1, rows.get(m - 1).get(n - 1) - 0.01);
        assertThat(matrixChecker.check(key, perturbed.toString()).verdict()).isEqualTo(Verdict.INCORRECT);
    }

    @Property
    void shapesRoundTripInEveryStyle(
            @ForAll @Size(max = 5) List<@IntRange(min = 0, max = 100_000) Integer> dimensions) {
        List<String> parts = dimensions.stream().map(Object::toString).toList();
        List<String> styles = new ArrayList<>(List.of(
                "(" + String.join(", ", parts) + (parts.size() == 1 ? ",)" : ")"),
                "[" + String.join(", ", parts) + "]"));
        if (!parts.isEmpty()) {
            styles.addAll(List.of(String.join("x", parts), String.join(" x ", parts), String.join(" by ", parts),
                    String.join("\u00d7", parts), String.join(", ", parts)));
        }
        AnswerKey.Shape key = new AnswerKey.Shape(dimensions);
        for (String text : styles) {
            assertThat(ShapeReader.read(text).value()).as(text).isEqualTo(dimensions);
            assertThat(shapeChecker.check(key, text).verdict()).isEqualTo(Verdict.CORRECT);
        }
    }

    private static <T> String join(List<T> items, Function<T, String> format, String separator) {
        return items.stream().map(format).collect(Collectors.joining(separator));
    }

    private static String join(List<Double> values, String separator) {
        return join(values, Object::toString, separator);
    }
}
