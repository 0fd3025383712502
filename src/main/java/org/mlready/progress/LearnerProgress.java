package org.mlready.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mlready.account.Account;
import org.mlready.account.Profiles;
import org.mlready.curriculum.Curriculum;
import org.mlready.curriculum.Pathway;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** Records a learner's progress, checking every id against the curriculum, and reports on it. */
@Service
public class LearnerProgress {

    private final ProgressStore store;
    private final Curriculum curriculum;
    private final Profiles profiles;

    LearnerProgress(ProgressStore store, Curriculum curriculum, Profiles profiles) {
        this.store = store;
        this.curriculum = curriculum;
        this.profiles = profiles;
    }

    public Progress of(long accountId) {
        return store.load(accountId);
    }

    public ProgressReport report(long accountId) {
        return report(accountId, store.load(accountId));
    }

    /** The report on progress the caller has already loaded with {@link #of(long)}. */
    public ProgressReport report(long accountId, Progress progress) {
        Account account = profiles.get(accountId);
        List<String> emphasis = account.background() == null ? List.of()
                : curriculum.pathway(account.background()).map(Pathway::emphasisAreaIds).orElse(List.of());
        return ProgressReport.of(curriculum, progress, emphasis);
    }

    @Transactional
    public void markResource(long accountId, String resourceId, boolean done) {
        if (curriculum.anyResource(resourceId).isEmpty()) {
            throw notFound("resource", resourceId);
        }
        idempotent(() -> store.setResourceDone(accountId, resourceId, done));
    }

    @Transactional
    public void markTopic(long accountId, String topicId, boolean studied) {
        if (curriculum.topic(topicId).isEmpty()) {
            throw notFound("topic", topicId);
        }
        idempotent(() -> store.setTopicStudied(accountId, topicId, studied));
    }

    @Transactional
    public void rateSkill(long accountId, String skillId, Integer level) {
        if (curriculum.skill(skillId).isEmpty()) {
            throw notFound("skill", skillId);
        }
        checkLevel(skillId, level);
        idempotent(() -> store.setConfidence(accountId, skillId, level));
    }

    /**
     * Records that the learner passed the checkpoint quiz on these topics (which marks the plan's checkpoint task
     * done). Joins the caller's transaction, so the pass commits with the answer that earned it.
     */
    @Transactional
    public void recordCheckpointPass(long accountId, java.util.Collection<String> topicIds) {
        List<String> unknown = topicIds.stream().filter(id -> curriculum.topic(id).isEmpty()).sorted().toList();
        if (topicIds.isEmpty() || !unknown.isEmpty()) {
            throw new IllegalArgumentException("a checkpoint pass needs known topics, not " + topicIds);
        }
        idempotent(() -> store.addCheckpointPass(accountId, Progress.checkpointKey(topicIds)));
    }

    /** Replaces all of a learner's progress at once, after checking every id and level. */
    @Transactional
    public void replace(long accountId, Progress progress) {
        List<String> unknown = new ArrayList<>();
        progress.completedResources().stream().filter(id -> curriculum.anyResource(id).isEmpty()).sorted()
                .forEach(id -> unknown.add("resource '" + id + "'"));
        progress.studiedTopics().stream().filter(id -> curriculum.topic(id).isEmpty()).sorted()
                .forEach(id -> unknown.add("topic '" + id + "'"));
        progress.skillConfidence().keySet().stream().filter(id -> curriculum.skill(id).isEmpty()).sorted()
                .forEach(id -> unknown.add("skill '" + id + "'"));
        if (!unknown.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown ids: " + String.join(", ", unknown) + ".");
        }
        progress.skillConfidence().forEach(this::checkLevel);
        store.clear(accountId);
        progress.completedResources().forEach(id -> store.setResourceDone(accountId, id, true));
        progress.studiedTopics().forEach(id -> store.setTopicStudied(accountId, id, true));
        for (Map.Entry<String, Integer> rating : progress.skillConfidence().entrySet()) {
            store.setConfidence(accountId, rating.getKey(), rating.getValue());
        }
    }

    private void checkLevel(String skillId, Integer level) {
        if (level != null && (level < 1 || level > 5)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "Confidence for skill '" + skillId + "' must be 1 to 5, not " + level + ".");
        }
    }

    private static void idempotent(Runnable write) {
        try {
            write.run();
        } catch (DuplicateKeyException sameWriteRaced) {
            // Two identical writes crossed; the row they both wanted is there.
        }
    }

    private static ResponseStatusException notFound(String kind, String id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No " + kind + " with id '" + id + "'.");
    }
}
