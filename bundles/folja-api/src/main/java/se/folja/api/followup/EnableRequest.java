package se.folja.api.followup;

import java.time.LocalDate;

/**
 * What an administrator asks to enable, as sent: every field may be null and is checked by the service.
 *
 * @param template the template's code (required)
 * @param version the version to enable, or null for the latest
 * @param unit the unit's code (required; an active unit)
 * @param from the first day, or null for today
 * @param to the last day, or null for open-ended
 * @since 1.1.0
 */
public record EnableRequest(String template, Integer version, String unit, LocalDate from, LocalDate to) {
}
