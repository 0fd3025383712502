package org.mlready.assessment.item.concepts;

import java.util.List;
import java.util.Set;

import org.mlready.assessment.item.ItemFamily;
import org.mlready.assessment.item.ItemFamilyContract;

class ConceptFamilyContractTests extends ItemFamilyContract {

    @Override
    protected List<ItemFamily> families() {
        return ConceptItemFamilies.all();
    }

    @Override
    protected Set<String> skills() {
        return Set.of("visual-pattern-finding", "classification-regression-framing", "bias-variance");
    }
}
