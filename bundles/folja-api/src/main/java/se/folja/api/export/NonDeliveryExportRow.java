package se.folja.api.export;

import java.util.List;
import java.util.Objects;

/**
 * One non-delivery as a statistician receives it: the client only as a keyed pseudonym, no date finer than the
 * ISO week, no free text.
 *
 * @param client the client's pseudonym: the same for the same client and key, letters only
 * @param gender {@code FEMALE} or {@code MALE} (legal gender)
 * @param ageBand the client's age at the planned visit, e.g. {@code 18-24}
 * @param unit the unit's code
 * @param interventionType the intervention type's code
 * @param reason the reason's code
 * @param initiator {@code CLIENT} or {@code ORGANISATION}
 * @param isoWeek e.g. {@code 2026-W36}
 * @param lifeAreas the life areas in which the client had an assessed need in the period, in IBIC's order
 * @since 1.0.0
 */
public record NonDeliveryExportRow(String client, String gender, String ageBand, String unit, String interventionType,
        String reason, String initiator, String isoWeek, List<String> lifeAreas) {

    public NonDeliveryExportRow {
        Objects.requireNonNull(client, "client");
        lifeAreas = List.copyOf(lifeAreas);
    }
}
