package org.mlready.verdict;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Collectors;
import org.mlready.assessment.ReadinessChecks;
import org.mlready.curriculum.Curriculum;
import org.mlready.labs.HandsOnLabs;
import org.mlready.progress.LearnerProgress;
import org.mlready.progress.MasteryTracker;
import org.mlready.progress.Module1Outlook;
import org.springframework.stereotype.Service;

/** Gathers a learner's evidence from the readiness checks, practice, progress and labs, and applies the rule. */
@Service
class Module1Verdicts implements Module1Outlook {

    private final LearnerProgress progress;
    private final MasteryTracker mastery;
    private final ReadinessChecks checks;
    private final HandsOnLabs labs;
    private final Module1ReadinessRule rule;

    Module1Verdicts(LearnerProgress progress, MasteryTracker mastery, ReadinessChecks checks, HandsOnLabs labs,
                    Curriculum curriculum) {
        this.progress = progress;
        this.mastery = mastery;
        this.checks = checks;
        this.labs = labs;
        this.rule = new Module1ReadinessRule(curriculum);
    }

    Module1Verdict of(long accountId) {
        return rule.decide(evidence(accountId));
    }

    @Override
    public Line line(long accountId) {
        LearnerEvidence evidence = evidence(accountId);
        Module1Verdict verdict = rule.decide(evidence);
        LearnerEvidence.CheckEvidence check = evidence.latestCheck();
        return new Line(verdict.ready(), verdict.demonstrated(), verdict.total(), check == null ? null : check.checkId(),
                check == null ? null : check.completedOn());
    }

    private LearnerEvidence evidence(long accountId) {
        LearnerEvidence.CheckEvidence check = checks.latestCompleted(accountId).map(c -> new LearnerEvidence.CheckEvidence(
                c.checkId(), day(c.completedAt()), c.topics().entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().pMastered())))).orElse(null);
        Map<String, LearnerEvidence.SkillPractice> practice = mastery.all(accountId).values().stream()
                .collect(Collectors.toMap(m -> m.skillId(), m -> new LearnerEvidence.SkillPractice(m.probability(), m.attempts())));
        var handsOn = new LearnerEvidence.HandsOnEvidence(labs.validatedTopicId(), labs.standings(accountId).stream()
                .map(l -> new LearnerEvidence.LabEvidence(l.slug(), l.title(), l.path(),
                        l.firstPassedAt() == null ? null : day(l.firstPassedAt()))).toList());
        var skillLabs = labs.skillLabStandings(accountId).stream().map(l -> new LearnerEvidence.SkillLabEvidence(
                new LearnerEvidence.LabEvidence(l.slug(), l.title(), l.path(),
                        l.firstPassedAt() == null ? null : day(l.firstPassedAt())), java.util.Set.copyOf(l.skillIds()))).toList();
        return new LearnerEvidence(progress.of(accountId).studiedTopics(), check, practice, handsOn, skillLabs);
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
