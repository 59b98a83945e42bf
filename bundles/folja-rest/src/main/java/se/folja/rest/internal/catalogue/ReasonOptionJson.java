package se.folja.rest.internal.catalogue;

import se.folja.api.reasons.Initiator;
import se.folja.api.reasons.Language;
import se.folja.api.reasons.ReasonCode;

/**
 * One entry of the reason dropdown, labelled in the requested language.
 *
 * @param code the stable code to store with the registration, e.g. {@code BORTREST}
 * @param label the label to show
 * @param initiator who causes a cancellation for this reason
 * @param sortOrder the entry's position; the list is already sorted by it
 */
public record ReasonOptionJson(String code, String label, Initiator initiator, int sortOrder) {

    static ReasonOptionJson of(ReasonCode reason, Language language) {
        return new ReasonOptionJson(reason.code(), reason.label(language), reason.initiator(), reason.sortOrder());
    }
}
