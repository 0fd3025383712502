package org.mlready.assessment;

import java.util.ArrayList;
import java.util.List;
import org.mlready.assessment.item.ItemFamily;
import org.mlready.assessment.item.bigdata.BigDataItemFamilies;
import org.mlready.assessment.item.concepts.ConceptItemFamilies;
import org.mlready.assessment.item.data.DataItemFamilies;
import org.mlready.assessment.item.maths.MathsItemFamilies;
import org.mlready.assessment.item.ml.MlItemFamilies;
import org.mlready.assessment.item.mlops.MlopsItemFamilies;
import org.mlready.assessment.item.software.SoftwareItemFamilies;
import org.mlready.assessment.item.research.ResearchItemFamilies;
import org.mlready.assessment.item.python.PythonItemFamilies;
import org.mlready.assessment.item.sql.SqlItemFamilies;
import org.mlready.assessment.item.tasks.TaskItemFamilies;

/** The generator families of every item package. */
final class GeneratedFamilies {

    private GeneratedFamilies() {
    }

    static List<ItemFamily> all() {
        List<ItemFamily> all = new ArrayList<>();
        all.addAll(MathsItemFamilies.all());
        all.addAll(DataItemFamilies.all());
        all.addAll(MlItemFamilies.all());
        all.addAll(SqlItemFamilies.all());
        all.addAll(MlopsItemFamilies.all());
        all.addAll(TaskItemFamilies.all());
        all.addAll(BigDataItemFamilies.all());
        all.addAll(ConceptItemFamilies.all());
        all.addAll(SoftwareItemFamilies.all());
        all.addAll(ResearchItemFamilies.all());
        all.addAll(PythonItemFamilies.all());
        return all;
    }
}
