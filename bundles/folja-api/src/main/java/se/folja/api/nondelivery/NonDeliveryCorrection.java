package se.folja.api.nondelivery;

/**
 * A correction of a registration: every non-null field replaces the stored value, validated as at
 * registration; an empty comment removes the comment. The journal entry cannot change.
 *
 * @since 1.0.0
 */
public record NonDeliveryCorrection(
        String client,
        String unit,
        String interventionType,
        String plannedStart,
        String reasonCode,
        String comment) {

    /** @return whether no field would change */
    public boolean isEmpty() {
        return client == null && unit == null && interventionType == null && plannedStart == null
                && reasonCode == null && comment == null;
    }

    /** Masked: the client and comment never reach a log line through {@code toString}. */
    @Override
    public String toString() {
        return "NonDeliveryCorrection[unit=" + unit + ", reason=" + reasonCode + "]";
    }
}
