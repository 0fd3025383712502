package org.mlready.labs.upload;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.mlready.labs.UploadProblem;

/**
 * A predictions upload: header exactly {@code id,probability}, one line per test id, each probability a number in
 * [0, 1]. Anything else rejects the whole file with precise problems (whole-file problems first, then by line).
 */
public final class PredictionsCsv {

    public static final List<String> HEADER = List.of("id", "probability");
    public static final int MAX_BYTES = 1024 * 1024;

    private PredictionsCsv() {
    }

    /**
     * The probability of each test id.
     *
     * @throws org.mlready.labs.SubmissionRejected when the file breaks any rule
     */
    public static Map<Integer, Double> read(byte[] content, Set<Integer> testIds) {
        ProblemList lineProblems = new ProblemList();
        List<CsvUpload.Line> lines = CsvUpload.read(content, MAX_BYTES, HEADER, lineProblems);
        Map<Integer, Double> probabilities = new LinkedHashMap<>();
        Map<Integer, Integer> firstLineOfId = new HashMap<>();
        for (CsvUpload.Line line : lines.stream().filter(CsvUpload.Line::fits).toList()) {
            Integer id = readId(line, testIds, firstLineOfId, lineProblems);
            double probability = readProbability(line, lineProblems);
            if (id != null && !Double.isNaN(probability)) {
                probabilities.put(id, probability);
            }
        }
        ProblemList fileProblems = new ProblemList();
        if (lines.size() != testIds.size()) {
            fileProblems.add(UploadProblem.ofFile("expected " + testIds.size() + " prediction lines, one per test id; "
                    + "found " + lines.size()));
        }
        Set<Integer> missing = new TreeSet<>(testIds);
        missing.removeAll(firstLineOfId.keySet());
        if (!missing.isEmpty()) {
            fileProblems.add(UploadProblem.ofFile(missing.size() + " test id" + (missing.size() == 1 ? " has" : "s have")
                    + " no prediction, for example " + String.join(", ",
                            missing.stream().limit(5).map(String::valueOf).toList())));
        }
        fileProblems.addAll(lineProblems);
        fileProblems.throwIfAny();
        return probabilities;
    }

    private static Integer readId(CsvUpload.Line line, Set<Integer> testIds, Map<Integer, Integer> firstLineOfId,
            ProblemList problems) {
        String raw = line.field(0).strip();
        if (!raw.matches("\\d{1,9}")) {
            problems.add(UploadProblem.ofCell(line.number(), "id", raw.isEmpty() ? "the id is missing"
                    : "'" + raw + "' is not an id (ids are whole numbers from the test file)"));
            return null;
        }
        int id = Integer.parseInt(raw);
        if (!testIds.contains(id)) {
            problems.add(UploadProblem.ofCell(line.number(), "id", id + " is not an id of the test file"));
            return null;
        }
        Integer first = firstLineOfId.putIfAbsent(id, line.number());
        if (first != null) {
            problems.add(UploadProblem.ofCell(line.number(), "id", "id " + id + " appears again (first on line "
                    + first + ")"));
            return null;
        }
        return id;
    }

    private static double readProbability(CsvUpload.Line line, ProblemList problems) {
        double probability = DecimalCell.read(line.field(1), line.number(), "probability", problems);
        if (!Double.isNaN(probability) && (probability < 0 || probability > 1)) {
            problems.add(UploadProblem.ofCell(line.number(), "probability", line.field(1).strip()
                    + " is not a probability (between 0 and 1)"));
            return Double.NaN;
        }
        return probability;
    }

    /** Writes predictions in the accepted format, ids in the given order. */
    public static String write(List<Integer> ids, Map<Integer, Double> probabilities) {
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", HEADER));
        ids.forEach(id -> lines.add(id + "," + probabilities.get(id)));
        return String.join("\n", lines) + "\n";
    }
}
