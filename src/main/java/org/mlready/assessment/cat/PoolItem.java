package org.mlready.assessment.cat;

import java.util.Objects;
import org.mlready.assessment.item.IrtParameters;

/**
 * One question the adaptive test may ask: its id (for generated items {@code familyId#seed}, see
 * {@link org.mlready.assessment.item.ItemInstance#id()}), where it sits in the curriculum, and its IRT parameters.
 */
public record PoolItem(String id, String topicId, String areaId, String skillId, IrtParameters irt) {

    public PoolItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(topicId, "topicId");
        Objects.requireNonNull(areaId, "areaId");
        Objects.requireNonNull(skillId, "skillId");
        Objects.requireNonNull(irt, "irt");
    }

    /** The family part of the id (everything before the last {@code #}), or the whole id if it has none. */
    public String familyId() {
        int hash = id.lastIndexOf('#');
        return hash < 0 ? id : id.substring(0, hash);
    }

    /** The seed part of the id, if the id has the {@code family#seed} form. */
    public java.util.OptionalLong seed() {
        int hash = id.lastIndexOf('#');
        if (hash < 0) {
            return java.util.OptionalLong.empty();
        }
        try {
            return java.util.OptionalLong.of(Long.parseLong(id.substring(hash + 1)));
        } catch (NumberFormatException e) {
            return java.util.OptionalLong.empty();
        }
    }
}
