package se.folja.rest.internal.problem;

import java.util.List;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import se.folja.api.FieldError;

/** The kinds of problem Följa answers with, and how to build their responses. */
public enum Problems {
    VALIDATION(400, "Invalid request"),
    MALFORMED_JSON(400, "Malformed JSON"),
    BAD_REQUEST(400, "Bad request"),
    UNAUTHORIZED(401, "Authentication required"),
    FORBIDDEN(403, "Forbidden"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    CONFLICT(409, "Conflict"),
    PAYLOAD_TOO_LARGE(413, "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    PRECONDITION_REQUIRED(428, "Precondition required"),
    INTERNAL(500, "Internal error"),
    UNAVAILABLE(503, "Service unavailable");

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:folja:problem:";

    private final int status;
    private final String title;

    Problems(int status, String title) {
        this.status = status;
        this.title = title;
    }

    int status() {
        return status;
    }

    /** @return the problem's type URI, e.g. {@code urn:folja:problem:validation} */
    public String type() {
        return TYPE_PREFIX + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    ProblemJson body(String detail, List<FieldError> errors) {
        return new ProblemJson(type(), title, status, detail, errors == null || errors.isEmpty() ? null : errors);
    }

    public Response response(String detail) {
        return response(detail, List.of());
    }

    public Response response(String detail, List<FieldError> errors) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(body(detail, errors))
                .build();
    }

    /** @return the problem for an HTTP status that CXF itself produced, e.g. an unmatched path */
    static Problems forStatus(int status) {
        for (Problems problem : values()) {
            if (problem.status == status && problem != VALIDATION && problem != MALFORMED_JSON) {
                return problem;
            }
        }
        return status >= 500 ? INTERNAL : BAD_REQUEST;
    }
}
