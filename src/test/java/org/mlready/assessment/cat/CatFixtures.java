package org.mlready.assessment.cat;

import java.util.ArrayList;
import java.util.List;
import org.mlready.assessment.item.IrtParameters;
import org.mlready.curriculum.Curriculum;
import org.mlready.curriculum.Skill;
import org.mlready.curriculum.Topic;
import org.mlready.support.TestCurriculum;

/** A synthetic pool over the real curriculum: per skill four families of two instances, spread in difficulty. */
final class CatFixtures {

    private CatFixtures() {
    }

    static Curriculum curriculum() {
        return TestCurriculum.load();
    }

    static ItemPool syntheticPool() {
        Curriculum curriculum = curriculum();
        List<PoolItem> items = new ArrayList<>();
        double[] difficulties = {-1.0, -0.3, 0.3, 1.0};
        for (Skill skill : curriculum.skills()) {
            Topic topic = curriculum.topic(skill.topicId()).orElseThrow();
            for (int f = 0; f < difficulties.length; f++) {
                for (int seed = 0; seed < 2; seed++) {
                    IrtParameters irt = new IrtParameters(1.0 + 0.1 * f, difficulties[f] + 0.05 * seed, f == 3 ? 0.25 : 0);
                    items.add(new PoolItem(skill.id() + "-f" + f + "#" + seed, topic.id(), topic.areaId(), skill.id(), irt));
                }
            }
        }
        return new ItemPool(items);
    }

    static ReadinessCat engine(CatSettings settings) {
        return new ReadinessCat(syntheticPool(), ReadinessPrior.population(curriculum()), settings);
    }
}
