package org.mlready.assessment.item.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.mlready.assessment.item.AnswerKey;

class NumberReaderPropertyTests {

    private final NumericAnswerChecker checker = new NumericAnswerChecker();

    @Property
    void plainAndScientificFormsReadBackExactly(@ForAll double v) {
        Assume.that(Double.isFinite(v));
        for (String text : new String[] {Double.toString(v), new BigDecimal(v).toPlainString(),
                String.format(Locale.ROOT, "%.17e", v), String.format(Locale.ROOT, "%.17E", v)}) {
            Reading<Double> reading = NumberReader.read(text);
            assertThat(reading.isReadable()).as(text).isTrue();
            assertThat(reading.value()).as(text).isEqualTo(new BigDecimal(text).doubleValue()).isEqualTo(v);
        }
    }

    @Property
    void percentFormIsAHundredthOfTheNumberBeforeIt(@ForAll @DoubleRange(min = -1e6, max = 1e6) @Scale(6) double v) {
        String text = BigDecimal.valueOf(v).movePointRight(2).toPlainString() + "%";
        Reading<Double> reading = NumberReader.read(text);
        assertThat(reading.isReadable()).as(text).isTrue();
        assertThat(Math.abs(reading.value() - v)).as(text).isLessThanOrEqualTo(2 * Math.ulp(v));
    }

    @Property
    void fractionsReadAsTheirQuotient(@ForAll @IntRange(min = -100_000, max = 100_000) int p,
                                      @ForAll @IntRange(min = 1, max = 100_000) int q) {
        double exact = new BigDecimal(p).divide(new BigDecimal(q), MathContext.DECIMAL128).doubleValue();
        for (String text : new String[] {p + "/" + q, p + " / " + q, "(" + p + ")/(" + q + ")"}) {
            Reading<Double> reading = NumberReader.read(text);
            assertThat(reading.isReadable()).as(text).isTrue();
            assertThat(Math.abs(reading.value() - exact)).as(text).isLessThanOrEqualTo(Math.ulp(exact));
        }
    }

    @Property
    void everyFormOfAValueIsAcceptedWithinTolerance(@ForAll @DoubleRange(min = -1e6, max = 1e6) @Scale(6) double v,
                                                    @ForAll @DoubleRange(min = 1e-6, max = 1) @Scale(9) double tolerance) {
        AnswerKey.Numeric key = new AnswerKey.Numeric(v, tolerance, 0);
        String[] forms = {Double.toString(v), String.format(Locale.ROOT, "%.12e", v),
                BigDecimal.valueOf(v).movePointRight(2).toPlainString() + "%",
                "(" + BigDecimal.valueOf(v).multiply(BigDecimal.valueOf(7)).toPlainString() + ")/7"};
        for (String form : forms) {
            assertThat(checker.check(key, form).verdict()).as(form).isEqualTo(Verdict.CORRECT);
        }
    }

    @Property
    void valuesInsideTheToleranceAreCorrectAndOutsideIncorrect(
            @ForAll @DoubleRange(min = -1e6, max = 1e6) @Scale(6) double v,
            @ForAll @DoubleRange(min = 1e-6, max = 1) @Scale(9) double tolerance,
            @ForAll @DoubleRange(min = -0.99, max = 0.99) @Scale(6) double inside,
            @ForAll @DoubleRange(min = 1.01, max = 100) double outside,
            @ForAll boolean above) {
        AnswerKey.Numeric absolute = new AnswerKey.Numeric(v, tolerance, 0);
        assertThat(checker.check(absolute, Double.toString(v + inside * tolerance)).verdict())
                .isEqualTo(Verdict.CORRECT);
        double wrong = v + (above ? 1 : -1) * outside * tolerance;
        assertThat(checker.check(absolute, Double.toString(wrong)).verdict()).isEqualTo(Verdict.INCORRECT);

        AnswerKey.Numeric relative = new AnswerKey.Numeric(v, 0, 1e-3);
        double relativeWrong = v + (above ? 1 : -1) * outside * 1e-3 * Math.abs(v);
        if (v != 0) {
            assertThat(checker.check(relative, Double.toString(relativeWrong)).verdict())
                    .isEqualTo(Verdict.INCORRECT);
        }
        assertThat(checker.check(relative, Double.toString(v + inside * 1e-3 * Math.abs(v))).verdict())
                .isEqualTo(Verdict.CORRECT);
    }
}
