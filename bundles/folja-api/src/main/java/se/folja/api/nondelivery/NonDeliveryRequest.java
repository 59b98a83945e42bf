package se.folja.api.nondelivery;

/**
 * A registration as the user entered it; {@link NonDeliveries#register} validates every field and names each
 * invalid one.
 *
 * @param journalEntryId the host journal's entry id (1-100 printable characters); the idempotency key
 * @param client personnummer or samordningsnummer in any written form; may be null if the journal entry
 *     has one (it must then be the same)
 * @param unit the unit's code; the user must belong to it; may be null (the journal entry's unit decides, and a
 *     different one is refused)
 * @param interventionType an active intervention type's code
 * @param plannedStart ISO date and time, local to Europe/Stockholm ({@code 2026-01-12T09:00}) or with its
 *     offset ({@code 2026-10-25T02:30+01:00}, needed only in the hour the clocks go back); may be null if the
 *     journal entry has one (it must then be the same instant)
 * @param reasonCode an active reason's code
 * @param comment optional free text, at most 2,000 characters
 * @since 1.0.0
 */
public record NonDeliveryRequest(
        String journalEntryId,
        String client,
        String unit,
        String interventionType,
        String plannedStart,
        String reasonCode,
        String comment) {

    /** Masked: the client and comment never reach a log line through {@code toString}. */
    @Override
    public String toString() {
        return "NonDeliveryRequest[unit=" + unit + ", reason=" + reasonCode + "]";
    }
}
