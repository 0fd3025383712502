package org.mlready.labs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.mlready.assessment.ItemBank;
import org.mlready.assessment.item.ItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ResponseType;
import org.mlready.assessment.item.SeededRandom;
import org.springframework.stereotype.Component;

/**
 * The SQL lab's tasks, drawn from the item bank's SQL families: two relational-sql tasks and one warehousing-etl task
 * from distinct families, fixed per learner by their lab seed. Graded by the item bank against the read-only sandbox.
 */
@Component
class SqlTasks {

    static final String RELATIONAL = "relational-sql";
    static final String WAREHOUSING = "warehousing-etl";

    private final ItemBank items;

    SqlTasks(ItemBank items) {
        this.items = items;
    }

    List<ItemInstance> forLearner(long seed) {
        Random random = SeededRandom.of(seed);
        random.nextLong();
        List<ItemInstance> tasks = new ArrayList<>();
        tasks.addAll(draw(RELATIONAL, 2, random));
        tasks.addAll(draw(WAREHOUSING, 1, random));
        return List.copyOf(tasks);
    }

    private List<ItemInstance> draw(String skillId, int count, Random random) {
        List<ItemFamily> families = new ArrayList<>(items.familiesFor(skillId).stream()
                .filter(f -> f.generate(0).responseType() == ResponseType.SQL)
                .sorted(Comparator.comparing(ItemFamily::id)).toList());
        List<ItemInstance> drawn = new ArrayList<>();
        while (drawn.size() < count && !families.isEmpty()) {
            ItemFamily family = families.remove(random.nextInt(families.size()));
            drawn.add(family.generate(random.nextInt(1_000_000)));
        }
        return drawn;
    }
}
