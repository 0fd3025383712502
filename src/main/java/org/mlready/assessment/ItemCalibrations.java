package org.mlready.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mlready.assessment.calibration.CalibrationResult;
import org.mlready.assessment.calibration.CalibrationSettings;
import org.mlready.assessment.calibration.FamilySpec;
import org.mlready.assessment.calibration.ItemCalibrator;
import org.mlready.assessment.calibration.Observation;
import org.mlready.assessment.item.IrtParameters;
import org.mlready.assessment.item.ItemFamily;
import org.mlready.curriculum.Curriculum;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Item parameters: the authors' declared values per family and the calibration runs estimated from the stored
 * responses. A new run is what new readiness checks use (see {@link ReadinessEngines}).
 */
@Service
public class ItemCalibrations {

    /** The parameters a run estimated for one family, from {@code responses} responses of which {@code correct} right. */
    public record Calibrated(String familyId, IrtParameters parameters, int responses, int correct) {
    }

    public record Run(long id, Instant createdAt, int responses, int learnerTopics, int iterations, boolean converged,
                      Map<String, Calibrated> families) {
    }

    private final ItemBank bank;
    private final Curriculum curriculum;
    private final ItemCalibrationStore store;
    private final Map<String, IrtParameters> declared;

    private final TransactionTemplate transactions;

    ItemCalibrations(ItemBank bank, Curriculum curriculum, ItemCalibrationStore store, PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.bank = bank;
        this.curriculum = curriculum;
        this.store = store;
        this.declared = bank.families().stream().collect(Collectors.toUnmodifiableMap(ItemFamily::id, ItemCalibrations::declaredOf));
    }

    /**
     * A family's declared parameters: the mean over the instances the readiness pool uses (a generator's variants may
     * declare slightly different values; calibration estimates one set per family).
     */
    static IrtParameters declaredOf(ItemFamily family) {
        long count = Math.min(ReadinessChecks.INSTANCES_PER_FAMILY, Math.max(1, family.distinctQuestions()));
        double a = 0;
        double b = 0;
        double c = 0;
        for (long seed = 0; seed < count; seed++) {
            IrtParameters irt = family.generate(seed).irt();
            a += irt.a();
            b += irt.b();
            c += irt.c();
        }
        return new IrtParameters(a / count, b / count, c / count);
    }

    public IrtParameters declared(String familyId) {
        IrtParameters parameters = declared.get(familyId);
        if (parameters == null) {
            throw new IllegalArgumentException("no item family " + familyId);
        }
        return parameters;
    }

    /** Reads the qualifying responses, fits every family with enough of them and stores the run. */
    public synchronized Run recalibrate(Long requestedBy) {
        List<FamilySpec> specs = bank.families().stream().map(f -> new FamilySpec(f.id(),
                curriculum.skill(f.skillId()).orElseThrow().topicId(), declared.get(f.id()))).toList();
        List<Observation> observations = new ArrayList<>();
        store.observations(observations::add);
        CalibrationResult result = new ItemCalibrator(CalibrationSettings.defaults()).calibrate(specs, observations);
        long runId = transactions.execute(status -> store.save(requestedBy, result));
        return run(runId).orElseThrow();
    }

    public Optional<Run> latest() {
        return store.latestRunId().flatMap(this::run);
    }

    Optional<Long> latestRunId() {
        return store.latestRunId();
    }

    public Optional<Run> run(long runId) {
        return store.run(runId).map(r -> new Run(r.id(), r.createdAt(), r.responses(), r.learnerTopics(), r.iterations(),
                r.converged(), store.families(runId).values().stream().collect(Collectors.toUnmodifiableMap(
                        ItemCalibrationStore.FamilyRow::familyId,
                        f -> new Calibrated(f.familyId(), new IrtParameters(f.a(), f.b(), f.c()), f.responses(), f.correct())))));
    }
}
