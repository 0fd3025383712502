package org.mlready.labs.upload;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mlready.labs.UploadProblem;

/**
 * A summary table upload: header exactly {@code class,column,mean,std}, one line for every class and column asked,
 * means and standard deviations as finite numbers. Anything else rejects the whole file with precise problems.
 */
public final class SummaryTableCsv {

    public static final List<String> HEADER = List.of("class", "column", "mean", "std");
    public static final int MAX_BYTES = 64 * 1024;

    private SummaryTableCsv() {
    }

    /** @throws org.mlready.labs.SubmissionRejected when the file breaks any rule */
    public static List<SummaryRow> read(byte[] content, List<String> classes, List<String> columns) {
        ProblemList lineProblems = new ProblemList();
        List<CsvUpload.Line> lines = CsvUpload.read(content, MAX_BYTES, HEADER, lineProblems);
        List<SummaryRow> rows = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (CsvUpload.Line line : lines.stream().filter(CsvUpload.Line::fits).toList()) {
            String className = line.field(0).strip();
            String column = line.field(1).strip();
            boolean known = true;
            if (!classes.contains(className)) {
                lineProblems.add(UploadProblem.ofCell(line.number(), "class", "'" + className
                        + "' is not one of " + String.join(", ", classes)));
                known = false;
            }
            if (!columns.contains(column)) {
                lineProblems.add(UploadProblem.ofCell(line.number(), "column", "'" + column
                        + "' is not one of the columns asked: " + String.join(", ", columns)));
                known = false;
            }
            if (known) {
                Integer first = firstLine.putIfAbsent(className + "," + column, line.number());
                if (first != null) {
                    lineProblems.add(UploadProblem.ofLine(line.number(), className + " / " + column
                            + " appears again (first on line " + first + ")"));
                    known = false;
                }
            }
            double mean = DecimalCell.read(line.field(2), line.number(), "mean", lineProblems);
            double std = DecimalCell.read(line.field(3), line.number(), "std", lineProblems);
            if (std < 0) {
                lineProblems.add(UploadProblem.ofCell(line.number(), "std", "a standard deviation cannot be negative"));
            }
            if (known && !Double.isNaN(mean) && !Double.isNaN(std)) {
                rows.add(new SummaryRow(line.number(), className, column, mean, std));
            }
        }
        ProblemList problems = new ProblemList();
        int expected = classes.size() * columns.size();
        if (lines.size() != expected) {
            problems.add(UploadProblem.ofFile("expected " + expected + " lines (" + classes.size() + " classes times "
                    + columns.size() + " columns), found " + lines.size()));
        }
        List<String> missing = new ArrayList<>();
        for (String className : classes) {
            for (String column : columns) {
                if (!firstLine.containsKey(className + "," + column)) {
                    missing.add(className + " / " + column);
                }
            }
        }
        if (!missing.isEmpty()) {
            problems.add(UploadProblem.ofFile("no line for " + String.join(", ", missing)));
        }
        problems.addAll(lineProblems);
        problems.throwIfAny();
        return rows;
    }
}
