package org.mlready.analytics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.mlready.account.AccountUser;
import org.mlready.assessment.ItemCalibrations;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/items")
@Tag(name = "Item statistics", description = "Instructors: item statistics and calibration of item parameters")
class ItemStatisticsApiController {

    record StatisticsView(int checksWithAnswers, Long calibrationRunId, List<FamilyStatistics> families) {
    }

    record CalibrationView(long id, java.time.Instant createdAt, int responses, int learnerTopics, int iterations,
                           boolean converged, List<ItemCalibrations.Calibrated> families) {
    }

    private final ItemStatistics statistics;
    private final ItemCalibrations calibrations;
    private final TopicFilter topics;

    ItemStatisticsApiController(ItemStatistics statistics, ItemCalibrations calibrations, TopicFilter topics) {
        this.statistics = statistics;
        this.calibrations = calibrations;
        this.topics = topics;
    }

    @GetMapping("/statistics")
    @Operation(summary = "Statistics per item family (optionally one topic, or only flagged families)")
    StatisticsView statistics(@RequestParam(required = false) String topic, @RequestParam(defaultValue = "false") boolean flagged) {
        var report = statistics.report(topics.checked(topic), flagged);
        return new StatisticsView(report.checksWithAnswers(), report.latestCalibration().map(ItemCalibrations.Run::id).orElse(null),
                report.families());
    }

    @PostMapping("/calibrations")
    @Operation(summary = "Recalibrate item parameters from the stored responses; new readiness checks use the result")
    ResponseEntity<CalibrationView> recalibrate(@AuthenticationPrincipal AccountUser user) {
        ItemCalibrations.Run run = calibrations.recalibrate(user.id());
        return ResponseEntity.created(URI.create("/api/items/statistics")).body(view(run));
    }

    static CalibrationView view(ItemCalibrations.Run run) {
        return new CalibrationView(run.id(), run.createdAt(), run.responses(), run.learnerTopics(), run.iterations(), run.converged(),
                run.families().values().stream().sorted(java.util.Comparator.comparing(ItemCalibrations.Calibrated::familyId)).toList());
    }
}
