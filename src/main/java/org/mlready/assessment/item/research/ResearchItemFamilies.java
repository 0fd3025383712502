package org.mlready.assessment.item.research;

import java.util.List;

import org.mlready.assessment.item.ItemFamily;

/** The generated families for research and academic skills: hypotheses, reproducibility, papers, citations, writing. */
public final class ResearchItemFamilies {

    private ResearchItemFamilies() {
    }

    public static List<ItemFamily> all() {
        return List.of(
                new HypothesisPairFamily(),
                new ErrorTypeFamily(),
                new MultipleComparisonsFamily(),
                new Float32SummationOrderFamily(),
                new SeedSpreadFamily(),
                new SweepBudgetFamily(),
                new RunManifestDiffFamily(),
                new AverageRankFamily(),
                new RelativeErrorReductionFamily(),
                new WithinNoiseFamily(),
                new ComputeComparisonFamily(),
                new CitationIndexFamily(),
                new IeeeNumberingFamily(),
                new ScreeningPrecisionRecallFamily(),
                new ApaInTextFamily(),
                new MeanStdReportingFamily(),
                new PercentVsPointsFamily(),
                new ResultSentenceFamily(),
                new StorageUnitFamily());
    }
}
