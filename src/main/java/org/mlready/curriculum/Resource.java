package org.mlready.curriculum;

/** A named study resource from the seed: a course, book, documentation, video or tutorial. */
public record Resource(String id, String title, String description, ResourceKind kind, boolean free,
                       String access, String url, int hours) {

    public boolean hasUrl() {
        return url != null && !url.isBlank();
    }
}
