package se.folja.rest.internal.catalogue;

import se.folja.api.reasons.Initiator;
import se.folja.api.reasons.NewReason;

/** The body of {@code POST /admin/reason-codes}. */
public record NewReasonJson(String code, String labelSv, String labelEn, Initiator initiator, Integer sortOrder) {

    NewReason toNewReason() {
        return new NewReason(code, labelSv, labelEn, initiator, sortOrder);
    }
}
