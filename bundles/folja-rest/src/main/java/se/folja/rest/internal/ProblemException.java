package se.folja.rest.internal;

import javax.ws.rs.core.Response;

/** A problem found by the REST layer itself (a header or query parameter), answered as problem+json. */
final class ProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Response response;

    ProblemException(Response response) {
        super(null, null, false, false);
        this.response = response;
    }

    Response response() {
        return response;
    }
}
