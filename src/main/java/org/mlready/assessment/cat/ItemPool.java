package org.mlready.assessment.cat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mlready.assessment.item.ItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.curriculum.Curriculum;
import org.mlready.curriculum.Skill;
import org.mlready.curriculum.Topic;

/** The items an adaptive test chooses from, indexed by id and topic. Immutable. */
public final class ItemPool {

    private final List<PoolItem> items;
    private final Map<String, Integer> indexById = new LinkedHashMap<>();
    private final Map<String, List<PoolItem>> byTopic = new LinkedHashMap<>();

    public ItemPool(List<PoolItem> items) {
        this.items = List.copyOf(items);
        for (int i = 0; i < this.items.size(); i++) {
            PoolItem item = this.items.get(i);
            if (indexById.putIfAbsent(item.id(), i) != null) {
                throw new IllegalArgumentException("two pool items share the id '" + item.id() + "'");
            }
            byTopic.computeIfAbsent(item.topicId(), t -> new ArrayList<>()).add(item);
        }
        byTopic.replaceAll((t, list) -> List.copyOf(list));
    }

    /**
     * The product pool: for every family, instances for seeds {@code 0 .. instancesPerFamily-1} (fewer when the family
     * has fewer distinct questions; one for an authored item), placed in the curriculum through the family's skill.
     * Calibration: each item's parameters are the IRT parameters its instance declares (the authors' initial values).
     * Families whose skill is not in the curriculum are rejected.
     */
    public static ItemPool fromFamilies(List<ItemFamily> families, Curriculum curriculum, int instancesPerFamily) {
        if (instancesPerFamily < 1) {
            throw new IllegalArgumentException("instancesPerFamily must be at least 1");
        }
        List<PoolItem> items = new ArrayList<>();
        for (ItemFamily family : families) {
            Skill skill = curriculum.skill(family.skillId()).orElseThrow(() -> new IllegalArgumentException(
                    "family " + family.id() + " names unknown skill " + family.skillId()));
            Topic topic = curriculum.topic(skill.topicId()).orElseThrow();
            long count = Math.min(instancesPerFamily, Math.max(1, family.distinctQuestions()));
            Set<String> seenStems = new LinkedHashSet<>();
            for (long seed = 0; seed < count; seed++) {
                ItemInstance instance = family.generate(seed);
                if (!seenStems.add(instance.stem())) {
                    continue; // a generator that repeats a question for another seed: keep one copy
                }
                items.add(new PoolItem(instance.id(), topic.id(), topic.areaId(), skill.id(), instance.irt()));
            }
        }
        return new ItemPool(items);
    }

    public List<PoolItem> items() {
        return items;
    }

    public int size() {
        return items.size();
    }

    public Optional<PoolItem> item(String id) {
        Integer index = indexById.get(id);
        return index == null ? Optional.empty() : Optional.of(items.get(index));
    }

    /** Position of the item in {@link #items()}, or -1. */
    public int indexOf(String id) {
        return indexById.getOrDefault(id, -1);
    }

    public List<PoolItem> itemsFor(String topicId) {
        return byTopic.getOrDefault(topicId, Collections.emptyList());
    }

    public Set<String> topicIds() {
        return Collections.unmodifiableSet(byTopic.keySet());
    }
}
