package se.folja.rest.internal.problem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import se.folja.api.ConflictException;
import se.folja.api.FieldError;
import se.folja.api.ForbiddenException;
import se.folja.api.NotFoundException;
import se.folja.api.TemporarilyUnavailableException;
import se.folja.api.UnavailableException;
import se.folja.api.ValidationException;
import se.folja.rest.internal.FoljaApplication;

/**
 * Turns every exception that reaches JAX-RS into an {@code application/problem+json} response. A
 * client's mistake is a 4xx naming the problem; anything else is a 500 with an incident id and no
 * details, and is logged without exception messages (they may quote stored values).
 */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsApplicationSelect(FoljaApplication.SELECT)
public final class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

    @Override
    public Response toResponse(Throwable exception) {
        if (exception instanceof ValidationException e) {
            return Problems.VALIDATION.response(e.getMessage(), e.errors());
        }
        if (exception instanceof NotFoundException e) {
            return Problems.NOT_FOUND.response(e.getMessage());
        }
        if (exception instanceof ForbiddenException e) {
            return Problems.FORBIDDEN.response(e.getMessage());
        }
        if (exception instanceof ConflictException e) {
            return Problems.CONFLICT.response(e.getMessage());
        }
        if (exception instanceof TemporarilyUnavailableException e) {
            return unavailable(e);
        }
        if (exception instanceof UnavailableException e) {
            return Problems.UNAVAILABLE.response(e.getMessage());
        }
        if (exception instanceof ProblemException e) {
            return e.response();
        }
        if (exception instanceof JsonProcessingException e) {
            return json(e);
        }
        if (exception instanceof WebApplicationException e) {
            return webApplication(e);
        }
        String incident = UUID.randomUUID().toString();
        LOG.error("Incident {}: unexpected {}", incident, describe(exception));
        return Problems.INTERNAL.response("An unexpected error occurred; its incident id is " + incident
                + ". Nothing of the request was stored.");
    }

    /** 503 with Retry-After: the database could not serve now; the cause is logged without messages. */
    private static Response unavailable(TemporarilyUnavailableException e) {
        LOG.warn("Answered 503: {}", e.getCause() == null ? "unavailable" : describe(e.getCause()));
        return Response.fromResponse(Problems.UNAVAILABLE.response(e.getMessage()))
                .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds())
                .build();
    }

    private static Response json(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return Problems.VALIDATION.response("The request has a field this resource does not know",
                    List.of(new FieldError(path(u), "is not a known field; known fields: "
                            + u.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                                    .collect(Collectors.joining(", ")))));
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            String allowed = Arrays.stream(f.getTargetType().getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
            return Problems.VALIDATION.response("A field has a value that is not allowed",
                    List.of(new FieldError(path(f), "must be one of " + allowed)));
        }
        InputCoercionException range = cause(e, InputCoercionException.class);
        if (range != null) {
            return Problems.VALIDATION.response("A field has a number beyond its range",
                    List.of(new FieldError(path(e), "must be " + typeName(range.getTargetType())
                            + rangeOf(range.getTargetType()))));
        }
        if (duplicateKey(e)) {
            return Problems.VALIDATION.response("A field is given more than once",
                    List.of(new FieldError(path(e), "is given more than once; give each field once")));
        }
        if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            return Problems.VALIDATION.response("A field has the wrong type",
                    List.of(new FieldError(path(m), "has the wrong type"
                            + (m.getTargetType() != null ? ": expected " + typeName(m.getTargetType()) : ""))));
        }
        JsonLocation location = e.getLocation();
        String where = location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
        return Problems.MALFORMED_JSON.response("The request body is not well-formed JSON of the expected shape" + where);
    }

    /** Jackson's strict duplicate detection has no exception type of its own, only its message. */
    private static boolean duplicateKey(JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonProcessingException j && j.getOriginalMessage() != null
                    && j.getOriginalMessage().startsWith("Duplicate ")) {
                return true;
            }
        }
        return false;
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String rangeOf(Class<?> type) {
        if (type == Integer.class || type == int.class) {
            return " from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        if (type == Long.class || type == long.class) {
            return " from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
        }
        return " within its range";
    }

    private static Response webApplication(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        Problems problem = Problems.forStatus(status);
        if (status >= 500) {
            String incident = UUID.randomUUID().toString();
            LOG.error("Incident {}: unexpected {}", incident, describe(e));
            return problem.response("An unexpected error occurred; its incident id is " + incident);
        }
        String detail = switch (problem) {
            case NOT_FOUND -> "There is no such resource";
            case METHOD_NOT_ALLOWED -> "This resource does not support that method";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the request body as application/json";
            case NOT_ACCEPTABLE -> "This resource answers with application/json";
            default -> "The request was not understood";
        };
        Response.ResponseBuilder builder = Response.fromResponse(problem.response(detail));
        if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
            builder.header("Allow", e.getResponse().getHeaderString("Allow"));
        }
        return builder.status(status).build();
    }

    /**
     * @return the JSON path of the failing field, e.g. {@code labelSv} or {@code items[2].code}: databind's
     *     path if it has one, else where the parser stood (a duplicate key, a number beyond its range), else
     *     {@code body}
     */
    static String path(JsonProcessingException e) {
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            return path(m);
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StreamReadException r && r.getProcessor() != null) {
                String at = path(r.getProcessor().getParsingContext());
                if (!at.isEmpty()) {
                    return at;
                }
            }
        }
        return e instanceof JsonMappingException m ? path(m) : "body";
    }

    /** @return the path of the parser's position, e.g. {@code needs[1].qualifier}; empty at the top */
    private static String path(JsonStreamContext context) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                parts.add(0, c.getCurrentName());
            } else if (c.inArray()) {
                parts.add(0, "[" + Math.max(c.getCurrentIndex(), 0) + "]");
            }
        }
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            if (path.length() > 0 && !part.startsWith("[")) {
                path.append('.');
            }
            path.append(part);
        }
        return path.toString();
    }

    /** @return the JSON path of databind's references, or {@code body} if it has none */
    static String path(DatabindException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : ((JsonMappingException) e).getPath()) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "body" : path.toString();
    }

    private static String typeName(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }

    /** The exception chain's types and stack frames, without messages: they may quote personal data. */
    static String describe(Throwable exception) {
        List<String> lines = new ArrayList<>();
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            lines.add((lines.isEmpty() ? "" : "Caused by: ") + t.getClass().getName());
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(frames.length, 12); i++) {
                lines.add("\tat " + frames[i]);
            }
        }
        return String.join(System.lineSeparator(), lines);
    }
}
