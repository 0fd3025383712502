package org.mlready.assessment.item.software;

import java.util.List;
import java.util.Set;

import org.mlready.assessment.item.ItemFamily;
import org.mlready.assessment.item.ItemFamilyContract;

class SoftwareFamilyContractTests extends ItemFamilyContract {

    @Override
    protected List<ItemFamily> families() {
        return SoftwareItemFamilies.all();
    }

    @Override
    protected Set<String> skills() {
        return Set.of("git-collaboration", "unit-testing-tdd", "docs-project-structure", "git-workflows-ds");
    }
}
