package org.mlready.assessment.item.mlops;

import java.util.List;
import java.util.Set;

import org.mlready.assessment.item.ItemFamily;
import org.mlready.assessment.item.ItemFamilyContract;

class MlopsFamilyContractTests extends ItemFamilyContract {

    @Override
    protected List<ItemFamily> families() {
        return MlopsItemFamilies.all();
    }

    @Override
    protected Set<String> skills() {
        return Set.of("cloud-ml-services", "cloud-storage-compute", "docker-basics", "data-versioning-tracking",
                "collaborative-ml-dev");
    }
}
