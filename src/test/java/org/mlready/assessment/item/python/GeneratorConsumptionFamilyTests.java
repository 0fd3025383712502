package org.mlready.assessment.item.python;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.StemReading;

class GeneratorConsumptionFamilyTests {

    @Test
    void printedValueMatchesJavaIteratorsOverTheRenderedRange() {
        GeneratorConsumptionFamily family = new GeneratorConsumptionFamily();
        int lazyLoops = 0;
        for (long seed = 0; seed < 2000; seed++) {
            ItemInstance item = family.generate(seed);
            String code = StemReading.code(item.stem());
            int start;
            int stop;
            if (code.startsWith("def ")) {
                start = Integer.parseInt(StemReading.find(code, "range\\((\\d+), limit\\)"));
                stop = Integer.parseInt(StemReading.find(code, "g = picks\\((\\d+)\\)"));
            } else {
                start = Integer.parseInt(StemReading.find(code, "range\\((\\d+), \\d+\\)"));
                stop = Integer.parseInt(StemReading.find(code, "range\\(\\d+, (\\d+)\\)"));
            }
            int m = Integer.parseInt(StemReading.find(code, "i % (\\d+) =="));
            int r = Integer.parseInt(StemReading.find(code, "i % \\d+ == (\\d+)"));
            int k = Integer.parseInt(StemReading.find(code, "i \\* (\\d+)"));
            List<Integer> values = IntStream.range(start, stop).filter(i -> i % m == r).map(i -> i * k).boxed().toList();
            boolean list = code.contains("g = [");
            Iterator<Integer> shared = values.iterator();
            List<Integer> rest = null;
            List<Integer> again = null;
            for (String line : code.split("\n")) {
                if (line.matches("v\\d = next\\(g\\)")) {
                    shared.next();
                } else if (line.startsWith("    if v > ")) {
                    int threshold = Integer.parseInt(line.replaceAll("\\D", ""));
                    Iterator<Integer> loop = list ? values.iterator() : shared;
                    lazyLoops += list ? 0 : 1;
                    while (loop.hasNext() && loop.next() <= threshold) {
                        // consume up to and including the first value above the threshold
                    }
                } else if (line.endsWith("= list(g)")) {
                    Iterator<Integer> source = list ? values.iterator() : shared;
                    List<Integer> collected = new ArrayList<>();
                    source.forEachRemaining(collected::add);
                    if (line.startsWith("rest")) {
                        rest = collected;
                    } else {
                        again = collected;
                    }
                }
            }
            String printed = StemReading.find(code, "print\\((.*)\\)");
            double expected = printed.equals("len(again)") ? again.size() : printed.equals("len(rest)") ? rest.size()
                    : rest.stream().mapToInt(Integer::intValue).sum();
            assertThat(StemReading.numericKey(item)).as(item.stem()).isEqualTo(expected);
        }
        assertThat(lazyLoops).isGreaterThan(500);
    }
}
