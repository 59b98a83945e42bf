package se.folja.api.export;

/**
 * A ranked line of a summary: a reason or life area with its events and individuals, or suppressed.
 *
 * @param code the reason's or life area's code
 * @param labelSv its Swedish label
 * @param events cancellations, or null if suppressed
 * @param individuals distinct clients, or null if suppressed
 * @param suppressed true if it counts fewer than k clients, or hides such a line from the total
 * @since 1.0.0
 */
public record RankedCount(String code, String labelSv, Long events, Long individuals, boolean suppressed) {
}
