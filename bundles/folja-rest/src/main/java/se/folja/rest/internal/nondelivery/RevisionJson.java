package se.folja.rest.internal.nondelivery;

import java.time.Instant;
import java.util.List;

import se.folja.api.nondelivery.NonDeliveryRevision;
import se.folja.api.nondelivery.RevisionKind;

/** One revision of a registration: who changed which fields when, and the registration afterwards. */
public record RevisionJson(
        long revision, RevisionKind kind, String changedBy, Instant changedAt, List<String> changedFields,
        NonDeliveryJson state) {

    static RevisionJson of(NonDeliveryRevision r) {
        return new RevisionJson(r.revision(), r.kind(), r.changedBy(), r.changedAt(), r.changedFields(),
                NonDeliveryJson.of(r.state()));
    }
}
