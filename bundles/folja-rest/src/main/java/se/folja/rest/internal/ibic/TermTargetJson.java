package se.folja.rest.internal.ibic;

/** What a term maps to: an ICF code, or (exactly one of the two) a life area. */
public record TermTargetJson(String icf, String lifeArea) {
}
