package org.mlready.assessment.cat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.ItemFamily;
import org.mlready.assessment.item.data.DataItemFamilies;
import org.mlready.assessment.item.maths.MathsItemFamilies;
import org.mlready.curriculum.Curriculum;

class ItemPoolTests {

    @Test
    void buildsInstancesPerFamilyMappedToTopicsAndAreasThroughTheCurriculum() {
        Curriculum curriculum = CatFixtures.curriculum();
        List<ItemFamily> families = new java.util.ArrayList<>(MathsItemFamilies.all());
        families.addAll(DataItemFamilies.all());
        ItemPool pool = ItemPool.fromFamilies(families, curriculum, 3);
        Map<String, ItemFamily> byId = families.stream().collect(Collectors.toMap(ItemFamily::id, Function.identity()));
        assertThat(pool.size()).isGreaterThan(families.size());
        for (PoolItem item : pool.items()) {
            ItemFamily family = byId.get(item.familyId());
            assertThat(family).as(item.id()).isNotNull();
            assertThat(item.skillId()).isEqualTo(family.skillId());
            assertThat(curriculum.skill(item.skillId()).orElseThrow().topicId()).isEqualTo(item.topicId());
            assertThat(curriculum.topic(item.topicId()).orElseThrow().areaId()).isEqualTo(item.areaId());
            assertThat(item.irt()).isEqualTo(family.generate(item.seed().orElseThrow()).irt());
        }
        assertThat(pool.items().stream().collect(Collectors.groupingBy(PoolItem::familyId, Collectors.counting())).values())
                .allSatisfy(count -> assertThat(count).isBetween(1L, 3L));
    }

    @Test
    void rejectsDuplicateIds() {
        PoolItem item = new PoolItem("x#0", "t", "a", "s", org.mlready.assessment.item.IrtParameters.of(1, 0));
        assertThatThrownBy(() -> new ItemPool(List.of(item, item))).isInstanceOf(IllegalArgumentException.class);
        assertThat(item.familyId()).isEqualTo("x");
        assertThat(item.seed()).hasValue(0);
    }
}
