package se.folja.api.nondelivery;

/**
 * The answer to a registration.
 *
 * @param nonDelivery the registration as stored
 * @param created true if this request stored it; false if the same registration was stored before (the
 *     request was repeated) and nothing new was stored
 * @since 1.0.0
 */
public record Registration(NonDelivery nonDelivery, boolean created) {
}
