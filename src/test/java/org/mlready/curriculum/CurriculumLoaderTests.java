package org.mlready.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CurriculumLoaderTests {

    private static final String AREA = """
            id: maths
            title: Maths
            summary: Numbers.
            topics:
              - id: algebra
                title: Algebra
                summary: Symbols.
                skills:
                  - id: equations
                    title: Solving equations
                    kind: skill
                resources:
                  - id: algebra-book
                    title: Algebra Book
                    description: A book
                    kind: book
                    free: true
                    hours: 10
              - id: calculus
                title: Calculus
                summary: Change.
                skills:
                  - id: derivatives
                    title: Derivatives
                    kind: skill
                resources:
                  - id: calculus-course
                    title: Calculus Course
                    description: A course
                    kind: course
                    free: false
                    url: https://example.org/calculus
                    hours: 20
            """;
    private static final String PATHWAYS = """
            area:
              id: pathways
              title: Pathways
              summary: Routes.
            pathways:
              - id: beginner
                title: For Beginners
                background: None
                weeks: { min: 16, max: 24 }
                focus: [Everything]
                emphasis: [maths]
                resources: []
            """;
    private static final String EDGES = """
            edges:
              - before: algebra
                after: calculus
                why: Calculus manipulates algebraic expressions.
            """;

    private static Curriculum load(String area, String pathways, String edges) {
        return CurriculumLoader.load(List.of(new ContentFile("content/curriculum/areas/01-maths.yaml", area)),
                new ContentFile("content/curriculum/pathways.yaml", pathways),
                new ContentFile("content/curriculum/prerequisites.yaml", edges));
    }

    private static String problemsOf(String area, String pathways, String edges) {
        try {
            load(area, pathways, edges);
        } catch (ContentValidationException e) {
            return e.getMessage();
        }
        throw new AssertionError("content was accepted");
    }

    @Test
    void loadsValidContent() {
        Curriculum curriculum = load(AREA, PATHWAYS, EDGES);
        assertThat(curriculum.areas()).extracting(Area::id).containsExactly("maths", "pathways");
        assertThat(curriculum.topic("calculus").orElseThrow().hours()).isEqualTo(20);
        assertThat(curriculum.graph().prerequisitesOf("calculus")).containsExactly("algebra");
        assertThat(curriculum.resource("calculus-course").orElseThrow().free()).isFalse();
    }

    @Test
    void loadsTheRealCurriculum() {
        Curriculum curriculum = ContentFiles.load();
        assertThat(curriculum.areas()).hasSize(10);
        assertThat(curriculum.graph().order()).hasSize(21);
        assertThat(curriculum.prerequisites()).allSatisfy(p -> assertThat(p.why()).isNotBlank());
        assertThat(curriculum.pathways()).allSatisfy(pathway -> assertThat(pathway.resources())
                .allSatisfy(r -> assertThat(pathway.topicsSupportedBy(r.id())).as(r.id()).isNotEmpty()));
        assertThat(curriculum.pathway("software-engineering").orElseThrow().topicsSupportedBy("fastai-linear-algebra"))
                .containsExactly("linear-algebra");
    }

    @Test
    void namesFileAndEntryOfADuplicateId() {
        String duplicated = AREA.replace("id: calculus-course", "id: algebra-book");
        assertThat(problemsOf(duplicated, PATHWAYS, EDGES)).contains(
                "content/curriculum/areas/01-maths.yaml: topic 'calculus' > resource 'algebra-book': duplicate resource id 'algebra-book' (already used in content/curriculum/areas/01-maths.yaml)");
    }

    @Test
    void namesAnEdgeToAnUnknownTopic() {
        assertThat(problemsOf(AREA, PATHWAYS, EDGES.replace("after: calculus", "after: astrology")))
                .contains("content/curriculum/prerequisites.yaml: edge algebra -> astrology: unknown topic 'astrology'");
    }

    @Test
    void namesAPathwayEmphasisOnAnUnknownArea() {
        assertThat(problemsOf(AREA, PATHWAYS.replace("emphasis: [maths]", "emphasis: [poetry]"), EDGES))
                .contains("content/curriculum/pathways.yaml: pathway 'beginner': emphasis names unknown area 'poetry'");
    }

    private static final String PATHWAY_RESOURCES = """
                resources:
                  - id: algebra-workbook
                    title: Algebra Workbook
                    description: Exercises
                    kind: book
                    free: true
                    hours: 12
                    supports: [calculus, algebra]
                  - id: maths-videos
                    title: Maths Videos
                    description: Lectures
                    kind: video
                    free: true
                    hours: 6
            """;

    private static String pathwaysWithResources(String supports) {
        return PATHWAYS.replace("    resources: []\n", PATHWAY_RESOURCES.replace("supports: [calculus, algebra]", supports));
    }

    @Test
    void readsWhichTopicsAPathwayResourceSupportsDefaultingToTheEmphasisAreasTopics() {
        Curriculum curriculum = load(AREA, pathwaysWithResources("supports: [calculus, algebra]"), EDGES);
        Pathway beginner = curriculum.pathway("beginner").orElseThrow();
        assertThat(beginner.topicsSupportedBy("algebra-workbook")).containsExactly("calculus", "algebra");
        assertThat(beginner.topicsSupportedBy("maths-videos")).containsExactly("algebra", "calculus");
        assertThat(beginner.topicsSupportedBy("algebra-book")).isEmpty();
        assertThat(curriculum.pathwayResource("maths-videos")).isPresent();
        assertThat(curriculum.resource("maths-videos")).as("topic resources only").isEmpty();
        assertThat(curriculum.anyResource("maths-videos")).isPresent();
        assertThat(curriculum.anyResource("algebra-book")).isPresent();
        assertThat(curriculum.pathwayOfResource("maths-videos")).contains(beginner);
        assertThat(curriculum.pathwayOfResource("algebra-book")).isEmpty();
    }

    @Test
    void namesEveryFaultOfAPathwayResourcesSupports() {
        String file = "content/curriculum/pathways.yaml: pathway 'beginner' > resource 'algebra-workbook': ";
        assertThat(problemsOf(AREA, pathwaysWithResources("supports: [calculus, astrology]"), EDGES))
                .contains(file + "supports names unknown topic 'astrology'");
        assertThat(problemsOf(AREA, pathwaysWithResources("supports: [algebra, algebra]"), EDGES))
                .contains(file + "supports names topic 'algebra' twice");
        assertThat(problemsOf(AREA, pathwaysWithResources("supports: []"), EDGES))
                .contains(file + "'supports' has 0, needs at least 1");
        assertThat(problemsOf(AREA, pathwaysWithResources("supports: algebra"), EDGES))
                .contains(file + "'supports' must be a list");
        assertThat(problemsOf(AREA, pathwaysWithResources("supports: [algebra, {topic: calculus}]"), EDGES))
                .contains(file + "'supports' must list non-empty texts");
        assertThat(problemsOf(AREA.replace("hours: 10", "hours: 10\n        supports: [calculus]"), PATHWAYS, EDGES))
                .contains("topic 'algebra' > resource 'algebra-book': unknown key 'supports'");
    }

    @Test
    void namesTheCycleInThePrerequisiteGraph() {
        String cyclic = EDGES + """
                  - before: calculus
                    after: algebra
                    why: Circular.
                """;
        assertThat(problemsOf(AREA, PATHWAYS, cyclic)).contains(
                "content/curriculum/prerequisites.yaml: edges: prerequisites form a cycle: algebra -> calculus -> algebra");
    }

    @Test
    void namesMissingFieldsUnknownKeysAndBadValues() {
        String broken = AREA.replace("    title: Calculus\n", "").replace("kind: book", "kind: podcast")
                .replace("hours: 20", "hours: lots").replace("free: true", "free: true\n        price: 3");
        String problems = problemsOf(broken, PATHWAYS, EDGES);
        assertThat(problems).contains(
                "content/curriculum/areas/01-maths.yaml: topic 'calculus': missing 'title'",
                "topic 'algebra' > resource 'algebra-book': unknown kind 'podcast' (expected one of course, book, docs, video, tutorial)",
                "topic 'calculus' > resource 'calculus-course': 'hours' must be a whole number",
                "topic 'algebra' > resource 'algebra-book': unknown key 'price'");
    }

    @Test
    void namesInvalidYamlWithItsLine() {
        assertThat(problemsOf("id: maths\ntitle: [unclosed\n", PATHWAYS, EDGES))
                .contains("content/curriculum/areas/01-maths.yaml: file: not valid YAML").contains("line");
    }

    @Test
    void refusesBadIdsAndUrls() {
        String bad = AREA.replace("id: equations", "id: Solving_Equations").replace("https://example.org/calculus", "ftp://x");
        assertThat(problemsOf(bad, PATHWAYS, EDGES)).contains(
                "skill 'Solving_Equations': id 'Solving_Equations' must be lower-case kebab-case",
                "resource 'calculus-course': url 'ftp://x' must start with https:// or http://");
    }

    @Test
    void reportsEveryProblemAtOnce() {
        String broken = AREA.replace("kind: book", "kind: podcast").replace("kind: course", "kind: lecture");
        ContentValidationException failure = new ArrayList<ContentValidationException>() {{
            try {
                load(broken, PATHWAYS, EDGES);
            } catch (ContentValidationException e) {
                add(e);
            }
        }}.get(0);
        assertThat(failure.problems()).hasSize(2);
        assertThatThrownBy(() -> load(broken, PATHWAYS, EDGES)).hasMessageStartingWith("Invalid curriculum content (2 problems)");
    }
}
