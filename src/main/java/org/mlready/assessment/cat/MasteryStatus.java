package org.mlready.assessment.cat;

public enum MasteryStatus {
    MASTERED,
    NOT_YET,
    UNCERTAIN
}
