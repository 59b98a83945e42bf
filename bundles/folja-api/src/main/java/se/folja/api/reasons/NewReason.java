package se.folja.api.reasons;

/**
 * What an administrator gives to add a reason. Fields may be null here; the catalogue validates them
 * and names every invalid one.
 *
 * @param code the stable code to create, e.g. {@code SJUKHUSVISTELSE}
 * @param labelSv Swedish label, required
 * @param labelEn English label, required
 * @param initiator required
 * @param sortOrder position in the dropdown; null places the reason last
 * @since 1.0.0
 */
public record NewReason(String code, String labelSv, String labelEn, Initiator initiator, Integer sortOrder) {
}
