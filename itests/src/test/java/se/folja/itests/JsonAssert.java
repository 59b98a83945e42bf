package se.folja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON assertions, kept out of the test classes' own signatures: in a stock Karaf, Jackson arrives with the
 * folja feature, after the probe has started, and JUnit reflects on every test class method at start.
 */
final class JsonAssert {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonAssert() {
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return MAPPER.readTree(response.body());
    }

    /** Asserts a problem+json answer with this status, and returns its body. */
    static JsonNode assertProblem(HttpResponse<String> response, int status) throws IOException {
        assertEquals(response.body(), status, response.statusCode());
        assertEquals("application/problem+json",
                response.headers().firstValue("Content-Type").orElse("").split(";")[0].trim());
        JsonNode problem = json(response);
        assertEquals(status, problem.path("status").asInt());
        if (!problem.path("type").asText().startsWith("urn:folja:problem:") || problem.path("title").asText().isEmpty()) {
            fail("not a Följa problem: " + response.body());
        }
        if (response.body().contains("Exception") || response.body().contains("\tat ")) {
            fail("a stack trace or exception reached the client: " + response.body());
        }
        return problem;
    }

    /** @return the element of a list whose {@code code} is {@code code} */
    static JsonNode option(JsonNode list, String code) {
        for (JsonNode node : list) {
            if (code.equals(node.path("code").asText())) {
                return node;
            }
        }
        throw new AssertionError(code + " is not in " + list);
    }

    static List<String> codes(JsonNode list) {
        return texts(list, "code");
    }

    /** @return the field {@code field} of each element, as text */
    static List<String> texts(JsonNode list, String field) {
        List<String> values = new ArrayList<>();
        list.forEach(node -> values.add(node.path(field).asText()));
        return values;
    }

    /** @return each element, as text */
    static List<String> texts(JsonNode list) {
        List<String> values = new ArrayList<>();
        list.forEach(node -> values.add(node.asText()));
        return values;
    }

    static List<String> sorted(List<String> values) {
        return values.stream().sorted().toList();
    }
}
