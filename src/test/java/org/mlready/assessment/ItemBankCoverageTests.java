package org.mlready.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.ItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.check.Verdict;
import org.mlready.curriculum.ContentProperties;
import org.mlready.curriculum.Skill;
import org.mlready.support.TestCurriculum;

/** Every skill of the curriculum has at least eight distinct exercises, and every family behaves. */
class ItemBankCoverageTests {

    static ItemBank bank;

    @BeforeAll
    static void load() {
        bank = new ItemBank(TestCurriculum.load(), new ContentProperties("file:content/"));
    }

    @AfterAll
    static void close() {
        bank.close();
    }

    @Test
    void everySkillHasAtLeastEightDistinctQuestions() {
        Map<String, Long> coverage = bank.coverage();
        System.out.println("Item bank coverage (distinct questions per skill):");
        new TreeMap<>(coverage).forEach((skill, count) -> System.out.printf("  %-40s %s%n", skill,
                count == Long.MAX_VALUE ? "unbounded" : count));
        assertThat(coverage).hasSize(TestCurriculum.load().skills().size());
        assertThat(coverage.entrySet()).allSatisfy(e -> assertThat(e.getValue()).as(e.getKey()).isGreaterThanOrEqualTo(8));
    }

    /** Practice never runs dry: every skill has question generators, not only a handful of authored items. */
    @Test
    void everySkillHasGeneratedFamiliesWithAtLeastFiftyDistinctQuestions() {
        for (Skill skill : TestCurriculum.load().skills()) {
            var generated = bank.familiesFor(skill.id()).stream().filter(f -> f.distinctQuestions() > 1).toList();
            assertThat(generated).as(skill.id() + " generated families").isNotEmpty();
            long distinct = generated.stream().mapToLong(ItemFamily::distinctQuestions).sum();
            assertThat(distinct).as(skill.id() + " generated questions").isGreaterThanOrEqualTo(50);
        }
    }

    @Test
    void everyFamilyIsDeterministicAndNamesItsOwnSkill() {
        for (ItemFamily family : bank.families()) {
            for (long seed = 0; seed < 20; seed++) {
                ItemInstance first = family.generate(seed);
                assertThat(family.generate(seed)).as(family.id()).isEqualTo(first);
                assertThat(first.skillId()).isEqualTo(family.skillId());
                assertThat(first.familyId()).isEqualTo(family.id());
                assertThat(first.stem()).isNotBlank();
                assertThat(first.solution()).as(family.id() + " solution").isNotBlank();
            }
        }
    }

    @Test
    void generatedFamiliesProduceDifferentQuestionsForDifferentSeeds() {
        for (ItemFamily family : bank.families()) {
            if (family.distinctQuestions() < 8) {
                continue;
            }
            Set<String> stems = new HashSet<>();
            for (long seed = 0; seed < 200; seed++) {
                stems.add(family.generate(seed).stem());
            }
            assertThat(stems.size()).as(family.id()).isGreaterThanOrEqualTo((int) Math.min(8, family.distinctQuestions()));
        }
    }

    @Test
    void aBlankAnswerIsUnreadableNeverWrong() {
        for (Skill skill : TestCurriculum.load().skills()) {
            ItemInstance item = bank.forSkill(skill.id(), 7).orElseThrow();
            assertThat(bank.check(item, "  ").verdict()).as(item.id()).isEqualTo(Verdict.UNREADABLE);
        }
    }
}
