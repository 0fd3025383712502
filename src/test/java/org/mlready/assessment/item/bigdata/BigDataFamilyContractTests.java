package org.mlready.assessment.item.bigdata;

import java.util.List;
import java.util.Set;

import org.mlready.assessment.item.ItemFamily;
import org.mlready.assessment.item.ItemFamilyContract;

class BigDataFamilyContractTests extends ItemFamilyContract {

    @Override
    protected List<ItemFamily> families() {
        return BigDataItemFamilies.all();
    }

    @Override
    protected Set<String> skills() {
        return Set.of("apache-spark", "hadoop-distributed", "pipeline-orchestration", "nosql-modelling");
    }
}
