package se.folja.api.ibic;

/**
 * Cancelling clients and their cancellations in a unit and life area, or a total of them.
 *
 * @param unit the unit's code, or null for every unit
 * @param lifeArea the area's code, or null for every cancelling client whatever their needs
 * @param clients distinct cancelling clients
 * @param cancellations their active non-deliveries in the period (in the unit, if one is named)
 * @since 1.0.0
 */
public record UnitAreaCount(String unit, String lifeArea, long clients, long cancellations) {
}
