package org.mlready.assessment.item.research;

import java.util.List;
import java.util.Set;

import org.mlready.assessment.item.ItemFamily;
import org.mlready.assessment.item.ItemFamilyContract;

class ResearchFamilyContractTests extends ItemFamilyContract {

    @Override
    protected List<ItemFamily> families() {
        return ResearchItemFamilies.all();
    }

    @Override
    protected Set<String> skills() {
        return Set.of("hypothesis-formulation", "reproducibility", "reading-ml-papers", "literature-review-citations",
                "technical-writing");
    }
}
