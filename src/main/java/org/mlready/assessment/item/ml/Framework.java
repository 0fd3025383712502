package org.mlready.assessment.item.ml;

/** The deep-learning library a model description is written for; it fixes the API names and the tensor layout. */
enum Framework {
    /** Keras: channels-last tensors, padding given as 'same' or 'valid'. */
    KERAS("tensorflow-keras", "keras", "Keras"),
    /** PyTorch: channels-first tensors, padding given as a number of zeros. */
    PYTORCH("pytorch", "pytorch", "PyTorch");

    final String skillId;
    final String idPrefix;
    final String displayName;

    Framework(String skillId, String idPrefix, String displayName) {
        this.skillId = skillId;
        this.idPrefix = idPrefix;
        this.displayName = displayName;
    }

    boolean channelsLast() {
        return this == KERAS;
    }
}
