package org.mlready.assessment.item.authored;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.AnswerKey;
import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.ItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.curriculum.ContentFile;
import org.mlready.curriculum.CurriculumLoader;
import org.mlready.curriculum.Skill;

/** Loads the real item files under content/items (the tests run with the project root as working directory). */
class AuthoredItemContentTests {

    private static final Path CONTENT = Path.of("content");
    private static final List<String> OWN_FILES = List.of("programming.yaml", "data-ml.yaml", "deep-learning.yaml");
    private static final Map<String, Integer> MINIMUM_PER_SKILL = Map.ofEntries(
            Map.entry("advanced-python-oop", 8), Map.entry("matplotlib-seaborn", 8),
            Map.entry("jupyter-notebooks", 8), Map.entry("git-collaboration", 8),
            Map.entry("unit-testing-tdd", 8), Map.entry("docs-project-structure", 8),
            Map.entry("visual-pattern-finding", 8), Map.entry("classification-regression-framing", 8),
            Map.entry("bias-variance", 8), Map.entry("task-complete-eda", 8),
            Map.entry("tensorflow-keras", 4), Map.entry("pytorch", 4), Map.entry("pca-tsne", 5));

    private static Set<String> curriculumSkillIds() throws IOException {
        List<ContentFile> areas;
        try (Stream<Path> files = Files.list(CONTENT.resolve("curriculum/areas"))) {
            areas = files.filter(p -> p.toString().endsWith(".yaml")).sorted().map(AuthoredItemContentTests::read)
                    .map(f -> new ContentFile(f.name(), f.text())).toList();
        }
        return CurriculumLoader.load(areas, toContentFile(CONTENT.resolve("curriculum/pathways.yaml")),
                        toContentFile(CONTENT.resolve("curriculum/prerequisites.yaml")))
                .skills().stream().map(Skill::id).collect(Collectors.toSet());
    }

    private static ContentFile toContentFile(Path path) {
        AuthoredItemFile file = read(path);
        return new ContentFile(file.name(), file.text());
    }

    private static AuthoredItemFile read(Path path) {
        try {
            return new AuthoredItemFile(path.toString(), Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("cannot read " + path, e);
        }
    }

    private static List<AuthoredItemFile> allItemFiles() throws IOException {
        try (Stream<Path> files = Files.list(CONTENT.resolve("items"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().map(AuthoredItemContentTests::read)
                    .toList();
        }
    }

    private static List<ItemFamily> ownFamilies() throws IOException {
        List<AuthoredItemFile> files = new ArrayList<>();
        for (String name : OWN_FILES) {
            files.add(read(CONTENT.resolve("items").resolve(name)));
        }
        return AuthoredItemLoader.load(files, curriculumSkillIds());
    }

    @Test
    void everyItemFileValidatesTogether() throws IOException {
        List<ItemFamily> families = AuthoredItemLoader.load(allItemFiles(), curriculumSkillIds());

        assertThat(families).isNotEmpty();
        assertThat(families).extracting(ItemFamily::id).doesNotHaveDuplicates();
    }

    @Test
    void eachListedSkillHasEnoughItemsInTheseFiles() throws IOException {
        Map<String, Long> perSkill = ownFamilies().stream()
                .collect(Collectors.groupingBy(ItemFamily::skillId, Collectors.counting()));

        MINIMUM_PER_SKILL.forEach((skill, minimum) ->
                assertThat(perSkill.getOrDefault(skill, 0L)).as("items for skill %s", skill).isGreaterThanOrEqualTo(minimum));
        assertThat(perSkill.keySet()).isSubsetOf(MINIMUM_PER_SKILL.keySet());
    }

    @Test
    void everyItemGeneratesAConsistentDeterministicInstance() throws IOException {
        for (ItemFamily family : ownFamilies()) {
            for (long seed = 0; seed < 20; seed++) {
                ItemInstance instance = family.generate(seed);
                assertThat(instance).isEqualTo(family.generate(seed));
                Set<String> correct = instance.choices().stream().filter(Choice::correct).map(Choice::id)
                        .collect(Collectors.toSet());
                assertThat(instance.key()).as(family.id()).isEqualTo(new AnswerKey.Choices(correct));
                assertThat(instance.choices()).extracting(Choice::explanation).allSatisfy(e -> assertThat(e).isNotBlank());
                assertThat(instance.hints()).isNotEmpty();
            }
        }
    }

    @Test
    void stemsDoNotReferToOptionsByLetterSinceOptionsAreShuffled() throws IOException {
        for (ItemFamily family : ownFamilies()) {
            ItemInstance instance = family.generate(0);
            for (String text : List.of(instance.stem(), instance.solution())) {
                assertThat(text).as(family.id()).doesNotContainPattern("(?i)\\b(option|choice|answer) [a-f]\\b")
                        .doesNotContainPattern("\\([a-f]\\) ");
            }
        }
    }

    @Test
    void correctOptionsAreSpreadOverPositionsAcrossSeeds() throws IOException {
        Map<String, Long> positions = ownFamilies().stream()
                .filter(f -> f.generate(0).choices().size() == 4)
                .flatMap(f -> java.util.stream.LongStream.range(0, 50).mapToObj(f::generate))
                .flatMap(i -> i.choices().stream().filter(Choice::correct).map(Choice::id))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

        assertThat(positions.keySet()).containsExactlyInAnyOrder("a", "b", "c", "d");
        long total = positions.values().stream().mapToLong(Long::longValue).sum();
        assertThat(positions.values()).allSatisfy(count -> assertThat(count).isBetween(total / 5, total * 3 / 10));
    }
}
