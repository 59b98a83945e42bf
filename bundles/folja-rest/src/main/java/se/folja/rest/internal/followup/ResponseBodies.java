package se.folja.rest.internal.followup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;

import se.folja.api.ValidationException;
import se.folja.rest.internal.json.JsonProvider;
import se.folja.rest.internal.request.LimitedBody;

/**
 * The bodies that carry a QuestionnaireResponse, read up to {@value #MAX_BYTES} bytes (a byte more is a 413 and
 * the rest is never read) by the application's strict mapper, with numbers kept exactly as written: a decimal
 * answer reaches the service as the digits the client sent, never through a {@code double}.
 */
final class ResponseBodies {

    /** The most bytes a body with a QuestionnaireResponse may have. */
    static final int MAX_BYTES = 1024 * 1024;
    static final String TOO_LARGE = "A response may be at most " + MAX_BYTES / 1024 + " kB (" + MAX_BYTES
            + " bytes)";

    private static final ObjectReader READER = JsonProvider.MAPPER.reader()
            .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);

    private ResponseBodies() {
    }

    /**
     * @throws ValidationException naming {@code body} if there is none
     * @throws se.folja.rest.internal.problem.ProblemException 413 past {@link #MAX_BYTES}
     * @throws JsonProcessingException if it is not JSON of the type (the problem mapper names the field)
     */
    static <T> T read(InputStream body, Class<T> type, String what) throws IOException {
        // not closed: the request's stream is the container's
        byte[] bytes = body == null ? new byte[0] : new LimitedBody(body, MAX_BYTES, TOO_LARGE).readAllBytes();
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            throw ValidationException.of("body", what + " is required");
        }
        T value = READER.forType(type).readValue(bytes);
        if (value == null) {
            throw ValidationException.of("body", what + " is required");
        }
        return value;
    }

    /** @return the QuestionnaireResponse as UTF-8 JSON, or null if absent or null */
    static byte[] questionnaireResponse(JsonNode node) throws JsonProcessingException {
        return node == null || node.isNull() || node.isMissingNode() ? null
                : JsonProvider.MAPPER.writeValueAsBytes(node);
    }
}
