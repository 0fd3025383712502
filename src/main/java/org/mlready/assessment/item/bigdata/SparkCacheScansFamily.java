package org.mlready.assessment.item.bigdata;

import java.util.ArrayList;
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
 * How often a script reads its Parquet source: every action recomputes its lineage unless it can read a cache that
 * an earlier action filled; cache() is lazy and unpersist() drops the cache.
 */
public final class SparkCacheScansFamily extends GeneratedItemFamily {

    public SparkCacheScansFamily() {
        super("spark-cache-scans", "apache-spark", 1500);
    }

    private static final List<String> FEATURE_ACTIONS = List.of(
            "features.count()",
            "features.write.mode(\"overwrite\").parquet(\"out/features\")",
            "features.groupBy(\"country\").count().collect()",
            "features.agg(F.avg(\"amount\")).collect()",
            "features.select(\"user_id\").distinct().count()");
    private static final List<String> SOURCE_ACTIONS = List.of("df.count()", "df.groupBy(\"day\").count().collect()");

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        int actions = RandomDraw.between(random, 2, 5);
        List<String> statements = new ArrayList<>();
        for (int i = 0; i < actions; i++) {
            statements.add(random.nextInt(5) == 0 ? RandomDraw.pick(random, SOURCE_ACTIONS)
                    : RandomDraw.pick(random, FEATURE_ACTIONS));
        }
        boolean cache = random.nextInt(5) > 0;
        if (cache) {
            statements.add(RandomDraw.between(random, 0, Math.min(1, actions - 1)), "features.cache()");
            if (random.nextInt(3) == 0) {
                int at = statements.indexOf("features.cache()") + 2;
                statements.add(Math.min(at + random.nextInt(2), statements.size()), "features.unpersist()");
            }
        }

        int scans = 0;
        boolean cached = false;
        boolean filled = false;
        List<String> steps = new ArrayList<>();
        for (String statement : statements) {
            String note;
            if (statement.equals("features.cache()")) {
                cached = true;
                note = "marks `features` for caching; nothing runs yet";
            } else if (statement.equals("features.unpersist()")) {
                cached = false;
                filled = false;
                note = "drops the cache; later actions recompute `features` from the source";
            } else if (statement.startsWith("df.")) {
                scans++;
                note = "an action on `df`, which is not cached: reads the source (scan " + scans + ")";
            } else if (cached && filled) {
                note = "served from the cached `features`: no read";
            } else {
                scans++;
                note = cached ? "first action after `cache()`: reads the source and fills the cache (scan " + scans
                        + ")" : "no cache: recomputes `features` from the source (scan " + scans + ")";
                filled = cached;
            }
            steps.add("- `" + statement + "`: " + note);
        }
        String code = "```python\ndf = spark.read.parquet(\"s3://lake/transactions/\")\nfeatures = (df.filter(F.col("
                + "\"amount\") > 0)\n              .withColumn(\"amount_eur\", F.col(\"amount\") * F.col(\"fx\")))\n"
                + String.join("\n", statements) + "\n```";
        String stem = code + "\n\nThe cached data fits in memory and nothing is evicted. How many times does this "
                + "script read the Parquet source?";
        String solution = "Transformations are lazy; every action runs the whole lineage back to the source unless "
                + "it can use a cache that an earlier action already filled. `cache()` itself runs nothing.\n\n"
                + String.join("\n", steps) + "\n\nAnswer: **" + scans + "**.";
        List<String> hints = List.of("Only actions read data; `cache()` just marks the DataFrame.",
                "A cache is filled by the first action that uses it, and it only helps DataFrames built on `features`.");
        double difficulty = -0.4 + 0.15 * actions + (statements.contains("features.unpersist()") ? 0.3 : 0)
                + (statements.stream().anyMatch(s -> s.startsWith("df.")) ? 0.2 : 0);
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER, AnswerKeys.exact(scans), solution,
                hints, List.of(), ItemIrt.free(1.1, difficulty));
    }
}
