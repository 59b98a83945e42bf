package se.folja.ibic.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.folja.api.ValidationException;
import se.folja.api.ibic.IcfCode;
import se.folja.api.ibic.IcfCodeEntry;

/**
 * Reads a code list from a FHIR R4 {@code CodeSystem} resource in JSON. Concepts may nest (ICF's hierarchy);
 * {@code display} is in the resource's {@code language} (Swedish if it names none), and a {@code designation} in
 * Swedish or English gives the other title. Problems are named by their JSON path, e.g.
 * {@code concept[3].concept[0].code}.
 */
final class FhirCodeListReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FhirCodeListReader() {
    }

    static ParsedCodeList read(InputStream content, String name, int maxCodes) {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (JsonProcessingException e) {
            throw ValidationException.of("content", "is not JSON that can be read");
        } catch (IOException e) {
            throw ValidationException.of("content", "could not be read");
        }
        if (root == null || !root.isObject()) {
            throw ValidationException.of("content", "must be a FHIR CodeSystem resource (a JSON object)");
        }
        if (!"CodeSystem".equals(root.path("resourceType").asText())) {
            throw ValidationException.of("resourceType", "must be CodeSystem");
        }
        boolean english = root.path("language").asText("sv").toLowerCase(Locale.ROOT).startsWith("en");
        CodeListErrors errors = new CodeListErrors();
        List<IcfCodeEntry> entries = new ArrayList<>();
        concepts(root.path("concept"), "concept", english, errors, entries, new HashSet<>(), maxCodes);
        if (entries.isEmpty() && !errors.full()) {
            errors.add("concept", "has no codes");
        }
        errors.check();
        String title = text(root, "title") != null ? text(root, "title") : text(root, "name");
        return new ParsedCodeList(title != null ? title : name, text(root, "version"), entries);
    }

    private static void concepts(JsonNode list, String path, boolean english, CodeListErrors errors,
            List<IcfCodeEntry> entries, Set<String> seen, int maxCodes) {
        if (list.isMissingNode()) {
            return;
        }
        if (!list.isArray()) {
            errors.add(path, "must be an array of concepts");
            return;
        }
        for (int i = 0; i < list.size() && !errors.full(); i++) {
            String at = path + "[" + i + "]";
            JsonNode concept = list.get(i);
            if (entries.size() >= maxCodes) {
                errors.add("concept", "has more than " + maxCodes + " codes");
                return;
            }
            try {
                IcfCode code = IcfCode.parse(concept.path("code").asText(null));
                if (!seen.add(code.code())) {
                    errors.add(at + ".code", "appears twice");
                } else {
                    String display = errors.title(at + ".display", concept.path("display").asText(null));
                    String sv = english ? null : display;
                    String en = english ? display : null;
                    JsonNode designations = concept.path("designation");
                    for (int d = 0; d < designations.size(); d++) {
                        JsonNode designation = designations.get(d);
                        String language = designation.path("language").asText("").toLowerCase(Locale.ROOT);
                        String value = errors.title(at + ".designation[" + d + "].value",
                                designation.path("value").asText(null));
                        if (language.startsWith("sv") && sv == null) {
                            sv = value;
                        } else if (language.startsWith("en") && en == null) {
                            en = value;
                        }
                    }
                    entries.add(new IcfCodeEntry(code.code(), sv, en));
                }
            } catch (IllegalArgumentException e) {
                errors.add(at + ".code", e.getMessage());
            }
            concepts(concept.path("concept"), at + ".concept", english, errors, entries, seen, maxCodes);
        }
    }

    private static String text(JsonNode node, String field) {
        String value = node.path(field).asText("");
        return value.isBlank() ? null : value.strip();
    }
}
