package org.mlready.assessment.item.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.AnswerKey;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.StemReading;

class MoreFamilyTests {

    @Test
    void decoratedCallMatchesACallTimeInterpreterOfTheWrappers() {
        DecoratorStackFamily family = new DecoratorStackFamily();
        for (long seed = 0; seed < 2000; seed++) {
            ItemInstance item = family.generate(seed);
            String code = StemReading.code(item.stem());
            List<String> decorators = new ArrayList<>();
            for (List<String> use : StemReading.findAllGroups(code, "^@(\\w+(?:\\(\\d+\\))?)$")) {
                decorators.add(use.get(0));
            }
            long a = Long.parseLong(StemReading.find(code, "return (\\d+) \\* x"));
            String bText = code.contains("* x + ") ? StemReading.find(code, "\\* x \\+ (\\d+)") : "0";
            long b = Long.parseLong(bText);
            long x = Long.parseLong(StemReading.find(code, "print\\(f\\((\\d+)\\)\\)"));
            assertThat(decorators).hasSizeBetween(2, 3);
            assertThat(StemReading.numericKey(item)).as(item.stem()).isEqualTo((double) call(decorators, 0, x, a, b));
        }
    }

    /** Calls the wrapper at {@code level} (0 = the top decorator) the way Python would at run time. */
    private static long call(List<String> decorators, int level, long x, long a, long b) {
        if (level == decorators.size()) {
            return a * x + b;
        }
        String d = decorators.get(level);
        if (d.equals("twice")) {
            return call(decorators, level + 1, call(decorators, level + 1, x, a, b), a, b);
        }
        if (d.equals("doubled")) {
            return 2 * call(decorators, level + 1, x, a, b);
        }
        long k = Long.parseLong(d.replaceAll("\\D", ""));
        return d.startsWith("plus") ? call(decorators, level + 1, x, a, b) + k : call(decorators, level + 1, x - k, a, b);
    }

    @Test
    void figurePixelsAreInchesTimesTheDpiInForceWhenSaving() {
        FigurePixelsFamily family = new FigurePixelsFamily();
        for (long seed = 0; seed < 2000; seed++) {
            ItemInstance item = family.generate(seed);
            String stem = item.stem();
            List<Double> key = StemReading.vectorKey(item);
            if (stem.startsWith("You need")) {
                BigFraction dpi = new BigFraction(Integer.parseInt(StemReading.find(stem, "dpi=(\\d+)")));
                int pw = Integer.parseInt(StemReading.find(stem, "exactly (\\d+) ×"));
                int ph = Integer.parseInt(StemReading.find(stem, "× (\\d+) pixels"));
                assertThat(key.get(0)).isCloseTo(new BigFraction(pw).divide(dpi).doubleValue(), within(1e-9));
                assertThat(key.get(1)).isCloseTo(new BigFraction(ph).divide(dpi).doubleValue(), within(1e-9));
                continue;
            }
            String code = StemReading.code(stem);
            String[] size = (code.contains("set_size_inches") ? StemReading.find(code, "set_size_inches\\(([^)]*)\\)")
                    : StemReading.find(code, "figsize=\\(([^)]*)\\)")).split(", ");
            String dpi = code.contains("savefig(\"plot.png\", dpi=") ? StemReading.find(code, "savefig\\(.*dpi=(\\d+)")
                    : StemReading.find(code, "\\), dpi=(\\d+)\\)");
            BigDecimal d = new BigDecimal(dpi);
            assertThat(key).as(stem).containsExactly(new BigDecimal(size[0]).multiply(d).doubleValue(),
                    new BigDecimal(size[1]).multiply(d).doubleValue());
        }
    }

    @Test
    void axesShapeFollowsTheSqueezeRule() {
        SubplotPositionFamily family = new SubplotPositionFamily();
        int seen = 0;
        for (long seed = 0; seed < 2000; seed++) {
            ItemInstance item = family.generate(seed);
            if (!(item.key() instanceof AnswerKey.Shape shape)) {
                continue;
            }
            seen++;
            String code = StemReading.code(item.stem());
            int r = Integer.parseInt(StemReading.find(code, "subplots\\((\\d+), "));
            int c = Integer.parseInt(StemReading.find(code, "subplots\\(\\d+, (\\d+)"));
            List<Integer> expected = new ArrayList<>();
            boolean squeeze = !code.contains("squeeze=False");
            for (int dim : new int[] {r, c}) {
                if (!squeeze || dim != 1) {
                    expected.add(dim);
                }
            }
            assertThat(shape.dimensions()).as(item.stem()).isEqualTo(expected);
        }
        assertThat(seen).isGreaterThan(200);
    }

    private static final Map<String, Integer> EXPONENT = Map.of("ns", -9, "µs", -6, "ms", -3);

    @Test
    void timeitAnswersFollowFromTheReportedNumbers() {
        TimeitReadingFamily family = new TimeitReadingFamily();
        for (long seed = 0; seed < 2000; seed++) {
            ItemInstance item = family.generate(seed);
            String stem = item.stem();
            List<List<String>> reports = StemReading.findAllGroups(stem,
                    "`([\\d.]+) (ns|µs|ms) ± [\\d.]+ \\S+ per loop \\(mean ± std\\. dev\\. of (\\d+) runs, ([\\d,]+) loops? each\\)`");
            List<BigDecimal> seconds = new ArrayList<>();
            for (List<String> r : reports) {
                seconds.add(new BigDecimal(r.get(0)).scaleByPowerOfTen(EXPONENT.get(r.get(1))));
            }
            double value = StemReading.numericKey(item);
            if (stem.contains("How many times was")) {
                List<String> r = reports.get(0);
                assertThat(value).isEqualTo(Double.parseDouble(r.get(2)) * Double.parseDouble(r.get(3).replace(",", "")));
                assertThat(stem).contains("-n " + r.get(3).replace(",", "") + " -r " + r.get(2));
            } else if (stem.contains("milliseconds")) {
                List<String> r = reports.get(0);
                BigDecimal total = seconds.get(0).multiply(new BigDecimal(r.get(2)))
                        .multiply(new BigDecimal(r.get(3).replace(",", ""))).scaleByPowerOfTen(3);
                assertThat(value).as(stem).isCloseTo(total.doubleValue(), within(0.05 + 1e-9));
            } else {
                assertThat(reports).hasSize(2);
                String slower = StemReading.find(stem, "How many times slower per loop is `(.*?)` than");
                boolean firstSlower = stem.indexOf("- `" + slower + "`") < stem.indexOf("\n- `", stem.indexOf("- `") + 1);
                BigDecimal ratio = firstSlower ? seconds.get(0).divide(seconds.get(1), MathContext.DECIMAL64)
                        : seconds.get(1).divide(seconds.get(0), MathContext.DECIMAL64);
                assertThat(ratio.doubleValue()).isGreaterThanOrEqualTo(1.0);
                assertThat(value).as(stem).isCloseTo(ratio.doubleValue(), within(0.05 + 1e-9));
            }
        }
    }
}
