package org.mlready.progress;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.mlready.curriculum.Curriculum;
import org.mlready.curriculum.Skill;
import org.springframework.stereotype.Service;

/** Builds a learner's mastery history from their practice answers and finished readiness checks. */
@Service
public class MasteryHistories {

    private final PracticeHistory practice;
    private final ReadinessOutcomes readiness;
    private final MasteryTimeline timeline;

    MasteryHistories(PracticeHistory practice, ReadinessOutcomes readiness, Curriculum curriculum) {
        this.practice = practice;
        this.readiness = readiness;
        this.timeline = new MasteryTimeline(KnowledgeTracing.DEFAULT, curriculum.areas().stream()
                .map(a -> new MasteryTimeline.AreaSkills(a.id(), a.title(),
                        a.topics().stream().flatMap(t -> t.skills().stream()).map(Skill::id).toList()))
                .toList());
    }

    public MasteryHistory of(long accountId) {
        return timeline.build(practice.gradedAnswers(accountId), readiness.completed(accountId), LocalDate.now(ZoneOffset.UTC));
    }
}
