package se.folja.rest.internal.problem;

import javax.ws.rs.core.Response;

/** A problem found by the REST layer itself (a header or query parameter), answered as problem+json. */
public final class ProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Response response;

    public ProblemException(Response response) {
        super(null, null, false, false);
        this.response = response;
    }

    public Response response() {
        return response;
    }
}
