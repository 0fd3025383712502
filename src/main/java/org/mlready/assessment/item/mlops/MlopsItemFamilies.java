package org.mlready.assessment.item.mlops;

import java.util.List;

import org.mlready.assessment.item.ItemFamily;

/** Every generated item family for cloud ML services, storage and compute, Docker, data versioning and teamwork. */
public final class MlopsItemFamilies {

    private MlopsItemFamilies() {
    }

    public static List<ItemFamily> all() {
        return List.of(
                new TrainingJobCostFamily(),
                new EndpointVsServerlessFamily(),
                new AutoscalingInstancesFamily(),
                new TieredStorageCostFamily(),
                new DatasetTransferFamily(),
                new WorkersForDeadlineFamily(),
                new LayerCacheFamily(),
                new ImageSizeFamily(),
                new DvcCacheFamily(),
                new BestRunFamily(),
                new ConfigMergeFamily(),
                new VersionResolveFamily(),
                new PooledMetricFamily());
    }
}
