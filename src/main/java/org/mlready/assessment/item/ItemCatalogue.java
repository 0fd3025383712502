package org.mlready.assessment.item;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** All item families, indexed by id and by skill. */
public final class ItemCatalogue {

    private final Map<String, ItemFamily> byId = new LinkedHashMap<>();
    private final Map<String, List<ItemFamily>> bySkill = new LinkedHashMap<>();

    public ItemCatalogue(List<ItemFamily> families) {
        for (ItemFamily family : families) {
            if (byId.putIfAbsent(family.id(), family) != null) {
                throw new IllegalArgumentException("two item families share the id '" + family.id() + "'");
            }
            bySkill.computeIfAbsent(family.skillId(), s -> new ArrayList<>()).add(family);
        }
    }

    public Optional<ItemFamily> family(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<ItemFamily> families() {
        return List.copyOf(byId.values());
    }

    public List<ItemFamily> familiesFor(String skillId) {
        return Collections.unmodifiableList(bySkill.getOrDefault(skillId, List.of()));
    }

    /** Distinct questions available per skill (saturating at Long.MAX_VALUE). */
    public long distinctQuestionsFor(String skillId) {
        long total = 0;
        for (ItemFamily family : familiesFor(skillId)) {
            total = total > Long.MAX_VALUE - family.distinctQuestions() ? Long.MAX_VALUE : total + family.distinctQuestions();
        }
        return total;
    }

    /** The question for a skill and seed: the seed picks the family, then the family builds the question. */
    public Optional<ItemInstance> forSkill(String skillId, long seed) {
        List<ItemFamily> families = familiesFor(skillId);
        if (families.isEmpty()) {
            return Optional.empty();
        }
        long mixed = seed * 0x9E3779B97F4A7C15L;
        ItemFamily family = families.get((int) Math.floorMod(mixed ^ (mixed >>> 29), (long) families.size()));
        return Optional.of(family.generate(seed));
    }
}
