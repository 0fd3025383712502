package org.mlready.assessment;

import java.util.ArrayList;
import java.util.List;
import org.mlready.assessment.item.ItemFamily;
import org.mlready.assessment.item.data.DataItemFamilies;
import org.mlready.assessment.item.maths.MathsItemFamilies;
import org.mlready.assessment.item.ml.MlItemFamilies;
import org.mlready.assessment.item.python.PythonItemFamilies;
import org.mlready.assessment.item.sql.SqlItemFamilies;

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
        all.addAll(PythonItemFamilies.all());
        return all;
    }
}
