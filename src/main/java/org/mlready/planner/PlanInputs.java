package org.mlready.planner;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.mlready.planner.schedule.PlanRequest;

/**
 * What a plan was computed from. The scheduler is deterministic, so these inputs give back the same plan every time;
 * they are what is stored, never the plan itself.
 */
public record PlanInputs(String background, int hoursPerWeek, LocalDate startDate, Optional<LocalDate> targetDate,
                         Set<String> masteredTopicIds, Set<String> masteredSkillIds, Set<String> completedResourceIds) {

    public PlanInputs {
        masteredTopicIds = Set.copyOf(masteredTopicIds);
        masteredSkillIds = Set.copyOf(masteredSkillIds);
        completedResourceIds = Set.copyOf(completedResourceIds);
    }

    public PlanRequest toRequest() {
        return new PlanRequest(background, hoursPerWeek, startDate, targetDate, masteredTopicIds, masteredSkillIds,
                completedResourceIds);
    }

    /** A short digest of the inputs (sets sorted), so that equal inputs give equal hashes on every machine. */
    public String hash() {
        String canonical = background + ";" + hoursPerWeek + ";" + startDate + ";" + targetDate.map(LocalDate::toString).orElse("")
                + ";" + String.join(",", new TreeSet<>(masteredTopicIds)) + ";" + String.join(",", new TreeSet<>(masteredSkillIds))
                + ";" + String.join(",", new TreeSet<>(completedResourceIds));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
