package org.mlready.assessment.item.research;

import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.AnswerKeys;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ItemIrt;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.ResponseType;
import org.mlready.assessment.item.SeededRandom;

/**
 * Float32 addition is not associative: {@code (a + b) + c} and {@code a + (b + c)} for integer-valued float32
 * numbers beyond 2^24, where the spacing of representable values exceeds 1. Why a reduction order changes results.
 */
public final class Float32SummationOrderFamily extends GeneratedItemFamily {

    private static final int TWO_24 = 1 << 24;

    public Float32SummationOrderFamily() {
        super("float32-summation-order", "reproducibility", 2000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        boolean cancelling = random.nextInt(3) == 0;
        float a;
        float b;
        float c;
        do {
            int big = RandomDraw.between(random, TWO_24, 4 * TWO_24 - 1);
            a = (float) big;
            if (cancelling) {
                b = -a;
                c = RandomDraw.between(random, 1, 7);
            } else {
                int spacing = (int) Math.ulp(a);
                b = RandomDraw.between(random, 1, 2 * spacing);
                c = RandomDraw.between(random, 1, 2 * spacing);
            }
        } while ((a + b) + c == a + (b + c));
        float left = (a + b) + c;
        float right = a + (b + c);
        String stem = "```python\nimport numpy as np\na = np.float32(" + whole(a) + ")\nb = np.float32(" + whole(b)
                + ")\nc = np.float32(" + whole(c) + ")\nleft = (a + b) + c\nright = a + (b + c)\n```\n\n"
                + "All three values are exactly representable in float32. Recall that float32 has a 24-bit "
                + "significand: every integer up to $2^{24} = 16777216$ is exact, between $2^{24}$ and $2^{25}$ "
                + "only even integers are representable, between $2^{25}$ and $2^{26}$ only multiples of 4, "
                + "between $2^{26}$ and $2^{27}$ only multiples of 8, and each addition rounds its exact result to "
                + "the nearest representable value (ties to the one with an even last significand bit). "
                + "What are `left` and `right`? Answer as a pair (left, right) of whole numbers.";
        String solution = "Left, $(a + b) + c$: " + step("a + b", a, b) + "; then " + step("(a + b) + c", a + b, c) + "."
                + "\n\nRight, $a + (b + c)$: " + step("b + c", b, c) + "; then " + step("a + (b + c)", a, b + c) + "."
                + "\n\nThe two orders differ because each intermediate sum is rounded to float32, which is why "
                + "parallel reductions that add in a varying order are not bit-reproducible."
                + "\n\nAnswer: **(" + whole(left) + ", " + whole(right) + ")**.";
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.VECTOR,
                AnswerKeys.exactVector(left, right), solution,
                List.of("Work out the spacing of representable values near each intermediate sum.",
                        "Round after every single addition, not once at the end."),
                List.of(), ItemIrt.free(1.3, cancelling ? 0.9 : 1.3));
    }

    private static String step(String expression, float x, float y) {
        double exact = (double) x + (double) y;
        float rounded = x + y;
        long magnitude = (long) Math.abs(exact);
        String spacingNote;
        if (magnitude < TWO_24) {
            spacingNote = "which is exact";
        } else {
            String spacing = whole(Math.ulp((float) Long.highestOneBit(magnitude)));
            spacingNote = rounded == exact ? "which is representable (float32 values are " + spacing + " apart here)"
                    : "where float32 values are " + spacing + " apart, so it rounds to $" + whole(rounded) + "$";
        }
        return "$" + expression + " = " + whole(x) + (y < 0 ? " - " + whole(-y) : " + " + whole(y)) + " = "
                + whole(exact) + "$, " + spacingNote;
    }

    private static String whole(double value) {
        return String.valueOf(Math.round(value));
    }
}
