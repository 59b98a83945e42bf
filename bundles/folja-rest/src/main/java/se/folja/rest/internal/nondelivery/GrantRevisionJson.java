package se.folja.rest.internal.nondelivery;

import java.time.Instant;
import java.time.LocalDate;

import se.folja.api.nondelivery.GrantRevision;
import se.folja.api.nondelivery.GrantRevisionKind;

/** One revision of a grant: who changed it when, how, and the grant afterwards. */
public record GrantRevisionJson(long revision, GrantRevisionKind kind, String changedBy, Instant changedAt,
        GrantJson state) {

    static GrantRevisionJson of(GrantRevision r, LocalDate today) {
        return new GrantRevisionJson(r.revision(), r.kind(), r.changedBy(), r.changedAt(),
                GrantJson.of(r.state(), today));
    }
}
