package org.mlready.curriculum;

/** One "what you need to know" line of a topic; in the assessment area these are hands-on tasks. */
public record Skill(String id, String title, SkillKind kind, String topicId) {
}
