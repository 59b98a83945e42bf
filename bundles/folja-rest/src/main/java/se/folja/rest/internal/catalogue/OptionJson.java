package se.folja.rest.internal.catalogue;

/** One choosable item (intervention type, unit), labelled in the requested language. */
public record OptionJson(String code, String label) {
}
