package se.folja.api.followup;

import java.util.List;
import java.util.Objects;

/**
 * The clients a template is meant for, within the units that enable it.
 *
 * @param interventionTypes intervention type codes; empty for every type, never null
 * @param ageYears the clients' ages, never null ({@link AgeRange#ANY} for every age)
 * @param interventionRunning how long the intervention has run, or null for any time
 * @since 1.0.0
 */
public record Population(List<String> interventionTypes, AgeRange ageYears, RunningTime interventionRunning) {

    /** Everyone the enabling unit serves. */
    public static final Population EVERYONE = new Population(List.of(), AgeRange.ANY, null);

    public Population {
        interventionTypes = List.copyOf(interventionTypes);
        Objects.requireNonNull(ageYears, "ageYears");
    }
}
