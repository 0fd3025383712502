package org.mlready.curriculum;

public class PrerequisiteCycleException extends RuntimeException {

    public PrerequisiteCycleException(String message) {
        super(message);
    }
}
