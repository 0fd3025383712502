package org.mlready.labs.eda;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.mlready.assessment.item.SeededRandom;
import org.mlready.labs.upload.DecimalCell;

/**
 * Exploratory data analysis on a real dataset: each learner gets a copy of the UCI Wine data with defects injected
 * (see {@link WineCopy}) and answers findings questions that mlready computes on that copy.
 */
public final class EdaLab {

    public static final double RELATIVE_TOLERANCE = 1e-3;
    /** Lets a learner round to two decimals. */
    public static final double ABSOLUTE_TOLERANCE = 0.005;

    private final WineCopy copy;
    private final WineFindings findings;
    private final List<EdaQuestion> questions;
    private final String cultivarAsked;

    private EdaLab(WineCopy copy, String cultivarAsked) {
        this.copy = copy;
        this.findings = new WineFindings(copy);
        this.cultivarAsked = cultivarAsked;
        this.questions = List.of(
                new EdaQuestion("missing-values", "How many values are missing (empty cells) in the column "
                        + copy.missingColumns().get(0) + "?", EdaQuestion.Kind.COUNT),
                new EdaQuestion("duplicate-rows", "How many rows are exact duplicates of an earlier row (count the "
                        + "repeated copies, not the first occurrences)?", EdaQuestion.Kind.COUNT),
                new EdaQuestion("median-after-cleaning", "After removing duplicate rows, what is the median of "
                        + copy.missingColumns().get(1) + " over the rows where it is not missing?",
                        EdaQuestion.Kind.NUMBER),
                new EdaQuestion("strongest-correlation", "After removing duplicate rows and every row with a missing "
                        + "value (keep outliers), which two numeric columns have the strongest Pearson correlation "
                        + "in absolute value? Give the two column names separated by a comma.",
                        EdaQuestion.Kind.COLUMN_PAIR),
                new EdaQuestion("labels-as-written", "How many distinct spellings of the cultivar label does the "
                        + "file contain, exactly as written (spaces and capitals count)?", EdaQuestion.Kind.COUNT),
                new EdaQuestion("distinct-cultivars", "How many distinct cultivars are there once the labels are "
                        + "normalised (capitals, spaces, underscores and hyphens ignored)?", EdaQuestion.Kind.COUNT),
                new EdaQuestion("cultivar-rows", "After normalising the labels and removing duplicate rows, how many "
                        + "rows belong to the cultivar " + cultivarAsked + "?", EdaQuestion.Kind.COUNT),
                new EdaQuestion("iqr-outliers", "After removing duplicate rows, how many values of "
                        + copy.outlierColumn() + " lie outside [Q1 - 1.5 IQR, Q3 + 1.5 IQR]? Compute the quartiles "
                        + "by linear interpolation between order statistics (the default of numpy.percentile and "
                        + "pandas quantile; R's type 7).", EdaQuestion.Kind.COUNT));
    }

    /** The lab of one learner; the same seed always gives the same copy and questions. */
    public static EdaLab forLearner(long learnerSeed) {
        return new EdaLab(WineCopy.generate(learnerSeed), "class_" + SeededRandom.of(learnerSeed).nextInt(3));
    }

    public WineCopy copy() {
        return copy;
    }

    /** The CSV to download, named for example {@code wine.csv}. */
    public String csv() {
        return copy.csv();
    }

    public List<EdaQuestion> questions() {
        return questions;
    }

    /** Expected answers by question id, as text: for instructors and tests, never for the learner's page. */
    public Map<String, String> answerKey() {
        Map<String, String> key = new LinkedHashMap<>();
        key.put("missing-values", String.valueOf(findings.missingCount(copy.missingColumns().get(0))));
        key.put("duplicate-rows", String.valueOf(findings.duplicateCount()));
        key.put("median-after-cleaning", String.valueOf(findings.medianAfterCleaning(copy.missingColumns().get(1))));
        key.put("strongest-correlation", String.join(",", findings.strongestCorrelation()));
        key.put("labels-as-written", String.valueOf(findings.labelsAsWritten()));
        key.put("distinct-cultivars", String.valueOf(findings.distinctCultivars()));
        key.put("cultivar-rows", String.valueOf(findings.cultivarRows(cultivarAsked)));
        key.put("iqr-outliers", String.valueOf(findings.iqrOutliers(copy.outlierColumn())));
        return key;
    }

    /** Grades answers typed by the learner, keyed by question id; a missing or blank answer is incorrect. */
    public EdaGrade grade(Map<String, String> answers) {
        Map<String, String> key = answerKey();
        List<AnswerResult> results = new ArrayList<>();
        for (EdaQuestion question : questions) {
            String answer = Objects.requireNonNullElse(answers.get(question.id()), "").strip();
            results.add(answer.isEmpty()
                    ? new AnswerResult(question.id(), false, "No answer.")
                    : grade(question, answer, key.get(question.id())));
        }
        return new EdaGrade(results);
    }

    private AnswerResult grade(EdaQuestion question, String answer, String expected) {
        return switch (question.kind()) {
            case COUNT -> gradeCount(question.id(), answer, Long.parseLong(expected));
            case NUMBER -> gradeNumber(question.id(), answer, Double.parseDouble(expected));
            case COLUMN_PAIR -> gradePair(question.id(), answer, Set.of(expected.split(",")));
        };
    }

    private AnswerResult gradeCount(String id, String answer, long expected) {
        OptionalDouble parsed = DecimalCell.parse(answer);
        if (parsed.isEmpty() || parsed.getAsDouble() != Math.rint(parsed.getAsDouble())) {
            return new AnswerResult(id, false, "'" + answer + "' is not a whole number.");
        }
        long given = (long) parsed.getAsDouble();
        return given == expected ? new AnswerResult(id, true, "Correct.")
                : new AnswerResult(id, false, new FindingsHints(copy, findings, cultivarAsked).forCount(id, given));
    }

    private AnswerResult gradeNumber(String id, String answer, double expected) {
        OptionalDouble parsed = DecimalCell.parse(answer);
        if (parsed.isEmpty()) {
            return new AnswerResult(id, false, "'" + answer + "' is not a number (use a decimal point).");
        }
        double given = parsed.getAsDouble();
        return close(given, expected) ? new AnswerResult(id, true, "Correct.")
                : new AnswerResult(id, false, new FindingsHints(copy, findings, cultivarAsked).forMedian(given));
    }

    private AnswerResult gradePair(String id, String answer, Set<String> expected) {
        Set<String> given = java.util.Arrays.stream(answer.split(","))
                .map(name -> name.strip().toLowerCase(Locale.ROOT))
                .filter(name -> !name.isEmpty())
                .collect(Collectors.toSet());
        if (given.size() != 2) {
            return new AnswerResult(id, false, "Give exactly two different column names separated by a comma.");
        }
        List<String> unknown = given.stream().filter(name -> !copy.numericColumns().contains(name)).sorted().toList();
        if (!unknown.isEmpty()) {
            return new AnswerResult(id, false, "Not a numeric column of the file: " + String.join(", ", unknown) + ".");
        }
        return given.equals(expected) ? new AnswerResult(id, true, "Correct.")
                : new AnswerResult(id, false, "Not the strongest pair: compare absolute values of the correlation, "
                        + "after removing duplicates and rows with any missing value.");
    }

    static boolean close(double given, double expected) {
        return Math.abs(given - expected) <= Math.max(RELATIVE_TOLERANCE * Math.abs(expected), ABSOLUTE_TOLERANCE);
    }
}
