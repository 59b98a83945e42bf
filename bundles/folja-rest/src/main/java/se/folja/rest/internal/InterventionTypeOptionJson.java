package se.folja.rest.internal;

/** One choosable intervention type, labelled in the requested language. */
public record InterventionTypeOptionJson(String code, String label) {
}
