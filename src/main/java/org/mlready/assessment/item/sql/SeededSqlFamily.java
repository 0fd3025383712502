package org.mlready.assessment.item.sql;

import org.mlready.assessment.item.SeededRandom;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.AnswerKey;
import org.mlready.assessment.item.IrtParameters;
import org.mlready.assessment.item.ItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ResponseType;

/**
 * A SQL question whose details (a city, a year, a top-N...) are drawn from the seed; the answer is the result set of
 * a reference query on the {@link SqlSandbox}. {@code P} is the record of drawn parameters.
 */
abstract class SeededSqlFamily<P> implements ItemFamily {

    static final String RELATIONAL_SQL = "relational-sql";
    static final String WAREHOUSING_ETL = "warehousing-etl";

    private final String id;
    private final String skillId;

    SeededSqlFamily(String id, String skillId) {
        this.id = id;
        this.skillId = skillId;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String skillId() {
        return skillId;
    }

    /** The parameters of the question for {@code seed}. */
    final P parameters(long seed) {
        Random random = SeededRandom.of(seed);
        // The first output of java.util.Random barely changes between consecutive seeds; skip it.
        random.nextLong();
        return choose(random);
    }

    @Override
    public final ItemInstance generate(long seed) {
        P p = parameters(seed);
        String query = referenceQuery(p);
        String solution = explanation(p) + "\n\n```sql\n" + query + "\n```";
        return new ItemInstance(id, skillId, seed, stem(p), ResponseType.SQL, new AnswerKey.Sql(query, ordered(p)),
                solution, hints(p), List.of(), irt(p));
    }

    abstract P choose(Random random);

    /** The question in Markdown, naming the tables to use and the exact columns and order of the expected result. */
    abstract String stem(P p);

    abstract String referenceQuery(P p);

    abstract boolean ordered(P p);

    /** The worked steps that lead to the reference query, which is appended after them. */
    abstract String explanation(P p);

    abstract List<String> hints(P p);

    abstract IrtParameters irt(P p);

    /**
     * Draws one index per option list with a single draw over all combinations, so that every combination is as
     * likely as any other and none is left unreachable by correlations between successive draws.
     */
    static int[] combination(Random random, int... sizes) {
        int total = 1;
        for (int size : sizes) {
            total = Math.multiplyExact(total, size);
        }
        int index = random.nextInt(total);
        int[] indices = new int[sizes.length];
        for (int i = sizes.length - 1; i >= 0; i--) {
            indices[i] = index % sizes[i];
            index /= sizes[i];
        }
        return indices;
    }
}
