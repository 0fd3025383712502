package org.mlready.labs.summary;

import java.util.List;

/** The verdict on a summary table, one result per class and column in the order asked. */
public record SummaryGrade(List<CellResult> cells) {

    public SummaryGrade {
        cells = List.copyOf(cells);
    }

    public long correctCount() {
        return cells.stream().filter(CellResult::correct).count();
    }

    public boolean allCorrect() {
        return correctCount() == cells.size();
    }
}
