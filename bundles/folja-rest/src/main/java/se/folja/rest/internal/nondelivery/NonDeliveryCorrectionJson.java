package se.folja.rest.internal.nondelivery;

import io.swagger.v3.oas.annotations.media.Schema;

import se.folja.api.nondelivery.NonDeliveryCorrection;

/** The body of {@code PATCH /non-deliveries/{id}}: the fields to correct; absent ones stay. */
@Schema(description = "Fields to correct; absent fields stay, an empty comment removes it")
public record NonDeliveryCorrectionJson(
        String client, String unit, String interventionType, String plannedStart, String reasonCode,
        String comment) {

    NonDeliveryCorrection toCorrection() {
        return new NonDeliveryCorrection(client, unit, interventionType, plannedStart, reasonCode, comment);
    }

    /** Masked: the client and comment never reach a log line. */
    @Override
    public String toString() {
        return "NonDeliveryCorrectionJson[unit=" + unit + "]";
    }
}
