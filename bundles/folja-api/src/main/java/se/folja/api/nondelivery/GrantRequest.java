package se.folja.api.nondelivery;

/**
 * A grant as the user entered it; {@link Grants#create} validates every field and names each invalid one.
 *
 * @param client personnummer or samordningsnummer in any written form
 * @param unit the unit's code; the user must belong to it
 * @param interventionType an active intervention type's code
 * @param sessionsPerWeek 1 to 50
 * @param validFrom ISO date {@code 2026-01-01}
 * @param validTo ISO date, not before {@code validFrom}; null or absent for an open-ended grant
 * @since 1.0.0
 */
public record GrantRequest(
        String client, String unit, String interventionType, Integer sessionsPerWeek, String validFrom,
        String validTo) {

    /** Masked: the client never reaches a log line through {@code toString}. */
    @Override
    public String toString() {
        return "GrantRequest[unit=" + unit + ", type=" + interventionType + "]";
    }
}
