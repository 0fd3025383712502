package org.mlready.cohorts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JoinCodeTests {

    @Test
    void codesUseOnlyUnambiguousCharacters() {
        Random random = new Random(7);
        for (int i = 0; i < 1000; i++) {
            String code = JoinCode.next(random);
            assertThat(code).hasSize(JoinCode.LENGTH).doesNotContain("0", "O", "1", "I", "L");
            assertThat(JoinCode.normalise(code)).contains(code);
        }
    }

    @Test
    void codeSpaceIsLargeEnoughThatGuessingIsHopeless() {
        // 31 characters, 10 positions: more than 2^49 codes.
        assertThat(JoinCode.ALPHABET).hasSize(31);
        assertThat(Math.pow(JoinCode.ALPHABET.length(), JoinCode.LENGTH)).isGreaterThan(Math.pow(2, 49));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(JoinCode.next());
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void typedCodesAreReadGenerously() {
        assertThat(JoinCode.normalise(" abcd-efgh 23 ")).contains("ABCDEFGH23");
        assertThat(JoinCode.normalise("ABCDEFGH2")).isEmpty();
        assertThat(JoinCode.normalise("ABCDEFGH0O")).isEmpty();
        assertThat(JoinCode.normalise("")).isEmpty();
        assertThat(JoinCode.normalise(null)).isEmpty();
        assertThat(JoinCode.normalise("A".repeat(100))).isEmpty();
    }
}
