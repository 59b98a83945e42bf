package se.folja.api.ibic;

/**
 * The outcome of mapping one code of a batch: its mapping, or why it has none.
 *
 * @param input the code as given (it is a code, never personal data)
 * @param mapping the mapping, or null if {@code error} says why there is none
 * @param error what is wrong with the code, or null
 * @since 1.0.0
 */
public record MapOutcome(String input, IcfMapping mapping, String error) {
}
