package org.mlready.labs.eda;

/** Hints for wrong answers, recognising the usual slips: cleaning steps skipped, counting the wrong thing. */
final class FindingsHints {

    private final WineCopy copy;
    private final WineFindings findings;
    private final String cultivarAsked;

    FindingsHints(WineCopy copy, WineFindings findings, String cultivarAsked) {
        this.copy = copy;
        this.findings = findings;
        this.cultivarAsked = cultivarAsked;
    }

    String forCount(String questionId, long given) {
        return switch (questionId) {
            case "missing-values" -> given == findings.missingCountAllColumns()
                    ? "That is the number of missing values in all columns; count only " + copy.missingColumns().get(0)
                            + "."
                    : "Not the number of empty cells in " + copy.missingColumns().get(0) + ".";
            case "duplicate-rows" -> given == 2 * findings.duplicateCount()
                    ? "You counted the first occurrences too; count only the repeated copies."
                    : "Compare whole rows, every column included.";
            case "labels-as-written" -> given == findings.distinctCultivars()
                    ? "That is the number after normalising; count the spellings exactly as written."
                    : "Count distinct values of the cultivar column without changing them.";
            case "distinct-cultivars" -> given == findings.labelsAsWritten()
                    ? "That counts every spelling; normalise the labels first."
                    : "Normalise capitals, spaces, underscores and hyphens, then count.";
            case "cultivar-rows" -> cultivarRowsHint(given);
            case "iqr-outliers" -> given == findings.iqrOutliersKeepingDuplicates(copy.outlierColumn())
                    ? "Remove the duplicate rows before computing the quartiles."
                    : "Check the quartile method (linear interpolation) and the fences Q1 - 1.5 IQR and Q3 + 1.5 IQR.";
            default -> "Incorrect.";
        };
    }

    String forMedian(double given) {
        String column = copy.missingColumns().get(1);
        return EdaLab.close(given, findings.medianKeepingDuplicates(column))
                ? "Remove the duplicate rows before computing the median."
                : "Leave the missing values out (do not fill them with 0 or the mean), after removing duplicates.";
    }

    private String cultivarRowsHint(long given) {
        if (given == findings.cultivarRowsKeepingDuplicates(cultivarAsked)) {
            return "Remove the duplicate rows first.";
        }
        if (given == findings.cultivarRowsWrittenExactly(cultivarAsked)) {
            return "Normalise the labels first: some rows of " + cultivarAsked + " are spelt differently.";
        }
        return "Normalise the labels and remove duplicate rows, then count.";
    }
}
