package org.mlready.assessment.item.software;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.StemReading;

class GitDataScienceFamilyTests {

    /** Glob match by recursion over characters: `*` never crosses a slash, a leading `**&#47;` any directories. */
    private static boolean glob(String pattern, String text) {
        if (pattern.startsWith("**/")) {
            String rest = pattern.substring(3);
            if (glob(rest, text)) {
                return true;
            }
            int slash = text.indexOf('/');
            return slash >= 0 && glob(pattern, text.substring(slash + 1));
        }
        if (pattern.isEmpty()) {
            return text.isEmpty();
        }
        char p = pattern.charAt(0);
        if (p == '*') {
            for (int i = 0; i <= text.length(); i++) {
                if (glob(pattern.substring(1), text.substring(i))) {
                    return true;
                }
                if (i < text.length() && text.charAt(i) == '/') {
                    return false;
                }
            }
            return false;
        }
        return !text.isEmpty() && text.charAt(0) == p && glob(pattern.substring(1), text.substring(1));
    }

    /** +1 ignore, -1 re-include, 0 no line matches; for a file or a directory path. */
    private static int lastVerdict(List<String> lines, String path, boolean directory) {
        int verdict = 0;
        for (String line : lines) {
            boolean negated = line.startsWith("!");
            String body = negated ? line.substring(1) : line;
            if (body.endsWith("/")) {
                if (!directory) {
                    continue;
                }
                body = body.substring(0, body.length() - 1);
            }
            boolean matched;
            if (body.contains("/")) {
                matched = glob(body.startsWith("/") ? body.substring(1) : body, path);
            } else {
                matched = glob(body, path.substring(path.lastIndexOf('/') + 1));
            }
            if (matched) {
                verdict = negated ? -1 : 1;
            }
        }
        return verdict;
    }

    private static boolean ignored(List<String> lines, String path) {
        int slash = path.indexOf('/');
        while (slash >= 0) {
            if (lastVerdict(lines, path.substring(0, slash), true) == 1) {
                return true;
            }
            slash = path.indexOf('/', slash + 1);
        }
        return lastVerdict(lines, path, false) == 1;
    }

    @Test
    void gitignoreVerdictsMatchARecursiveGlobMatcher() {
        GitignoreMatchFamily family = new GitignoreMatchFamily();
        int rescuedOrNot = 0;
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            List<String> lines = StemReading.fences(item.stem(), "text").get(0);
            for (Choice choice : item.choices()) {
                String path = choice.text().replace("`", "");
                assertThat(choice.correct()).as(item.stem() + "\n" + path).isEqualTo(ignored(lines, path));
                if (choice.explanation().contains("no later `!` rule")) {
                    rescuedOrNot++;
                }
            }
        }
        assertThat(rescuedOrNot).isGreaterThan(100);
    }

    @Test
    void sampleMatcherCases() {
        assertThat(ignored(List.of("models/*", "!models/README.md"), "models/README.md")).isFalse();
        assertThat(ignored(List.of("models/", "!models/README.md"), "models/README.md")).isTrue();
        assertThat(ignored(List.of("/train.log"), "src/train.log")).isFalse();
        assertThat(ignored(List.of("*.log"), "src/train.log")).isTrue();
        assertThat(ignored(List.of("**/__pycache__/"), "src/utils/__pycache__/io.pyc")).isTrue();
    }

    @Test
    void cloneSizeMatchesTheTableSummedExactly() {
        LfsCloneSizeFamily family = new LfsCloneSizeFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            boolean lfs = item.stem().contains("tracked with Git LFS");
            BigDecimal limit = lfs ? new BigDecimal(StemReading.find(item.stem(), "at least (\\d+) MB")) : null;
            BigDecimal total = BigDecimal.ZERO;
            List<String> rows = new ArrayList<>(StemReading.findAll(item.stem(), "\\| `[^`]+` \\| ([0-9.]+ \\| \\d+) \\|"));
            assertThat(rows).hasSizeGreaterThanOrEqualTo(3);
            for (String row : rows) {
                String[] cells = row.split(" \\| ");
                BigDecimal size = new BigDecimal(cells[0]);
                BigDecimal versions = new BigDecimal(cells[1]);
                total = total.add(lfs && size.compareTo(limit) >= 0 ? size : size.multiply(versions));
            }
            double expected = total.setScale(1, RoundingMode.HALF_UP).doubleValue();
            assertThat(StemReading.numericKey(item)).as(item.stem()).isCloseTo(expected, within(1e-9));
        }
    }
}
