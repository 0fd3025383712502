package org.mlready.curriculum;

public enum ResourceKind {
    COURSE, BOOK, DOCS, VIDEO, TUTORIAL;

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase();
    }
}
