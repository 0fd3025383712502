package org.mlready.assessment.item.authored;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.AnswerKey;
import org.mlready.assessment.item.ItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ResponseType;

class AuthoredItemLoaderTests {

    private static final Set<String> SKILLS = Set.of("bias-variance", "pytorch");

    private static final String VALID = """
            items:
              - id: high-variance-symptom
                skill: bias-variance
                type: single
                difficulty: 0.3
                discrimination: 1.1
                stem: |
                  Training error is 1% and validation error is 20%. What is the likely problem?
                choices:
                  - text: High variance
                    correct: true
                    explanation: The gap between training and validation error is large.
                  - text: High bias
                    correct: false
                    explanation: A high-bias model would also fit the training set badly.
                  - text: Too little regularisation is impossible here
                    correct: false
                    explanation: Weak regularisation is a typical cause of this gap.
                hints:
                  - Compare the two errors.
                solution: |
                  The large gap means the model memorises the training set: high variance.
            """;

    private static List<ItemFamily> load(String... texts) {
        List<AuthoredItemFile> files = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            files.add(new AuthoredItemFile("items-" + (i + 1) + ".yaml", texts[i]));
        }
        return AuthoredItemLoader.load(files, SKILLS);
    }

    private static AuthoredItemException failure(String... texts) {
        try {
            load(texts);
        } catch (AuthoredItemException e) {
            return e;
        }
        throw new AssertionError("expected the items to be rejected");
    }

    private static String valid(String from, String to) {
        assertThat(VALID).contains(from);
        return VALID.replace(from, to);
    }

    @Test
    void loadsAValidSingleChoiceItem() {
        List<ItemFamily> families = load(VALID);

        assertThat(families).hasSize(1);
        ItemFamily family = families.get(0);
        assertThat(family).isInstanceOf(AuthoredItemFamily.class);
        assertThat(family.id()).isEqualTo("high-variance-symptom");
        assertThat(family.skillId()).isEqualTo("bias-variance");
        assertThat(family.distinctQuestions()).isEqualTo(1);
        ItemInstance instance = family.generate(7);
        assertThat(instance.responseType()).isEqualTo(ResponseType.SINGLE_CHOICE);
        assertThat(instance.stem()).startsWith("Training error is 1%");
        assertThat(instance.hints()).containsExactly("Compare the two errors.");
        assertThat(instance.solution()).contains("high variance");
        assertThat(instance.irt().a()).isEqualTo(1.1);
        assertThat(instance.irt().b()).isEqualTo(0.3);
        assertThat(instance.irt().c()).isEqualTo(1.0 / 3);
        String correctId = instance.choices().stream().filter(c -> c.correct()).findFirst().orElseThrow().id();
        assertThat(instance.key()).isEqualTo(new AnswerKey.Choices(Set.of(correctId)));
    }

    @Test
    void loadsAMultipleChoiceItemWithGuessingForTheExactSubset() {
        String multiple = valid("type: single", "type: multiple")
                .replace("correct: false\n        explanation: Weak", "correct: true\n        explanation: Weak");

        ItemInstance instance = load(multiple).get(0).generate(3);

        assertThat(instance.responseType()).isEqualTo(ResponseType.MULTIPLE_CHOICE);
        assertThat(((AnswerKey.Choices) instance.key()).correctIds()).hasSize(2);
        assertThat(instance.irt().c()).isEqualTo(1.0 / 7);
    }

    @Test
    void guessingParameterFollowsTheNumberOfOptions() {
        assertThat(AuthoredItemFamily.guessing(ResponseType.SINGLE_CHOICE, 4)).isEqualTo(0.25);
        assertThat(AuthoredItemFamily.guessing(ResponseType.SINGLE_CHOICE, 5)).isEqualTo(0.2);
        assertThat(AuthoredItemFamily.guessing(ResponseType.MULTIPLE_CHOICE, 4)).isEqualTo(1.0 / 15);
        assertThat(AuthoredItemFamily.guessing(ResponseType.MULTIPLE_CHOICE, 6)).isEqualTo(1.0 / 63);
    }

    @Test
    void rejectsAnUnknownItemKey() {
        assertThat(failure(valid("    type: single", "    type: single\n    topic: x")).problems())
                .containsExactly("items-1.yaml: item 'high-variance-symptom': unknown key 'topic' (allowed: choices, "
                        + "difficulty, discrimination, hints, id, skill, solution, stem, type)");
    }

    @Test
    void rejectsAnUnknownChoiceKey() {
        assertThat(failure(valid("correct: true\n", "correct: true\n        weight: 2\n")).problems())
                .containsExactly("items-1.yaml: item 'high-variance-symptom' > choice #1: unknown key 'weight' "
                        + "(allowed: correct, explanation, text)");
    }

    @Test
    void rejectsAnUnknownTopLevelKey() {
        assertThat(failure("version: 1\n" + VALID).problems())
                .containsExactly("items-1.yaml: top level: unknown key 'version' (allowed: items)");
    }

    @Test
    void rejectsMissingFields() {
        String withoutStemAndHints = valid("""
                    stem: |
                      Training error is 1% and validation error is 20%. What is the likely problem?
                """, "").replace("""
                    hints:
                      - Compare the two errors.
                """, "");

        assertThat(failure(withoutStemAndHints).problems()).containsExactly(
                "items-1.yaml: item 'high-variance-symptom': missing 'stem'",
                "items-1.yaml: item 'high-variance-symptom': missing 'hints'");
    }

    @Test
    void rejectsAMissingId() {
        assertThat(failure(valid("  - id: high-variance-symptom\n    skill", "  - skill")).problems())
                .containsExactly("items-1.yaml: item #1: missing 'id'");
    }

    @Test
    void rejectsAnIdThatIsNotKebabCase() {
        assertThat(failure(valid("id: high-variance-symptom", "id: High_Variance")).problems())
                .containsExactly("items-1.yaml: item 'High_Variance': id 'High_Variance' must be lower-case "
                        + "kebab-case (letters, digits and single hyphens)");
    }

    @Test
    void rejectsADuplicateIdAcrossFiles() {
        assertThat(failure(VALID, VALID).problems()).containsExactly(
                "items-2.yaml: item 'high-variance-symptom': duplicate id 'high-variance-symptom' "
                        + "(already used in items-1.yaml)");
    }

    @Test
    void rejectsADuplicateIdWithinAFile() {
        String twice = VALID + VALID.substring(VALID.indexOf("  - id:"));

        assertThat(failure(twice).problems()).containsExactly(
                "items-1.yaml: item 'high-variance-symptom': duplicate id 'high-variance-symptom' "
                        + "(already used in items-1.yaml)");
    }

    @Test
    void rejectsAnUnknownSkill() {
        assertThat(failure(valid("skill: bias-variance", "skill: bias-varience")).problems())
                .containsExactly("items-1.yaml: item 'high-variance-symptom': unknown skill 'bias-varience'");
    }

    @Test
    void rejectsAnUnknownType() {
        assertThat(failure(valid("type: single", "type: numeric")).problems())
                .containsExactly("items-1.yaml: item 'high-variance-symptom': unknown type 'numeric' "
                        + "(expected single or multiple)");
    }

    @Test
    void rejectsSingleChoiceWithTwoCorrectOptions() {
        String twoCorrect = valid("correct: false\n        explanation: A high-bias",
                "correct: true\n        explanation: A high-bias");

        assertThat(failure(twoCorrect).problems()).containsExactly("items-1.yaml: item 'high-variance-symptom': "
                + "a single-choice item needs exactly 1 correct choice, has 2");
    }

    @Test
    void rejectsSingleChoiceWithNoCorrectOption() {
        String noneCorrect = valid("correct: true", "correct: false");

        assertThat(failure(noneCorrect).problems()).containsExactly("items-1.yaml: item 'high-variance-symptom': "
                + "a single-choice item needs exactly 1 correct choice, has 0");
    }

    @Test
    void rejectsMultipleChoiceWithNoCorrectOption() {
        String noneCorrect = valid("type: single", "type: multiple").replace("correct: true", "correct: false");

        assertThat(failure(noneCorrect).problems()).containsExactly("items-1.yaml: item 'high-variance-symptom': "
                + "a multiple-choice item needs at least 1 correct choice, has 0");
    }

    @Test
    void rejectsFewerThanThreeChoices() {
        String twoChoices = valid("""
                      - text: Too little regularisation is impossible here
                        correct: false
                        explanation: Weak regularisation is a typical cause of this gap.
                """, "");

        assertThat(failure(twoChoices).problems()).containsExactly(
                "items-1.yaml: item 'high-variance-symptom': 'choices' has 2, needs at least 3");
    }

    @Test
    void rejectsMoreThanSixChoices() {
        StringBuilder extra = new StringBuilder();
        for (int i = 1; i <= 4; i++) {
            extra.append("      - text: Extra ").append(i).append('\n')
                    .append("        correct: false\n")
                    .append("        explanation: Not it.\n");
        }
        String sevenChoices = valid("    hints:", extra + "    hints:");

        assertThat(failure(sevenChoices).problems()).containsExactly(
                "items-1.yaml: item 'high-variance-symptom': 'choices' has 7, allows at most 6");
    }

    @Test
    void rejectsAChoiceWithoutExplanation() {
        String noExplanation = valid("        explanation: A high-bias model would also fit the training set badly.\n",
                "");

        assertThat(failure(noExplanation).problems()).containsExactly(
                "items-1.yaml: item 'high-variance-symptom' > choice #2: missing 'explanation'");
    }

    @Test
    void rejectsAChoiceWhoseCorrectIsNotABoolean() {
        assertThat(failure(valid("correct: true", "correct: maybe")).problems()).contains(
                "items-1.yaml: item 'high-variance-symptom' > choice #1: 'correct' must be true or false");
    }

    @Test
    void rejectsTwoChoicesWithTheSameText() {
        assertThat(failure(valid("text: High bias", "text: High variance")).problems()).containsExactly(
                "items-1.yaml: item 'high-variance-symptom' > choice #2: same text as an earlier choice");
    }

    @Test
    void rejectsDifficultyOutOfRange() {
        assertThat(failure(valid("difficulty: 0.3", "difficulty: 3.0")).problems()).containsExactly(
                "items-1.yaml: item 'high-variance-symptom': 'difficulty' is 3.0, expected -2.5 to 2.5");
    }

    @Test
    void rejectsDiscriminationOutOfRange() {
        assertThat(failure(valid("discrimination: 1.1", "discrimination: 0.4")).problems()).containsExactly(
                "items-1.yaml: item 'high-variance-symptom': 'discrimination' is 0.4, expected 0.6 to 2.0");
    }

    @Test
    void rejectsADifficultyThatIsNotANumber() {
        assertThat(failure(valid("difficulty: 0.3", "difficulty: hard")).problems()).containsExactly(
                "items-1.yaml: item 'high-variance-symptom': 'difficulty' must be a number");
    }

    @Test
    void rejectsTooManyHints() {
        String fourHints = valid("      - Compare the two errors.\n",
                "      - One.\n      - Two.\n      - Three.\n      - Four.\n");

        assertThat(failure(fourHints).problems()).containsExactly(
                "items-1.yaml: item 'high-variance-symptom': 'hints' has 4, allows at most 3");
    }

    @Test
    void rejectsInvalidYamlNamingTheFile() {
        assertThat(failure("items: [\n  - id: x").problems()).singleElement().asString()
                .startsWith("items-1.yaml: file: not valid YAML");
    }

    @Test
    void rejectsADuplicateKeyInsideAnItem() {
        assertThat(failure(valid("    type: single", "    type: single\n    type: multiple")).problems())
                .singleElement().asString().startsWith("items-1.yaml: file: not valid YAML").contains("type");
    }

    @Test
    void collectsEveryProblemOfEveryFileInOneException() {
        String first = valid("skill: bias-variance", "skill: nowhere").replace("difficulty: 0.3", "difficulty: -9");
        String second = valid("type: single", "type: multiple").replace("correct: true", "correct: false");

        AuthoredItemException e = failure(first, second);

        assertThat(e.problems()).containsExactly(
                "items-1.yaml: item 'high-variance-symptom': unknown skill 'nowhere'",
                "items-1.yaml: item 'high-variance-symptom': 'difficulty' is -9, expected -2.5 to 2.5",
                "items-2.yaml: item 'high-variance-symptom': duplicate id 'high-variance-symptom' "
                        + "(already used in items-1.yaml)",
                "items-2.yaml: item 'high-variance-symptom': "
                        + "a multiple-choice item needs at least 1 correct choice, has 0");
        assertThat(e.getMessage()).startsWith("Invalid authored items (4 problems):")
                .contains("items-2.yaml: item 'high-variance-symptom'");
    }
}
