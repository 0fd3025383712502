package org.mlready.assessment.item.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mlready.assessment.item.MarkdownTable;

/** NumPy's broadcasting rule: align shapes on the right; each pair of sizes must be equal or contain a 1. */
final class BroadcastRule {

    private BroadcastRule() {
    }

    static Optional<List<Integer>> result(List<Integer> a, List<Integer> b) {
        int ndim = Math.max(a.size(), b.size());
        List<Integer> out = new ArrayList<>();
        for (int k = ndim; k >= 1; k--) {
            int da = k <= a.size() ? a.get(a.size() - k) : 1;
            int db = k <= b.size() ? b.get(b.size() - k) : 1;
            if (da != db && da != 1 && db != 1) {
                return Optional.empty();
            }
            out.add(Math.max(da, db));
        }
        return Optional.of(out);
    }

    /** Explains the alignment column by column, for solutions. */
    static String explain(List<Integer> a, List<Integer> b) {
        int ndim = Math.max(a.size(), b.size());
        StringBuilder out = new StringBuilder();
        out.append("Align the shapes on the right (missing leading sizes count as 1):\n\n");
        List<String> rowA = new ArrayList<>();
        List<String> rowB = new ArrayList<>();
        List<String> rowR = new ArrayList<>();
        for (int k = ndim; k >= 1; k--) {
            int da = k <= a.size() ? a.get(a.size() - k) : 1;
            int db = k <= b.size() ? b.get(b.size() - k) : 1;
            rowA.add(k <= a.size() ? String.valueOf(da) : "(1)");
            rowB.add(k <= b.size() ? String.valueOf(db) : "(1)");
            rowR.add(da != db && da != 1 && db != 1 ? "clash" : String.valueOf(Math.max(da, db)));
        }
        List<String> header = new ArrayList<>();
        header.add("");
        for (int k = ndim; k >= 1; k--) {
            header.add("axis " + (ndim - k));
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(prefixed("`a`", rowA));
        rows.add(prefixed("`b`", rowB));
        rows.add(prefixed("result", rowR));
        out.append(MarkdownTable.render(header, rows));
        return out.toString();
    }

    private static List<String> prefixed(String first, List<String> rest) {
        List<String> row = new ArrayList<>();
        row.add(first);
        row.addAll(rest);
        return row;
    }
}
