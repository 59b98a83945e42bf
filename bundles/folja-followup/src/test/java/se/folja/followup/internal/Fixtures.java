package se.folja.followup.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The accepted template every refusal test changes in one place, and the means to change it. */
final class Fixtures {

    static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    static byte[] everyTypeBytes() {
        try (InputStream in = Fixtures.class.getResourceAsStream("every-type.json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode everyType() {
        try {
            return (ObjectNode) JSON.readTree(everyTypeBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a JSON value written with single quotes, e.g. {@code "{'a': 1}"}. */
    static JsonNode json(String value) {
        try {
            return JSON.readTree(value.replace('\'', '"'));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets (or appends, with the last segment {@code -}) the value at {@code pointer}. */
    static void set(JsonNode doc, String pointer, String jsonValue) {
        JsonPointer p = JsonPointer.compile(pointer);
        JsonNode parent = doc.at(p.head());
        String last = p.last().getMatchingProperty();
        JsonNode value = json(jsonValue);
        if (parent instanceof ArrayNode array) {
            if ("-".equals(last)) {
                array.add(value);
            } else {
                array.set(Integer.parseInt(last), value);
            }
        } else if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else {
            throw new IllegalArgumentException("no parent at " + pointer);
        }
    }

    static void remove(JsonNode doc, String pointer) {
        JsonPointer p = JsonPointer.compile(pointer);
        JsonNode parent = doc.at(p.head());
        String last = p.last().getMatchingProperty();
        if (parent instanceof ArrayNode array) {
            array.remove(Integer.parseInt(last));
        } else if (parent instanceof ObjectNode object) {
            if (object.remove(last) == null) {
                throw new IllegalArgumentException("nothing at " + pointer);
            }
        } else {
            throw new IllegalArgumentException("no parent at " + pointer);
        }
    }

    static byte[] bytes(JsonNode doc) {
        return doc.toString().getBytes(StandardCharsets.UTF_8);
    }
}
