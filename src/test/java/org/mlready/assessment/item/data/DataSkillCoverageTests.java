package org.mlready.assessment.item.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.ItemFamily;

class DataSkillCoverageTests {

    static final List<String> SKILLS = List.of("numpy-arrays", "pandas-manipulation", "data-cleaning",
            "data-profiling", "train-validation-test", "cross-validation-metrics", "roc-pr-confusion",
            "hyperparameter-search", "task-linear-regression-numpy", "task-classification-model",
            "task-visual-summaries");

    @Test
    void everyFamilyTargetsOneOfTheAssignedSkills() {
        assertThat(DataItemFamilies.all()).allSatisfy(f -> assertThat(SKILLS).contains(f.skillId()));
    }

    @Test
    void everyAssignedSkillReachesAtLeastEightDistinctQuestions() {
        Map<String, Set<String>> stems = new HashMap<>();
        Map<String, Long> bounds = new HashMap<>();
        for (ItemFamily family : DataItemFamilies.all()) {
            bounds.merge(family.skillId(), family.distinctQuestions(), Long::sum);
            Set<String> skillStems = stems.computeIfAbsent(family.skillId(), s -> new HashSet<>());
            for (long seed = 0; seed < 100; seed++) {
                skillStems.add(family.generate(seed).stem());
            }
        }
        for (String skill : SKILLS) {
            assertThat(bounds.getOrDefault(skill, 0L)).as(skill).isGreaterThanOrEqualTo(8);
            assertThat(stems.getOrDefault(skill, Set.of())).as(skill).hasSizeGreaterThanOrEqualTo(8);
        }
    }

    @Test
    void assignedSkillsExistInTheCurriculum() throws IOException {
        StringBuilder curriculum = new StringBuilder();
        try (Stream<Path> files = Files.list(Path.of("content/curriculum/areas"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                curriculum.append(Files.readString(file));
            }
        }
        for (String skill : SKILLS) {
            assertThat(curriculum.toString()).as(skill).containsPattern("- id: " + skill + "\\s");
        }
    }
}
