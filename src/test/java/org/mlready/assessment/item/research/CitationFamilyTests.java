package org.mlready.assessment.item.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import java.util.HashSet;
import java.util.Set;
import static org.assertj.core.api.Assertions.within;
import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.StemReading;

class CitationFamilyTests {

    @Test
    void citationIndicesMatchTheirDefinitionsByBruteForce() {
        CitationIndexFamily family = new CitationIndexFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            int[] counts = Arrays.stream(StemReading.find(item.stem(), "\n\n([0-9, ]+)\n\n").split(","))
                    .map(String::trim).mapToInt(Integer::parseInt).toArray();
            int papers = Integer.parseInt(StemReading.find(item.stem(), "the (\\d+) papers"));
            assertThat(counts).hasSize(papers);
            int expected = 0;
            if (item.stem().contains("**h-index**")) {
                for (int h = 0; h <= counts.length; h++) {
                    final int candidate = h;
                    if (Arrays.stream(counts).filter(c -> c >= candidate).count() >= candidate) {
                        expected = h;
                    }
                }
            } else {
                assertThat(item.stem()).contains("**i10-index**");
                expected = (int) Arrays.stream(counts).filter(c -> c >= 10).count();
            }
            assertThat(StemReading.numericKey(item)).as(item.stem()).isEqualTo(expected);
        }
    }

    @Test
    void ieeeNumbersFollowFirstCitationOrder() {
        IeeeNumberingFamily family = new IeeeNumberingFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            String paragraph = StemReading.find(item.stem(), "\n> ([^\n]+)\n");
            List<String> seen = new ArrayList<>();
            List<Double> expected = new ArrayList<>();
            for (String group : StemReading.findAll(paragraph, "\\(([^)]*)\\)")) {
                for (String source : group.split("; ")) {
                    if (!seen.contains(source)) {
                        seen.add(source);
                    }
                    expected.add((double) (seen.indexOf(source) + 1));
                }
            }
            assertThat(expected).hasSizeGreaterThan(seen.size());
            assertThat(item.stem()).contains("(there are " + expected.size() + ")");
            assertThat(StemReading.vectorKey(item)).as(item.stem()).isEqualTo(expected);
        }
    }

    @Test
    void searchPrecisionRecallMatchSetIntersection() {
        ScreeningPrecisionRecallFamily family = new ScreeningPrecisionRecallFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            Set<String> relevant = new HashSet<>(List.of(
                    StemReading.find(item.stem(), "Relevant papers: ([^\n]+)").split(", ")));
            Set<String> returned = new HashSet<>(List.of(
                    StemReading.find(item.stem(), "query returns: ([^\n]+)").split(", ")));
            Set<String> both = new HashSet<>(relevant);
            both.retainAll(returned);
            double precision = (double) both.size() / returned.size();
            double recall = (double) both.size() / relevant.size();
            double expected = item.stem().contains("**precision**") ? precision
                    : item.stem().contains("**recall**") ? recall : 2 * precision * recall / (precision + recall);
            assertThat(StemReading.numericKey(item)).as(item.stem()).isCloseTo(expected, within(0.0005 + 1e-9));
        }
    }

    @Test
    void apaInTextFormFollowsTheAuthorCountAndCitationKind() {
        ApaInTextFamily family = new ApaInTextFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            String entry = StemReading.find(item.stem(), "\n> ([^\n]+)\n");
            List<String> surnames = StemReading.findAll(entry.substring(0, entry.indexOf(" (")), "(\\w+), \\w\\.");
            String year = StemReading.find(entry, "\\((\\d{4})\\)");
            boolean narrative = item.stem().contains("**narratively**");
            String names = switch (surnames.size()) {
                case 1 -> surnames.get(0);
                case 2 -> surnames.get(0) + (narrative ? " and " : " & ") + surnames.get(1);
                default -> surnames.get(0) + " et al.";
            };
            String expected = narrative ? names + " (" + year + ")" : "(" + names + ", " + year + ")";
            assertThat(StemReading.correctText(item)).as(item.stem()).isEqualTo(expected);
            assertThat(item.choices()).hasSizeBetween(3, 4);
        }
    }
}
