package org.mlready.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Replays a learner's graded answers in time order through the same knowledge-tracing update that
 * {@link MasteryTracker} applies as they arrive, and samples the estimates at the end of each period.
 *
 * <p>Histories spanning at most {@value #LONGEST_DAILY_SPAN_DAYS} days (first answer or check to today) are shown
 * per day, longer ones per ISO week (Monday to Sunday), so a chart has between one and a few dozen points for the
 * first months and then grows by one point a week. Days are UTC days, like the rest of the platform.
 */
public final class MasteryTimeline {

    public static final int LONGEST_DAILY_SPAN_DAYS = 56;

    /** An area and the ids of its skills, in curriculum order. */
    public record AreaSkills(String areaId, String title, List<String> skillIds) {

        public AreaSkills {
            skillIds = List.copyOf(skillIds);
        }
    }

    private final KnowledgeTracing model;
    private final List<AreaSkills> areas;
    private final Set<String> skills = new LinkedHashSet<>();

    public MasteryTimeline(KnowledgeTracing model, List<AreaSkills> areas) {
        this.model = model;
        this.areas = List.copyOf(areas);
        this.areas.forEach(a -> skills.addAll(a.skillIds()));
    }

    /** @param today the last day the history must reach (UTC) */
    public MasteryHistory build(List<GradedAnswer> answers, List<MasteryHistory.CheckPoint> checks, LocalDate today) {
        List<GradedAnswer> ordered = new ArrayList<>(answers);
        ordered.sort(Comparator.comparing(GradedAnswer::answeredAt)); // stable: equal times keep the recorded order
        List<MasteryHistory.CheckPoint> orderedChecks = new ArrayList<>(checks);
        orderedChecks.sort(Comparator.comparing(MasteryHistory.CheckPoint::completedAt)
                .thenComparingLong(MasteryHistory.CheckPoint::checkId));
        Set<String> practised = new LinkedHashSet<>();
        ordered.forEach(a -> practised.add(a.skillId()));
        List<MasteryHistory.AreaInfo> areaInfos = areas.stream().map(a -> new MasteryHistory.AreaInfo(a.areaId(), a.title(),
                a.skillIds().size(), a.skillIds().stream().anyMatch(practised::contains))).toList();
        int correctTotal = (int) ordered.stream().filter(GradedAnswer::correct).count();
        if (ordered.isEmpty() && orderedChecks.isEmpty()) {
            return new MasteryHistory(MasteryHistory.Granularity.DAY, skills.size(), areaInfos, List.of(), List.of(),
                    Map.of(), 0, 0);
        }

        LocalDate first = earliest(ordered, orderedChecks);
        LocalDate last = latest(ordered, orderedChecks, today);
        MasteryHistory.Granularity granularity = ChronoUnit.DAYS.between(first, last) + 1 <= LONGEST_DAILY_SPAN_DAYS
                ? MasteryHistory.Granularity.DAY : MasteryHistory.Granularity.WEEK;

        Map<String, Double> estimates = new HashMap<>();
        List<MasteryHistory.Period> periods = new ArrayList<>();
        int nextAnswer = 0;
        int nextCheck = 0;
        for (LocalDate start = granularity.startOf(first); !start.isAfter(last); start = start.plusDays(granularity.days())) {
            LocalDate end = start.plusDays(granularity.days() - 1L);
            int given = 0;
            int right = 0;
            for (; nextAnswer < ordered.size() && !day(ordered.get(nextAnswer).answeredAt()).isAfter(end); nextAnswer++) {
                GradedAnswer answer = ordered.get(nextAnswer);
                double prior = estimates.getOrDefault(answer.skillId(), model.initial());
                estimates.put(answer.skillId(),
                        model.afterAnswer(prior, answer.correct(), answer.helpedByHints(), answer.guessChance()));
                given++;
                right += answer.correct() ? 1 : 0;
            }
            Integer readiness = null;
            for (; nextCheck < orderedChecks.size() && !day(orderedChecks.get(nextCheck).completedAt()).isAfter(end); nextCheck++) {
                readiness = orderedChecks.get(nextCheck).topicsMastered();
            }
            periods.add(new MasteryHistory.Period(start, end, given, right, mastered(estimates), areaMeans(estimates), readiness));
        }
        return new MasteryHistory(granularity, skills.size(), areaInfos, List.copyOf(periods), List.copyOf(orderedChecks),
                Collections.unmodifiableMap(new TreeMap<>(estimates)), ordered.size(), correctTotal);
    }

    private int mastered(Map<String, Double> estimates) {
        return (int) skills.stream().filter(s -> estimates.getOrDefault(s, model.initial()) >= KnowledgeTracing.MASTERED).count();
    }

    private Map<String, Double> areaMeans(Map<String, Double> estimates) {
        Map<String, Double> means = new LinkedHashMap<>();
        for (AreaSkills area : areas) {
            if (!area.skillIds().isEmpty()) {
                means.put(area.areaId(), area.skillIds().stream()
                        .mapToDouble(s -> estimates.getOrDefault(s, model.initial())).average().orElseThrow());
            }
        }
        return Collections.unmodifiableMap(means);
    }

    private static LocalDate earliest(List<GradedAnswer> answers, List<MasteryHistory.CheckPoint> checks) {
        LocalDate first = LocalDate.MAX;
        if (!answers.isEmpty()) {
            first = day(answers.get(0).answeredAt());
        }
        if (!checks.isEmpty() && day(checks.get(0).completedAt()).isBefore(first)) {
            first = day(checks.get(0).completedAt());
        }
        return first;
    }

    private static LocalDate latest(List<GradedAnswer> answers, List<MasteryHistory.CheckPoint> checks, LocalDate today) {
        LocalDate last = today;
        if (!answers.isEmpty() && day(answers.get(answers.size() - 1).answeredAt()).isAfter(last)) {
            last = day(answers.get(answers.size() - 1).answeredAt());
        }
        if (!checks.isEmpty() && day(checks.get(checks.size() - 1).completedAt()).isAfter(last)) {
            last = day(checks.get(checks.size() - 1).completedAt());
        }
        return last;
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
