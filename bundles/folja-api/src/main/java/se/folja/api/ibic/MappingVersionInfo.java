package se.folja.api.ibic;

import java.time.Instant;
import java.util.Objects;

/**
 * One version of the term mappings: every change of a mapping makes a new version, and assessments keep the
 * version they were made with. Version 0 is the empty mapping before any change.
 *
 * @param version 1, 2, … in the order of the changes
 * @param lifeAreasVersion the life areas' version the codes were mapped with
 * @param change what changed, e.g. {@code PUT NEED_LABEL} or {@code REMOVE INTERVENTION_TYPE}
 * @param term the term that changed
 * @param changedBy login name, or {@code config:<pid>}
 * @param changedAt when
 * @param terms how many terms the version maps
 * @since 1.0.0
 */
public record MappingVersionInfo(long version, String lifeAreasVersion, String change, String term, String changedBy,
        Instant changedAt, int terms) {

    public MappingVersionInfo {
        Objects.requireNonNull(lifeAreasVersion, "lifeAreasVersion");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(changedBy, "changedBy");
        Objects.requireNonNull(changedAt, "changedAt");
    }
}
