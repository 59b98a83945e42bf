package se.folja.api.export;

import java.util.Objects;
import java.util.Set;

/**
 * What a follow-up export reads: one template's enrolments and responses, in one version of it or in all, in some
 * units or every unit.
 *
 * @param template the template's code, never null
 * @param version one version of the template, or null for every version
 * @param units the units' codes; empty for every unit the reader reaches
 * @since 1.2.0
 */
public record FollowUpSelection(String template, Integer version, Set<String> units) {

    public FollowUpSelection {
        Objects.requireNonNull(template, "template");
        units = units == null ? Set.of() : Set.copyOf(units);
    }
}
