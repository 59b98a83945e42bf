package se.folja.api.export;

import java.util.Locale;
import java.util.Optional;

/**
 * What a non-delivery aggregate may be grouped by. At most one of {@link #WEEK} and {@link #MONTH}.
 *
 * @since 1.0.0
 */
public enum Dimension {
    /** ISO week of the planned visit, e.g. {@code 2026-W36}. */
    WEEK("week"),
    /** Month of the planned visit, e.g. {@code 2026-09}. */
    MONTH("month"),
    /** The unit's code. */
    UNIT("unit"),
    /** The reason's code. */
    REASON("reason"),
    /** {@code CLIENT} or {@code ORGANISATION}. */
    INITIATOR("initiator"),
    /** The intervention type's code. */
    INTERVENTION_TYPE("interventionType"),
    /** The client's legal gender. */
    GENDER("gender"),
    /** The client's age band at the visit. */
    AGE_BAND("ageBand"),
    /** A life area of assessed need of the client in the period ({@code NONE} without); a visit counts in each. */
    LIFE_AREA("lifeArea");

    private final String parameter;

    Dimension(String parameter) {
        this.parameter = parameter;
    }

    /** @return the name in requests and exports, e.g. {@code interventionType} */
    public String parameter() {
        return parameter;
    }

    /** @return whether grants know this dimension, so that a rate to granted sessions can be given */
    public boolean ofGrants() {
        return this != REASON && this != INITIATOR && this != LIFE_AREA;
    }

    /** @return the dimension of that request name (either case), if any */
    public static Optional<Dimension> ofParameter(String name) {
        for (Dimension d : values()) {
            if (d.parameter.equalsIgnoreCase(name.strip()) || d.name().equals(name.strip().toUpperCase(Locale.ROOT))) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
