package se.folja.rest.internal.fhir;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import se.folja.api.ibic.AreaKind;
import se.folja.api.ibic.LifeArea;
import se.folja.api.ibic.LifeAreaSet;
import se.folja.api.reasons.ReasonCode;

/** Följa's catalogues as {@link Terminology}: the reason catalogue and IBIC's life areas. */
final class Terminologies {

    static final String REASON_CODES = "reason-codes";
    static final String IBIC_LIFE_AREAS = "ibic-life-areas";
    /** Every id that names a code system and its value set. */
    static final List<String> IDS = List.of(REASON_CODES, IBIC_LIFE_AREAS);

    private static final String CONCEPT_PROPERTIES = "http://hl7.org/fhir/concept-properties#";
    private static final Terminology.Property STATUS = new Terminology.Property("status",
            CONCEPT_PROPERTIES + "status", "active: in the dropdown; retired: no longer chosen, still valid in history",
            "code");
    private static final Terminology.Property INACTIVE = new Terminology.Property("inactive",
            CONCEPT_PROPERTIES + "inactive", "true for a retired reason", "boolean");
    private static final Terminology.Property INITIATOR = new Terminology.Property("initiator", null,
            "Who causes a cancellation for this reason, e.g. CLIENT or ORGANISATION", "code");
    private static final Terminology.Property KIND = new Terminology.Property("kind", null,
            "LIFE_AREA: one of IBIC's nine life areas (an ICF chapter of activities and participation);"
                    + " IBIC_AREA: an area IBIC adds; RELATED_FACTORS: a group of related factors, not a life area",
            "code");
    private static final Terminology.Property ICF = new Terminology.Property("icf", null,
            "An ICF code prefix that belongs to the area, e.g. d6 (one value per prefix)", "string");

    private Terminologies() {
    }

    /**
     * The reason catalogue: every reason, retired ones too (status {@code retired}, inactive), in the catalogue's
     * sort order; its value set offers the active ones. Its version counts the catalogue's revisions: the sum of
     * the reasons' versions, which every change raises by one.
     *
     * @param reasons every reason, retired ones included, in sort order
     */
    static Terminology reasons(List<ReasonCode> reasons) {
        long revisions = 0;
        Instant date = null;
        List<Terminology.Concept> concepts = new ArrayList<>();
        for (ReasonCode reason : reasons) {
            revisions += reason.version();
            date = date == null || reason.changedAt().isAfter(date) ? reason.changedAt() : date;
            concepts.add(new Terminology.Concept(reason.code(), reason.labelSv(), reason.labelEn(), List.of(
                    new Terminology.PropertyValue(STATUS.code(), "code", reason.active() ? "active" : "retired"),
                    new Terminology.PropertyValue(INACTIVE.code(), "boolean", !reason.active()),
                    new Terminology.PropertyValue(INITIATOR.code(), "code", reason.initiator().name())),
                    reason.active()));
        }
        return new Terminology(REASON_CODES, Long.toString(revisions), date, "FoljaReasonCodes",
                "Orsaker till ej genomförda insatser",
                "Följas orsakskatalog: varför en planerad insats inte blev av. Pensionerade orsaker finns kvar"
                        + " (status retired) eftersom historiken använder dem; värdemängden erbjuder de aktiva.",
                List.of(STATUS, INACTIVE, INITIATOR), concepts,
                List.of(new Terminology.Filter(STATUS.code(), "=", "active")));
    }

    /**
     * IBIC's life areas of one version: the nine life areas, IBIC's own areas and the related-factor groups, in
     * IBIC's order. The value set offers the life areas and IBIC's own areas, which a need is assessed in; the
     * related-factor groups (body functions, body structures, environmental factors) help or hinder within a life
     * area but are not one, so they are in the code system (an ICF code maps to them) and not in the value set.
     */
    static Terminology lifeAreas(LifeAreaSet set) {
        List<Terminology.Concept> concepts = new ArrayList<>();
        for (LifeArea area : set.areas()) {
            List<Terminology.PropertyValue> properties = new ArrayList<>();
            properties.add(new Terminology.PropertyValue(KIND.code(), "code", area.kind().name()));
            for (String prefix : area.icf()) {
                properties.add(new Terminology.PropertyValue(ICF.code(), "string", prefix));
            }
            concepts.add(new Terminology.Concept(area.code(), area.labelSv(), area.labelEn(), properties,
                    area.kind() != AreaKind.RELATED_FACTORS));
        }
        return new Terminology(IBIC_LIFE_AREAS, set.version(), null, "FoljaIbicLifeAreas",
                "IBIC:s livsområden",
                "Livsområdena i IBIC (Individens behov i centrum), IBIC:s egna områden och grupperna av relaterade"
                        + " faktorer, med de ICF-prefix som hör till varje. Källa: " + set.source() + ".",
                List.of(KIND, ICF), concepts,
                List.of(new Terminology.Filter(KIND.code(), "in",
                        AreaKind.LIFE_AREA.name() + "," + AreaKind.IBIC_AREA.name())));
    }
}
