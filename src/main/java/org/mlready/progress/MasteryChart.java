package org.mlready.progress;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** The dashboard's "mastery over time" charts and their text alternative, drawn from a {@link MasteryHistory}. */
record MasteryChart(MasteryHistory history, List<String> labels, String data, String summary, String areaSummary,
                    List<ActivityRow> activity, List<AreaRow> areas) {

    /** A period in which the learner answered or finished a readiness check. */
    record ActivityRow(String period, int answers, int correct, int skillsMastered, Integer readinessTopicsMastered) {
    }

    /** A practised area's mean mastery, in percent, at the end of the first period and of the latest one. */
    record AreaRow(String areaId, String title, int firstPercent, int latestPercent) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.UK);
    private static final DateTimeFormatter DAY_AND_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    public boolean empty() {
        return history.isEmpty();
    }

    static MasteryChart of(MasteryHistory history) {
        List<MasteryHistory.Period> periods = history.periods();
        boolean severalYears = !periods.isEmpty()
                && periods.get(0).start().getYear() != periods.get(periods.size() - 1).end().getYear();
        DateTimeFormatter format = severalYears ? DAY_AND_YEAR : DAY;
        String prefix = history.granularity() == MasteryHistory.Granularity.WEEK ? "week of " : "";
        List<String> labels = periods.stream().map(p -> prefix + format.format(p.start())).toList();

        List<AreaRow> areaRows = new ArrayList<>();
        List<Map<String, Object>> areaLines = new ArrayList<>();
        for (MasteryHistory.AreaInfo area : history.areas()) {
            if (!area.practised() || periods.isEmpty()) {
                continue;
            }
            List<Integer> values = periods.stream().map(p -> percent(p.areaMastery().get(area.areaId()))).toList();
            areaRows.add(new AreaRow(area.areaId(), area.title(), values.get(0), values.get(values.size() - 1)));
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("label", area.title());
            line.put("values", values);
            areaLines.add(line);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("labels", labels);
        data.put("skills", history.skills());
        data.put("mastered", periods.stream().map(MasteryHistory.Period::skillsMastered).toList());
        data.put("readiness", periods.stream().map(MasteryHistory.Period::readinessTopicsMastered).toList());
        data.put("topics", history.readinessChecks().stream().mapToInt(MasteryHistory.CheckPoint::topics).max().orElse(0));
        data.put("areas", areaLines);

        List<ActivityRow> activity = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            MasteryHistory.Period p = periods.get(i);
            if (p.answers() > 0 || p.readinessTopicsMastered() != null) {
                activity.add(new ActivityRow(labels.get(i), p.answers(), p.correct(), p.skillsMastered(), p.readinessTopicsMastered()));
            }
        }
        return new MasteryChart(history, labels, JSON.writeValueAsString(data), summary(history, labels),
                areaSummary(areaRows, labels), List.copyOf(activity), List.copyOf(areaRows));
    }

    private static String summary(MasteryHistory history, List<String> labels) {
        if (history.isEmpty()) {
            return "No practice answers yet.";
        }
        List<MasteryHistory.Period> periods = history.periods();
        StringBuilder text = new StringBuilder("Skills mastered from practice, per ")
                .append(history.granularity() == MasteryHistory.Granularity.WEEK ? "week" : "day").append(": ")
                .append(periods.get(0).skillsMastered()).append(" of ").append(history.skills()).append(" on ").append(labels.get(0));
        if (periods.size() > 1) {
            text.append(", ").append(periods.get(periods.size() - 1).skillsMastered()).append(" of ").append(history.skills())
                    .append(" on ").append(labels.get(labels.size() - 1));
        }
        text.append(", from ").append(history.totalAnswers()).append(" answers, ").append(history.totalCorrect()).append(" right.");
        List<MasteryHistory.CheckPoint> checks = history.readinessChecks();
        if (!checks.isEmpty()) {
            MasteryHistory.CheckPoint latest = checks.get(checks.size() - 1);
            text.append(" Readiness checks finished: ").append(checks.size()).append("; the latest found ")
                    .append(latest.topicsMastered()).append(" of ").append(latest.topics()).append(" topics mastered.");
        }
        return text.toString();
    }

    private static String areaSummary(List<AreaRow> rows, List<String> labels) {
        if (rows.isEmpty()) {
            return "No area practised yet.";
        }
        StringBuilder text = new StringBuilder("Mean mastery of each practised area's skills, ").append(labels.get(0))
                .append(" to ").append(labels.get(labels.size() - 1)).append(": ");
        for (int i = 0; i < rows.size(); i++) {
            AreaRow row = rows.get(i);
            text.append(i == 0 ? "" : "; ").append(row.title()).append(" ").append(row.firstPercent()).append("% to ")
                    .append(row.latestPercent()).append("%");
        }
        return text.append('.').toString();
    }

    private static int percent(double p) {
        return (int) Math.round(p * 100);
    }
}
