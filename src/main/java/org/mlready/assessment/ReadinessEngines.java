package org.mlready.assessment;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.mlready.assessment.cat.Background;
import org.mlready.assessment.cat.CatSettings;
import org.mlready.assessment.cat.ItemPool;
import org.mlready.assessment.cat.PoolItem;
import org.mlready.assessment.cat.ReadinessCat;
import org.mlready.assessment.cat.ReadinessPrior;
import org.mlready.assessment.item.IrtParameters;
import org.mlready.curriculum.Curriculum;
import org.springframework.stereotype.Component;

/**
 * The readiness engines per calibration run: one set (per background, and for an unknown background) with the
 * authors' parameters, and one per calibration run, built on first use from the run's stored parameters. A check
 * always uses the set of the run it started with, so replaying its answers reproduces it exactly.
 */
@Component
class ReadinessEngines {

    private static final int RUNS_KEPT = 4;

    /** The engines of one parameter set. */
    record EngineSet(Optional<Long> runId, ItemPool pool, Map<Background, ReadinessCat> byBackground, ReadinessCat population) {

        ReadinessCat forBackground(String background) {
            return Background.ofPathway(background).map(byBackground::get).orElse(population);
        }
    }

    private final Curriculum curriculum;
    private final ItemCalibrations calibrations;
    private final CatSettings settings = CatSettings.defaults().withExposureControl(ExposureParameters.load());
    private final EngineSet authors;
    private final Map<Long, EngineSet> calibrated = Collections.synchronizedMap(new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, EngineSet> eldest) {
            return size() > RUNS_KEPT;
        }
    });

    ReadinessEngines(ItemBank bank, Curriculum curriculum, ItemCalibrations calibrations) {
        this.curriculum = curriculum;
        this.calibrations = calibrations;
        this.authors = engines(Optional.empty(), ItemPool.fromFamilies(bank.families(), curriculum, ReadinessChecks.INSTANCES_PER_FAMILY));
    }

    EngineSet authors() {
        return authors;
    }

    /** The run new checks start with: the latest calibration, if any. */
    Optional<Long> latestRunId() {
        return calibrations.latestRunId();
    }

    EngineSet forRun(Long runId) {
        if (runId == null) {
            return authors;
        }
        EngineSet kept = calibrated.get(runId);
        if (kept != null) {
            return kept;
        }
        ItemCalibrations.Run run = calibrations.run(runId).orElseThrow(() -> new IllegalStateException("no calibration run " + runId));
        EngineSet built = engines(Optional.of(runId), new ItemPool(authors.pool().items().stream().map(item -> {
            ItemCalibrations.Calibrated family = run.families().get(item.familyId());
            if (family == null) {
                return item;
            }
            IrtParameters p = family.parameters();
            return new PoolItem(item.id(), item.topicId(), item.areaId(), item.skillId(), new IrtParameters(p.a(), p.b(), p.c()));
        }).toList()));
        calibrated.put(runId, built);
        return built;
    }

    private EngineSet engines(Optional<Long> runId, ItemPool pool) {
        Map<Background, ReadinessCat> byBackground = new EnumMap<>(Background.class);
        for (Background background : Background.values()) {
            byBackground.put(background, new ReadinessCat(pool, ReadinessPrior.forBackground(curriculum, background), settings));
        }
        return new EngineSet(runId, pool, Map.copyOf(byBackground), new ReadinessCat(pool, ReadinessPrior.population(curriculum), settings));
    }
}
