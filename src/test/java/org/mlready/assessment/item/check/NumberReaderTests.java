package org.mlready.assessment.item.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberReaderTests {

    static Stream<Arguments> readableNumbers() {
        return Stream.of(
                Arguments.of("0.25", 0.25),
                Arguments.of(".25", 0.25),
                Arguments.of("  0.25  ", 0.25),
                Arguments.of("+0.25", 0.25),
                Arguments.of("-3/4", -0.75),
                Arguments.of("\u22123/4", -0.75),
                Arguments.of("1/4", 0.25),
                Arguments.of("2.5e-1", 0.25),
                Arguments.of("2.5E-1", 0.25),
                Arguments.of("1e3", 1000.0),
                Arguments.of("25%", 0.25),
                Arguments.of("12.5 %", 0.125),
                Arguments.of("-50%", -0.5),
                Arguments.of("1/4%", 0.0025),
                Arguments.of("7", 7.0),
                Arguments.of("1.", 1.0),
                Arguments.of("1000", 1000.0),
                Arguments.of("sqrt(2)/2", Math.sqrt(2) / 2),
                Arguments.of("\u221a2/2", Math.sqrt(2) / 2),
                Arguments.of("2\u221a2", 2 * Math.sqrt(2)),
                Arguments.of("\u221a(8)/2", Math.sqrt(2)),
                Arguments.of("2^10", 1024.0),
                Arguments.of("2**10", 1024.0),
                Arguments.of("2^-1", 0.5),
                Arguments.of("-2^2", -4.0),
                Arguments.of("2^3^2", 512.0),
                Arguments.of("pi", Math.PI),
                Arguments.of("\u03c0/2", Math.PI / 2),
                Arguments.of("2pi", 2 * Math.PI),
                Arguments.of("e", Math.E),
                Arguments.of("ln(2)", Math.log(2)),
                Arguments.of("log(2)", Math.log(2)),
                Arguments.of("log10(1000)", 3.0),
                Arguments.of("exp(1)", Math.E),
                Arguments.of("(1+2)*3", 9.0),
                Arguments.of("[1+2]*3", 9.0),
                Arguments.of("3\u00d74", 12.0),
                Arguments.of("1/3", 1.0 / 3),
                Arguments.of("0", 0.0));
    }

    @ParameterizedTest
    @MethodSource("readableNumbers")
    void readsNumbersWrittenInAnyAcceptedWay(String text, double expected) {
        Reading<Double> reading = NumberReader.read(text);
        assertThat(reading.isReadable()).as(text + " -> " + reading.problem()).isTrue();
        assertThat(reading.value()).isCloseTo(expected, within(1e-15 * Math.max(1, Math.abs(expected))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "NaN", "nan", "Infinity", "-Infinity", "inf", "1e400", "10^400", "1/0",
            "0/0", "sqrt(-1)", "ln(0)", "abc", "x", "2x", "1,000", "0,5", "1 000", "1 2", "%", "25%%", "5%3",
            "1+", "(1", "1)", "()", "[3", "1.2.3", "0x10", "1_000", "3!", "twelve", "=0.25", "1/4 = 0.25",
            "0.25 0.5", "ln2/2", "sqrt 2", "sqrt2", "sin pi", "\u221e", "1d", "1f"})
    void refusesWhatIsNotAFiniteNumber(String text) {
        Reading<Double> reading = NumberReader.read(text);
        assertThat(reading.isReadable()).as(text + " read as " + reading.value()).isFalse();
        assertThat(reading.problem()).isNotBlank();
    }

    @Test
    void nullIsUnreadable() {
        assertThat(NumberReader.read(null).isReadable()).isFalse();
    }

    @Test
    void explainsWhyACommaIsRefused() {
        assertThat(NumberReader.read("1,000").problem()).contains("1000").contains("0.5");
        assertThat(NumberReader.read("1 000").problem()).contains("space");
    }

    @Test
    void namesAnUnknownName() {
        assertThat(NumberReader.read("2*foo").problem()).contains("'foo'");
    }

    @Test
    void explainsDivisionByZeroAndInfiniteValues() {
        assertThat(NumberReader.read("1/0").problem()).contains("divides by zero");
        assertThat(NumberReader.read("1e400").problem()).contains("finite");
    }
}
