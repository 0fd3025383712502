package org.mlready.assessment.item.software;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.StemReading;

class DocsFamilyTests {

    @Test
    void nextVersionFollowsTheMostSignificantCommit() {
        SemverNextVersionFamily family = new SemverNextVersionFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            String[] current = StemReading.find(item.stem(), "last release is `([0-9.]+)`").split("\\.");
            int[] v = {Integer.parseInt(current[0]), Integer.parseInt(current[1]), Integer.parseInt(current[2])};
            int bump = 3; // index of the number to bump; 3 means none
            for (String line : StemReading.fences(item.stem(), "text").get(0)) {
                String type = line.substring(0, line.indexOf(':'));
                int position = type.endsWith("!") ? 0 : type.equals("feat") ? 1 : type.equals("fix") ? 2 : 3;
                bump = Math.min(bump, position);
            }
            if (v[0] == 0 && bump < 3) {
                bump = Math.min(2, bump + 1);
            }
            v[bump]++;
            for (int i = bump + 1; i < 3; i++) {
                v[i] = 0;
            }
            String expected = "`" + v[0] + "." + v[1] + "." + v[2] + "`";
            assertThat(StemReading.correctTexts(item)).as(item.stem()).containsExactly(expected);
        }
    }

    /** A release version as one integer: every number in this family stays below 1000. */
    private static long key(String version, int length) {
        String[] parts = version.split("\\.");
        long key = 0;
        for (int i = 0; i < 3; i++) {
            key = key * 1000 + (i < parts.length && i < length ? Long.parseLong(parts[i]) : 0);
        }
        return key;
    }

    private static boolean satisfies(String version, String clause) {
        String op = clause.replaceAll("[0-9.*]+$", "");
        String target = clause.substring(op.length());
        if (op.equals("~=")) {
            int n = target.split("\\.").length;
            String prefix = target.substring(0, target.lastIndexOf('.')) + ".*";
            return satisfies(version, ">=" + target) && satisfies(version, "==" + prefix) && n >= 2;
        }
        if (target.endsWith(".*")) {
            String stripped = target.substring(0, target.length() - 2);
            int n = stripped.split("\\.").length;
            boolean prefix = key(version, n) == key(stripped, n);
            return op.equals("==") == prefix;
        }
        long a = key(version, 3);
        long b = key(target, 3);
        return switch (op) {
            case ">=" -> a >= b;
            case ">" -> a > b;
            case "<=" -> a <= b;
            case "<" -> a < b;
            case "!=" -> a != b;
            default -> a == b;
        };
    }

    @Test
    void specifierMatchesAnIntegerKeyEvaluation() {
        Pep440SpecifierFamily family = new Pep440SpecifierFamily();
        for (long seed = 0; seed < 1500; seed++) {
            ItemInstance item = family.generate(seed);
            String specifier = StemReading.find(item.stem(), "dependency `[a-z-]+([^`]+)`");
            List<String> expected = new ArrayList<>();
            for (Choice choice : item.choices()) {
                String version = choice.text().replace("`", "");
                boolean ok = true;
                for (String clause : specifier.split(",")) {
                    ok &= satisfies(version, clause);
                }
                if (ok) {
                    expected.add(choice.text());
                }
            }
            assertThat(StemReading.correctTexts(item)).as(item.stem()).isEqualTo(expected);
            assertThat(expected).isNotEmpty().hasSizeLessThan(item.choices().size());
        }
    }
}
