package org.mlready.assessment.item.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.mlready.assessment.item.AnswerKey;
import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.IrtParameters;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ResponseType;

class JunkResponsePropertyTests {

    private static final List<AnswerKey> KEYS = List.of(
            new AnswerKey.Numeric(0.25, 1e-6, 0),
            new AnswerKey.Vector(List.of(1.0, 2.0, 3.0), 1e-6, 0),
            new AnswerKey.Matrix(List.of(List.of(1.0, 2.0), List.of(3.0, 4.0)), 1e-6, 0),
            new AnswerKey.Choices(Set.of("a", "c")),
            new AnswerKey.Shape(List.of(3, 4)),
            new AnswerKey.Expression("x^2*sin(y) + ln(x)", List.of("x", "y"), 0.5, 3));

    private static final ItemInstance CHOICE_ITEM = new ItemInstance("f", "s", 1, "stem",
            ResponseType.MULTIPLE_CHOICE, KEYS.get(3), "solution", List.of(),
            List.of(new Choice("a", "1", true, ""), new Choice("b", "2", false, ""), new Choice("c", "3", true, "")),
            IrtParameters.of(1, 0));

    private final AnswerChecker checker = new AnswerChecker();

    @Property(tries = 2000)
    void anyStringGetsAVerdictAndNeverAnException(@ForAll String junk) {
        checkAgainstEveryKey(junk);
    }

    @Property(tries = 3000)
    void mathLookingJunkGetsAVerdictAndNeverAnException(@ForAll("mathLookingJunk") String junk) {
        checkAgainstEveryKey(junk);
    }

    @Provide
    Arbitrary<String> mathLookingJunk() {
        Arbitrary<String> symbols = Arbitraries.strings()
                .withChars("0123456789.,;:()[]{}+-*/^%!=eExyXpi \n\t\u221a\u00d7\u2212\u00b2\u03c0_'\"")
                .ofMaxLength(25);
        Arbitrary<String> words = Arbitraries.of("sqrt(", "ln", "log10(", "sin ", "cos(", "pi", "e", "x", "y",
                "1e", "2.5e-1", "1/", "**", "by", "NaN", "Infinity", "1,000", "[[", "]]", "(3,)", "abs", "exp(");
        Arbitrary<String> phrases = words.list().ofMaxSize(8).map(parts -> String.join("", parts));
        return Arbitraries.oneOf(symbols, phrases);
    }

    private void checkAgainstEveryKey(String response) {
        for (AnswerKey key : KEYS) {
            assertThatCode(() -> assertWellFormed(checker.check(key, response))).as(key + " / " + response)
                    .doesNotThrowAnyException();
        }
        assertThatCode(() -> assertWellFormed(checker.check(CHOICE_ITEM, response))).doesNotThrowAnyException();
        assertThatCode(() -> {
            NumberReader.read(response);
            VectorReader.read(response);
            MatrixReader.read(response);
            ShapeReader.read(response);
        }).doesNotThrowAnyException();
    }

    private static void assertWellFormed(CheckResult result) {
        assertThat(result).isNotNull();
        assertThat(result.verdict()).isNotNull();
        if (result.verdict() == Verdict.UNREADABLE) {
            assertThat(result.message()).startsWith("Could not read your answer: expected ");
        }
    }
}
