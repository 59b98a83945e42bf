package se.folja.rest.internal.followup;

import java.time.Instant;

import se.folja.api.followup.ResponseChangeKind;
import se.folja.api.followup.ResponseRevision;

/** One revision of a response: what the change did, who made it when, and the response with its answers after it. */
public record ResponseRevisionJson(long revision, ResponseChangeKind kind, String changedBy, Instant changedAt,
        ResponseJson state) {

    static ResponseRevisionJson of(ResponseRevision r) {
        return new ResponseRevisionJson(r.state().revision(), r.kind(), r.state().changedBy(), r.state().changedAt(),
                ResponseJson.of(r.state()));
    }
}
