package org.mlready.assessment.item.tasks;

import java.util.List;
import java.util.Set;

import org.mlready.assessment.item.ItemFamily;
import org.mlready.assessment.item.ItemFamilyContract;

class TaskFamilyContractTests extends ItemFamilyContract {

    @Override
    protected List<ItemFamily> families() {
        return TaskItemFamilies.all();
    }

    @Override
    protected Set<String> skills() {
        return Set.of("task-complete-eda", "task-problem-decomposition", "task-compare-algorithms",
                "task-design-experiments", "task-communicate-findings");
    }
}
