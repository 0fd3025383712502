package org.mlready.assessment.item.bigdata;

import java.util.List;

import org.mlready.assessment.item.ItemFamily;

/** Every generated item family for Spark, Hadoop, pipeline orchestration and NoSQL modelling. */
public final class BigDataItemFamilies {

    private BigDataItemFamilies() {
    }

    public static List<ItemFamily> all() {
        return List.of(
                new SparkStagesFamily(),
                new SparkJoinStrategyFamily(),
                new SparkCacheScansFamily(),
                new HdfsBlocksFamily(),
                new WordCountFamily(),
                new DagScheduleFamily(),
                new CatchupRunsFamily(),
                new ConsistentHashFamily(),
                new QuorumFamily(),
                new CassandraQueryFamily());
    }
}
