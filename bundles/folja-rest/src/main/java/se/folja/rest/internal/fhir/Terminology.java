package se.folja.rest.internal.fhir;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One of Följa's code systems as it stands now, with the value set of the codes a form may offer: what
 * {@link TerminologyJson} renders as a FHIR R4 {@code CodeSystem}, {@code ValueSet} and expansion. Two snapshots
 * are equal when every concept, label and version is.
 *
 * @param id the logical id of both the code system and the value set, e.g. {@code reason-codes}
 * @param version the code system's version
 * @param date when the code system last changed, or null if unknown
 * @param name a computer-friendly name, e.g. {@code FoljaReasonCodes}
 * @param title the Swedish title
 * @param description what the code system holds (Swedish)
 * @param properties the concept properties every concept may carry
 * @param concepts every concept, in the order a form lists them
 * @param filters the value set's rule, as FHIR {@code compose.include.filter}s over {@code properties}
 */
record Terminology(String id, String version, Instant date, String name, String title, String description,
        List<Property> properties, List<Concept> concepts, List<Filter> filters) {

    /** The canonical base of Följa's terminology. */
    static final String CANONICAL = "https://folja.se/fhir/";

    Terminology {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        properties = List.copyOf(properties);
        concepts = List.copyOf(concepts);
        filters = List.copyOf(filters);
    }

    /** @return the code system's canonical URL, e.g. {@code https://folja.se/fhir/CodeSystem/reason-codes} */
    String codeSystemUrl() {
        return CANONICAL + "CodeSystem/" + id;
    }

    /** @return the value set's canonical URL, e.g. {@code https://folja.se/fhir/ValueSet/reason-codes} */
    String valueSetUrl() {
        return CANONICAL + "ValueSet/" + id;
    }

    /** @return the concepts of the value set, in order */
    List<Concept> valueSetConcepts() {
        return concepts.stream().filter(Concept::inValueSet).toList();
    }

    /**
     * A concept property's definition ({@code CodeSystem.property}).
     *
     * @param code the property's code in this code system
     * @param uri the property's meaning, e.g. one of FHIR's concept properties; null if it is Följa's own
     * @param description what it means
     * @param type {@code code}, {@code boolean}, {@code string} or {@code integer}
     */
    record Property(String code, String uri, String description, String type) {
    }

    /**
     * A concept's value of a property; {@code value} is a {@link String} for {@code code} and {@code string}, a
     * {@link Boolean} for {@code boolean}, an {@link Integer} for {@code integer}.
     */
    record PropertyValue(String code, String type, Object value) {
    }

    /**
     * A concept.
     *
     * @param code the code
     * @param displaySv the Swedish display
     * @param displayEn the English display (a designation with language {@code en})
     * @param properties its property values
     * @param inValueSet whether the value set offers it
     */
    record Concept(String code, String displaySv, String displayEn, List<PropertyValue> properties,
            boolean inValueSet) {

        Concept {
            properties = List.copyOf(properties);
        }
    }

    /** A {@code compose.include.filter}: {@code property op value}, op {@code =} or {@code in}. */
    record Filter(String property, String op, String value) {
    }
}
