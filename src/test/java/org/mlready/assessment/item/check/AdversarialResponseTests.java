package org.mlready.assessment.item.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mlready.assessment.item.AnswerKey;

/** Long, deliberately awkward responses are answered quickly (exp4j is cubic in the length of a name). */
class AdversarialResponseTests {

    private static final List<AnswerKey> KEYS = List.of(new AnswerKey.Numeric(1, 0, 0),
            new AnswerKey.Vector(List.of(1.0), 0, 0), new AnswerKey.Matrix(List.of(List.of(1.0)), 0, 0),
            new AnswerKey.Shape(List.of(1)), new AnswerKey.Expression("x", List.of("x"), -1, 1),
            new AnswerKey.Choices(Set.of("a")));

    private final AnswerChecker checker = new AnswerChecker();

    @ParameterizedTest
    @ValueSource(strings = {"sin", "x", "(", "[", "1 ", "1,", "1;", "x^", "1x", "sqrt(", "e", "pi"})
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void longRepetitiveResponsesAreCheckedQuickly(String unit) {
        String response = unit.repeat(AnswerChecker.MAX_RESPONSE_LENGTH / unit.length());
        for (AnswerKey key : KEYS) {
            assertThat(checker.check(key, response)).isNotNull();
        }
    }

    @Test
    void overlongNamesAreRefusedBeforeExp4jSeesThem() {
        assertThat(NumberReader.read("sin".repeat(100) + "(1)").problem()).contains("too long a name");
    }
}
