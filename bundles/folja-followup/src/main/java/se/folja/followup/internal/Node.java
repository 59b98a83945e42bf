package se.folja.followup.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import se.folja.api.Text;
import se.folja.api.ValidationException;

/**
 * One JSON object of a document with its JSON path, read property by property; every problem goes to the
 * document's {@link Errors} under the property's path. In FHIR's parts ({@code fhir}) a property may not be
 * {@code null} (FHIR JSON leaves it out instead) and an array may not be empty; in Följa's envelope {@code null}
 * is the same as leaving the property out.
 */
final class Node {

    private final JsonNode node;
    private final String path;
    private final Errors errors;
    private final boolean fhir;
    private final Set<String> reported = new HashSet<>();

    private Node(JsonNode node, String path, Errors errors, boolean fhir) {
        this.node = node;
        this.path = path;
        this.errors = errors;
        this.fhir = fhir;
    }

    /**
     * @return the object at {@code path}, or null (with an error) if {@code value} is not a JSON object
     */
    static Node object(JsonNode value, String path, Errors errors, boolean fhir) {
        if (value == null || !value.isObject()) {
            errors.add(path, "must be a JSON object");
            return null;
        }
        return new Node(value, path, errors, fhir);
    }

    String path() {
        return path;
    }

    String at(String name) {
        return path + "." + name;
    }

    Errors errors() {
        return errors;
    }

    /**
     * Refuses every property not in {@code allowed}: with its own message from {@code refused} if it has one,
     * otherwise with {@code unknown}. In FHIR's parts, also refuses nulls and empty arrays.
     */
    void allow(Set<String> allowed, Map<String, String> refused, String unknown) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            if (!allowed.contains(name)) {
                errors.add(at(name), refused.getOrDefault(name, unknown));
                reported.add(name);
            } else if (fhir && field.getValue().isNull()) {
                errors.add(at(name), "must not be null (FHIR JSON leaves a property out instead)");
                reported.add(name);
            } else if (fhir && field.getValue().isArray() && field.getValue().isEmpty()) {
                errors.add(at(name), "must not be an empty array (FHIR JSON leaves a property out instead)");
                reported.add(name);
            }
        }
    }

    /** @return whether the property is given (not absent, not null) and not already refused */
    boolean has(String name) {
        JsonNode value = node.get(name);
        return value != null && !value.isNull() && !reported.contains(name);
    }

    /** @return the property's value if {@link #has given}, otherwise null (with an error if {@code required}) */
    JsonNode get(String name, boolean required) {
        if (has(name)) {
            return node.get(name);
        }
        if (required && !reported.contains(name)) {
            errors.add(at(name), "is required");
        }
        return null;
    }

    /** @return the object property, or null (absent, or an error) */
    Node object(String name, boolean required) {
        JsonNode value = get(name, required);
        return value == null ? null : object(value, at(name), errors, fhir);
    }

    /**
     * @return the array's elements, or null (absent, or an error); an error if it has fewer than {@code min} or
     *     more than {@code max} elements
     */
    List<JsonNode> array(String name, boolean required, int min, int max) {
        JsonNode value = get(name, required);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            errors.add(at(name), "must be an array");
            return null;
        }
        if (value.size() < min) {
            errors.add(at(name), min == 1 ? "must not be empty" : "must have at least " + min + " entries");
            return null;
        }
        if (value.size() > max) {
            errors.add(at(name), "must have at most " + max + " entries");
            return null;
        }
        List<JsonNode> elements = new ArrayList<>();
        value.forEach(elements::add);
        return elements;
    }

    /** @return the string, or null (absent, or an error); an empty or blank string is refused */
    String string(String name, boolean required) {
        JsonNode value = get(name, required);
        return value == null ? null : string(value, at(name), errors);
    }

    static String string(JsonNode value, String path, Errors errors) {
        if (!value.isTextual()) {
            errors.add(path, "must be a string");
            return null;
        }
        if (value.asText().isBlank()) {
            errors.add(path, "must not be empty or blank");
            return null;
        }
        return value.asText();
    }

    /**
     * @return the one-line text (no control characters or line breaks) of at most {@code maxLength} characters,
     *     or null (absent, or an error)
     */
    String oneLine(String name, boolean required, int maxLength) {
        return text(name, required, maxLength, false);
    }

    /** @return the text (line breaks allowed) of at most {@code maxLength} characters, or null */
    String multiLine(String name, boolean required, int maxLength) {
        return text(name, required, maxLength, true);
    }

    private String text(String name, boolean required, int maxLength, boolean lineBreaks) {
        String text = string(name, required);
        if (text == null) {
            return null;
        }
        if (text.length() > maxLength) {
            errors.add(at(name), "must be at most " + maxLength + " characters");
            return null;
        }
        ValidationException.Builder problem = ValidationException.builder();
        boolean ok = lineBreaks ? Text.multiLine(at(name), text, problem) : Text.oneLine(at(name), text, problem);
        if (!ok) {
            problem.errors().forEach(e -> errors.add(e.field(), e.message()));
            return null;
        }
        return text;
    }

    /** @return the boolean, or null (absent, or an error) */
    Boolean bool(String name) {
        JsonNode value = get(name, false);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            errors.add(at(name), "must be true or false");
            return null;
        }
        return value.booleanValue();
    }

    /** @return the integer in {@code min..max}, or null (absent, or an error) */
    Integer integer(String name, boolean required, int min, int max) {
        JsonNode value = get(name, required);
        return value == null ? null : integer(value, at(name), errors, min, max);
    }

    static Integer integer(JsonNode value, String path, Errors errors, int min, int max) {
        if (!value.isIntegralNumber()) {
            errors.add(path, "must be an integer");
            return null;
        }
        if (!value.canConvertToInt() || value.intValue() < min || value.intValue() > max) {
            errors.add(path, "must be between " + min + " and " + max);
            return null;
        }
        return value.intValue();
    }

    /** @return the number, or null (absent, or an error) */
    BigDecimal number(String name, boolean required) {
        JsonNode value = get(name, required);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            errors.add(at(name), "must be a number");
            return null;
        }
        return value.decimalValue();
    }
}
