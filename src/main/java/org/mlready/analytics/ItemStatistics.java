package org.mlready.analytics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mlready.assessment.ItemBank;
import org.mlready.assessment.ItemCalibrations;
import org.mlready.assessment.item.ItemFamily;
import org.mlready.curriculum.Curriculum;
import org.mlready.curriculum.Skill;
import org.mlready.curriculum.Topic;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Item statistics per family, for instructors. */
@Service
public class ItemStatistics {

    /** Flags need at least this many responses before an extreme proportion correct counts as suspicious. */
    static final int MIN_RESPONSES_FOR_FLAG = 30;

    public record Report(int checksWithAnswers, Optional<ItemCalibrations.Run> latestCalibration, List<FamilyStatistics> families) {
    }

    private final ItemBank bank;
    private final Curriculum curriculum;
    private final ItemCalibrations calibrations;
    private final ItemStatisticsQueries queries;

    ItemStatistics(ItemBank bank, Curriculum curriculum, ItemCalibrations calibrations, ItemStatisticsQueries queries) {
        this.bank = bank;
        this.curriculum = curriculum;
        this.calibrations = calibrations;
        this.queries = queries;
    }

    /** Every family in curriculum order, or only those of {@code topicId}; {@code flaggedOnly} keeps suspicious ones. */
    @Transactional(readOnly = true)
    public Report report(String topicId, boolean flaggedOnly) {
        Map<String, ItemStatisticsQueries.ResponseCounts> responses = queries.responseCounts();
        Map<String, ItemStatisticsQueries.ReadinessCounts> readiness = queries.readinessCounts();
        int checks = queries.checksWithAnswers();
        Map<String, PointBiserial> pointBiserials = pointBiserials();
        Optional<ItemCalibrations.Run> latest = calibrations.latest();
        List<FamilyStatistics> rows = new ArrayList<>();
        for (Topic topic : curriculum.topics()) {
            if (topicId != null && !topicId.isBlank() && !topic.id().equals(topicId)) {
                continue;
            }
            for (Skill skill : topic.skills()) {
                for (ItemFamily family : bank.familiesFor(skill.id())) {
                    FamilyStatistics row = row(topic, skill, family, responses.get(family.id()), readiness.get(family.id()), checks,
                            pointBiserials.get(family.id()), latest);
                    if (!flaggedOnly || !row.flags().isEmpty()) {
                        rows.add(row);
                    }
                }
            }
        }
        return new Report(checks, latest, rows);
    }

    private FamilyStatistics row(Topic topic, Skill skill, ItemFamily family, ItemStatisticsQueries.ResponseCounts counts,
                                 ItemStatisticsQueries.ReadinessCounts asked, int checks, PointBiserial pointBiserial,
                                 Optional<ItemCalibrations.Run> latest) {
        var c = counts == null ? new ItemStatisticsQueries.ResponseCounts(0, 0, 0, 0, 0, 0) : counts;
        var r = asked == null ? new ItemStatisticsQueries.ReadinessCounts(0, 0, 0) : asked;
        int n = c.readiness() + c.practice() + c.checkpoint();
        int correct = c.readinessCorrect() + c.practiceCorrect() + c.checkpointCorrect();
        Double p = n == 0 ? null : (double) correct / n;
        Double pb = pointBiserial == null || pointBiserial.value().isEmpty() ? null : pointBiserial.value().getAsDouble();
        List<String> flags = new ArrayList<>();
        if (p != null && n >= MIN_RESPONSES_FOR_FLAG && p > 0.95) {
            flags.add("too easy");
        }
        if (p != null && n >= MIN_RESPONSES_FOR_FLAG && p < 0.05) {
            flags.add("too hard");
        }
        if (pb != null && pb < 0) {
            flags.add("negative point-biserial");
        }
        FamilyStatistics.Calibration calibration = latest.map(run -> {
            ItemCalibrations.Calibrated fitted = run.families().get(family.id());
            return fitted == null ? null : new FamilyStatistics.Calibration(fitted.parameters().a(), fitted.parameters().b(),
                    fitted.parameters().c(), fitted.responses(), run.id());
        }).orElse(null);
        return new FamilyStatistics(family.id(), topic.id(), topic.title(), skill.id(), skill.title(), c.readiness(), c.practice(), c.checkpoint(),
                correct, p, r.answers(), r.answers() == 0 ? null : (double) r.dontKnow() / r.answers(), pb,
                pointBiserial == null ? 0 : (int) pointBiserial.learners(), r.checks(), checks == 0 ? null : (double) r.checks() / checks,
                calibrations.declared(family.id()), calibration, List.copyOf(flags));
    }

    private record Scored(String familyId, String topicId, int score) {
    }

    /** Streams learners one at a time: for each, item score vs the rest-score on the same topic, per family. */
    private Map<String, PointBiserial> pointBiserials() {
        Map<String, String> topicOfFamily = new HashMap<>();
        for (ItemFamily family : bank.families()) {
            curriculum.skill(family.skillId()).ifPresent(s -> topicOfFamily.put(family.id(), s.topicId()));
        }
        Map<String, PointBiserial> result = new HashMap<>();
        List<Scored> learner = new ArrayList<>();
        long[] current = {Long.MIN_VALUE};
        Runnable flush = () -> {
            Map<String, double[]> topicTotals = new HashMap<>();
            for (Scored response : learner) {
                double[] total = topicTotals.computeIfAbsent(response.topicId(), t -> new double[2]);
                total[0] += response.score();
                total[1]++;
            }
            for (Scored response : learner) {
                double[] total = topicTotals.get(response.topicId());
                if (total[1] < 2) {
                    continue;
                }
                double rest = (total[0] - response.score()) / (total[1] - 1);
                result.computeIfAbsent(response.familyId(), f -> new PointBiserial()).add(response.score(), rest);
            }
            learner.clear();
        };
        queries.firstResponsesByLearner((accountId, familyId, correct) -> {
            String topic = topicOfFamily.get(familyId);
            if (topic == null) {
                return;
            }
            if (accountId != current[0]) {
                flush.run();
                current[0] = accountId;
            }
            learner.add(new Scored(familyId, topic, correct ? 1 : 0));
        });
        flush.run();
        return result;
    }
}
