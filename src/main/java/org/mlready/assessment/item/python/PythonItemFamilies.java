package org.mlready.assessment.item.python;

import java.util.List;

import org.mlready.assessment.item.ItemFamily;

/** Every generated item family for advanced Python, Matplotlib and Seaborn, and Jupyter notebooks. */
public final class PythonItemFamilies {

    private PythonItemFamilies() {
    }

    public static List<ItemFamily> all() {
        return List.of(
                new MroSuperChainFamily(),
                new ClassAttributeFamily(),
                new GeneratorConsumptionFamily(),
                new DecoratorStackFamily(),
                new SubplotPositionFamily(),
                new HistogramBinsFamily(),
                new SeabornBarHeightFamily(),
                new FigurePixelsFamily(),
                new NotebookStateFamily(),
                new ExecutionCountFamily(),
                new NotebookRestartErrorFamily(),
                new TimeitReadingFamily());
    }
}
