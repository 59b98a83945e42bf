package se.folja.rest.internal.fhir;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.folja.api.reasons.Language;
import se.folja.rest.internal.json.JsonProvider;

/**
 * FHIR R4 JSON of a {@link Terminology}: the {@code CodeSystem}, the {@code ValueSet} and its expansion, and the
 * search {@code Bundle} and {@code OperationOutcome} around them. Plain Jackson trees, in the element order of
 * FHIR's definitions; no FHIR library.
 */
final class TerminologyJson {

    static final String PUBLISHER = "Följa";

    private TerminologyJson() {
    }

    static ObjectNode codeSystem(Terminology t) {
        ObjectNode cs = header("CodeSystem", t, t.codeSystemUrl(), t.name(), t.title(), t.description());
        cs.put("caseSensitive", true);
        cs.put("content", "complete");
        cs.put("count", t.concepts().size());
        ArrayNode filters = cs.putArray("filter");
        for (Terminology.Filter f : t.filters()) {
            ObjectNode filter = filters.addObject().put("code", f.property())
                    .put("description", "Selects concepts by their property " + f.property());
            filter.putArray("operator").add(f.op());
            filter.put("value", f.op().equals("in") ? "values of the property, comma-separated"
                    : "a value of the property");
        }
        ArrayNode properties = cs.putArray("property");
        for (Terminology.Property p : t.properties()) {
            ObjectNode property = properties.addObject().put("code", p.code());
            if (p.uri() != null) {
                property.put("uri", p.uri());
            }
            property.put("description", p.description()).put("type", p.type());
        }
        ArrayNode concepts = cs.putArray("concept");
        for (Terminology.Concept c : t.concepts()) {
            ObjectNode concept = concepts.addObject().put("code", c.code()).put("display", c.displaySv());
            concept.putArray("designation").addObject().put("language", Language.EN.tag()).put("value", c.displayEn());
            if (!c.properties().isEmpty()) {
                ArrayNode values = concept.putArray("property");
                for (Terminology.PropertyValue v : c.properties()) {
                    ObjectNode value = values.addObject().put("code", v.code());
                    switch (v.type()) {
                        case "code" -> value.put("valueCode", (String) v.value());
                        case "string" -> value.put("valueString", (String) v.value());
                        case "boolean" -> value.put("valueBoolean", (Boolean) v.value());
                        case "integer" -> value.put("valueInteger", (Integer) v.value());
                        default -> throw new IllegalArgumentException("property type " + v.type());
                    }
                }
            }
        }
        return cs;
    }

    /** @return the value set: every concept of the code system that its filters select, inactive ones not */
    static ObjectNode valueSet(Terminology t) {
        ObjectNode vs = header("ValueSet", t, t.valueSetUrl(), t.name() + "ValueSet", t.title(),
                "Det som ett formulär kan erbjuda ur " + t.codeSystemUrl() + ".");
        vs.put("immutable", false);
        ObjectNode compose = vs.putObject("compose");
        compose.put("inactive", false);
        ObjectNode include = compose.putArray("include").addObject().put("system", t.codeSystemUrl());
        ArrayNode filters = include.putArray("filter");
        for (Terminology.Filter f : t.filters()) {
            filters.addObject().put("property", f.property()).put("op", f.op()).put("value", f.value());
        }
        return vs;
    }

    /**
     * @param language the language of every {@code display}
     * @param timestamp when the expansion is made
     * @return the value set with its expansion: the concepts it offers, in the code system's order
     */
    static ObjectNode expansion(Terminology t, Language language, Instant timestamp) {
        ObjectNode vs = valueSet(t);
        List<Terminology.Concept> offered = t.valueSetConcepts();
        ObjectNode expansion = vs.putObject("expansion");
        expansion.put("identifier", "urn:uuid:" + UUID.randomUUID());
        expansion.put("timestamp", dateTime(timestamp));
        expansion.put("total", offered.size());
        expansion.put("offset", 0);
        expansion.putArray("parameter").addObject().put("name", "displayLanguage").put("valueCode", language.tag());
        ArrayNode contains = expansion.putArray("contains");
        for (Terminology.Concept c : offered) {
            contains.addObject().put("system", t.codeSystemUrl()).put("version", t.version()).put("code", c.code())
                    .put("display", language == Language.EN ? c.displayEn() : c.displaySv());
        }
        return vs;
    }

    /**
     * @param base the absolute URL of the FHIR base, e.g. {@code http://host/folja/api/v1/fhir}
     * @param self the absolute URL of the search
     * @param resources the matches
     * @return a {@code searchset} bundle of the matches
     */
    static ObjectNode searchset(String base, String self, List<ObjectNode> resources) {
        ObjectNode bundle = JsonProvider.MAPPER.createObjectNode().put("resourceType", "Bundle");
        bundle.put("type", "searchset");
        bundle.put("total", resources.size());
        bundle.putArray("link").addObject().put("relation", "self").put("url", self);
        if (!resources.isEmpty()) {
            ArrayNode entries = bundle.putArray("entry");
            for (ObjectNode resource : resources) {
                ObjectNode entry = entries.addObject();
                entry.put("fullUrl", base + "/" + resource.path("resourceType").asText() + "/"
                        + resource.path("id").asText());
                entry.set("resource", resource);
                entry.putObject("search").put("mode", "match");
            }
        }
        return bundle;
    }

    private static ObjectNode header(String type, Terminology t, String url, String name, String title,
            String description) {
        ObjectNode resource = JsonProvider.MAPPER.createObjectNode().put("resourceType", type).put("id", t.id());
        if (t.date() != null) {
            resource.putObject("meta").put("lastUpdated", dateTime(t.date()));
        }
        resource.put("language", Language.SV.tag());
        resource.put("url", url);
        resource.put("version", t.version());
        resource.put("name", name);
        resource.put("title", title);
        resource.put("status", "active");
        resource.put("experimental", false);
        if (t.date() != null) {
            resource.put("date", dateTime(t.date()));
        }
        resource.put("publisher", PUBLISHER);
        resource.put("description", description);
        return resource;
    }

    /** @return a FHIR {@code dateTime}/{@code instant}: UTC, to the millisecond */
    static String dateTime(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
