package org.mlready.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads the seed document with its own small parser, independent of the YAML, and checks the content against it:
 * every title present, in order, counts exact.
 */
class CurriculumMatchesSeedTests {

    record SeedTopic(String area, String title, List<String> skills, List<String> resources) {
    }

    static List<String> seedAreas = new ArrayList<>();
    static List<SeedTopic> seedTopics = new ArrayList<>();
    static Curriculum curriculum;

    @BeforeAll
    static void parseSeed() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("content/seed/ml-engineering-prerequisites.txt"));
        String area = null;
        SeedTopic topic = null;
        boolean inResources = false;
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            String next = i + 1 < lines.size() ? lines.get(i + 1).strip() : "";
            if (line.equals("-") || line.startsWith("Ready to Begin?") || line.equals("- What you Need to Know")) {
                continue;
            }
            if (next.equals("- What you Need to Know")) {
                area = line;
                seedAreas.add(area);
            } else if (!line.startsWith("- ")) {
                topic = new SeedTopic(area, line, new ArrayList<>(), new ArrayList<>());
                seedTopics.add(topic);
                inResources = false;
            } else if (line.equals("- Resources:")) {
                inResources = true;
            } else if (inResources) {
                topic.resources().add(line.substring(2));
            } else {
                topic.skills().add(line.substring(2));
            }
        }
        curriculum = ContentFiles.load();
    }

    @Test
    void hasTheSeedsTenAreasInOrder() {
        assertThat(seedAreas).hasSize(10);
        assertThat(curriculum.areas().stream().map(Area::title).toList()).containsExactlyElementsOf(seedAreas);
    }

    @Test
    void hasEveryTopicWithItsSkillsInOrder() {
        List<SeedTopic> studyTopics = seedTopics.stream().filter(t -> !t.area().equals("Personalized Learning Pathways")).toList();
        assertThat(studyTopics).hasSize(21);
        assertThat(curriculum.topics()).hasSize(21);
        for (SeedTopic seed : studyTopics) {
            Topic topic = curriculum.topics().stream().filter(t -> t.title().equals(seed.title())).findFirst()
                    .orElseThrow(() -> new AssertionError("missing topic " + seed.title()));
            assertThat(curriculum.areaOf(topic).title()).isEqualTo(seed.area());
            assertThat(topic.skills().stream().map(Skill::title).toList()).as(seed.title()).containsExactlyElementsOf(seed.skills());
            assertThat(topic.resources().stream().map(r -> r.title() + " - " + r.description()).toList())
                    .as(seed.title()).containsExactlyElementsOf(seed.resources());
        }
    }

    @Test
    void countsAreExact() {
        assertThat(curriculum.skills()).hasSize(seedTopics.stream().filter(t -> !t.area().equals("Personalized Learning Pathways"))
                .mapToInt(t -> t.skills().size()).sum()).hasSize(65);
        assertThat(curriculum.skills().stream().filter(s -> s.kind() == SkillKind.TASK)).hasSize(8);
        assertThat(curriculum.topicResources()).hasSize(63);
        assertThat(curriculum.pathways().stream().mapToInt(p -> p.resources().size()).sum()).isEqualTo(9);
    }

    @Test
    void assessmentTasksAreTheSeedsEightChecks() {
        assertThat(curriculum.area("assessment-readiness").or(() -> curriculum.areas().stream()
                .filter(a -> a.title().equals("Assessment and Readiness Check")).findFirst()).orElseThrow().topics()
                .stream().flatMap(t -> t.skills().stream()).map(Skill::kind)).containsOnly(SkillKind.TASK).hasSize(8);
    }

    @Test
    void pathwaysMatchTheSeedWithTheirWeekRanges() {
        List<SeedTopic> pathways = seedTopics.stream().filter(t -> t.area().equals("Personalized Learning Pathways")).toList();
        assertThat(curriculum.pathways().stream().map(Pathway::title).toList())
                .containsExactlyElementsOf(pathways.stream().map(SeedTopic::title).toList());
        for (int i = 0; i < pathways.size(); i++) {
            Pathway pathway = curriculum.pathways().get(i);
            assertThat(pathway.focus()).containsExactlyElementsOf(pathways.get(i).skills());
            assertThat(pathway.resources().stream().map(r -> r.title() + " - " + r.description()).toList())
                    .containsExactlyElementsOf(pathways.get(i).resources());
            assertThat(pathway.focus().get(0)).contains("(" + pathway.minWeeks() + "-" + pathway.maxWeeks() + " weeks)");
        }
        assertThat(curriculum.pathways().stream().map(p -> p.minWeeks() + "-" + p.maxWeeks()))
                .containsExactly("8-12", "10-14", "16-24");
    }
}
