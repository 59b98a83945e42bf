package se.folja.rest.internal.ibic;

import java.util.List;

import se.folja.api.ibic.AssessmentRequest;

/** An assessment to record or correct; {@code client} is ignored in a correction. */
public record AssessmentRequestJson(String client, String unit, String assessedOn, String caseOfficer,
        List<NeedJson> needs) {

    AssessmentRequest toRequest() {
        return new AssessmentRequest(client, unit, assessedOn, caseOfficer,
                needs == null ? null : needs.stream().map(n -> n == null ? null : n.toRequest()).toList());
    }

    /** Masked: the client never reaches a log line through {@code toString}. */
    @Override
    public String toString() {
        return "AssessmentRequestJson[unit=" + unit + "]";
    }
}
