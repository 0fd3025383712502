package org.mlready.assessment.item.python;

import java.util.List;
import java.util.Set;

import org.mlready.assessment.item.ItemFamily;
import org.mlready.assessment.item.ItemFamilyContract;

class PythonFamilyContractTests extends ItemFamilyContract {

    @Override
    protected List<ItemFamily> families() {
        return PythonItemFamilies.all();
    }

    @Override
    protected Set<String> skills() {
        return Set.of("advanced-python-oop", "matplotlib-seaborn", "jupyter-notebooks");
    }
}
