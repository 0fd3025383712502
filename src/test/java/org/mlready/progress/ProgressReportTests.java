package org.mlready.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mlready.curriculum.Area;
import org.mlready.curriculum.Curriculum;
import org.mlready.curriculum.Prerequisite;
import org.mlready.curriculum.PrerequisiteGraph;
import org.mlready.curriculum.Resource;
import org.mlready.curriculum.ResourceKind;
import org.mlready.curriculum.Skill;
import org.mlready.curriculum.SkillKind;
import org.mlready.curriculum.Topic;

class ProgressReportTests {

    private static Topic topic(String id, String area, int... hours) {
        var resources = new java.util.ArrayList<Resource>();
        for (int i = 0; i < hours.length; i++) {
            resources.add(new Resource(id + "-r" + i, id + " resource " + i, "d", ResourceKind.BOOK, true, null, null, hours[i]));
        }
        return new Topic(id, id, "s", area, List.of(new Skill(id + "-s", "skill", SkillKind.SKILL, id)), resources);
    }

    // maths: algebra (10 + 30 h) -> calculus (20 h); code: python (40 h)
    private final Curriculum curriculum = new Curriculum(
            List.of(new Area("maths", "Maths", "", 1, List.of(topic("algebra", "maths", 10, 30), topic("calculus", "maths", 20))),
                    new Area("code", "Code", "", 2, List.of(topic("python", "code", 40)))),
            List.of(), List.of(new Prerequisite("algebra", "calculus", "why")),
            new PrerequisiteGraph(List.of("algebra", "calculus", "python"), List.of(new Prerequisite("algebra", "calculus", "why"))));

    @Test
    void nothingDoneMeansZeroPercentAndAllHoursLeft() {
        var report = ProgressReport.of(curriculum, new Progress(Set.of(), Set.of(), Map.of()), List.of());
        assertThat(report.percentComplete()).isZero();
        assertThat(report.hoursLeft()).isEqualTo(100);
        assertThat(report.next()).extracting(ProgressReport.NextStep::topicId).containsExactly("algebra", "python");
    }

    @Test
    void finishedResourcesCountByTheirHoursAndStudiedTopicsCountWhole() {
        var report = ProgressReport.of(curriculum, new Progress(Set.of("algebra-r1"), Set.of("python"), Map.of()), List.of());
        assertThat(report.hoursDone()).isEqualTo(30 + 40);
        assertThat(report.percentComplete()).isEqualTo(70);
        assertThat(report.hoursLeft()).isEqualTo(30);
        assertThat(report.areas()).extracting(ProgressReport.AreaProgress::percent).containsExactly(50, 100);
        assertThat(report.next()).extracting(ProgressReport.NextStep::resourceId).containsExactly("algebra-r0");
    }

    @Test
    void aTopicIsOnlyNextOnceItsPrerequisitesAreDone() {
        var report = ProgressReport.of(curriculum, new Progress(Set.of("algebra-r0", "algebra-r1"), Set.of(), Map.of()), List.of());
        assertThat(report.topics().get(0).done()).isTrue();
        assertThat(report.next()).extracting(ProgressReport.NextStep::topicId).containsExactly("calculus", "python");
    }

    @Test
    void theBackgroundsEmphasisedAreasComeFirst() {
        var report = ProgressReport.of(curriculum, Progress.empty(), List.of("code"));
        assertThat(report.next()).extracting(ProgressReport.NextStep::topicId).containsExactly("python", "algebra");
    }
}
