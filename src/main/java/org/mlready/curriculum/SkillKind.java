package org.mlready.curriculum;

public enum SkillKind {
    SKILL, TASK
}
