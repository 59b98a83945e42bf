package se.folja.followup.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.folja.api.ValidationException;

/**
 * Every value of the accepted template replaced, one at a time, by values of every JSON kind: the reader either
 * accepts the document or refuses it with field errors; no other exception ever escapes.
 */
class OddValuesTest {

    private static final List<String> ODD = List.of("null", "[]", "{}", "''", "'x y'", "1.5", "-1", "0", "true",
            "[null]", "[{}]", "[1]", "99999999999999999999", "1e400");

    @Test
    void neverThrowsAnythingButAValidationException() {
        List<String> pointers = new ArrayList<>();
        collect(Fixtures.everyType(), "", pointers);
        assertFalse(pointers.size() < 250, "the fixture has its values: " + pointers.size());
        JsonTemplateReader reader = new JsonTemplateReader();
        for (String pointer : pointers) {
            for (String odd : ODD) {
                ObjectNode doc = Fixtures.everyType();
                Fixtures.set(doc, pointer, odd);
                try {
                    reader.read(Fixtures.bytes(doc));
                } catch (ValidationException expected) {
                    // refused, with field errors
                } catch (RuntimeException e) {
                    fail(pointer + " = " + odd + " threw " + e, e);
                }
            }
        }
    }

    private static void collect(JsonNode node, String pointer, List<String> pointers) {
        if (!pointer.isEmpty()) {
            pointers.add(pointer);
        }
        if (node.isObject()) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
                String name = it.next();
                collect(node.get(name), pointer + "/" + name, pointers);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, pointers);
            }
        }
    }
}
