package se.folja.rest.internal.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.ValueSet;
import org.hl7.fhir.r4.model.ValueSet.ValueSetExpansionContainsComponent;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import se.folja.api.FieldError;
import se.folja.api.ValidationException;
import se.folja.api.ibic.AreaKind;
import se.folja.api.ibic.LifeArea;
import se.folja.api.ibic.LifeAreaSet;
import se.folja.api.reasons.Initiator;
import se.folja.api.reasons.Language;
import se.folja.api.reasons.ReasonCode;
import se.folja.rest.internal.problem.ProblemJson;

/**
 * The catalogues as FHIR R4: every resource Följa produces is parsed by HAPI FHIR's R4 structures with a strict
 * error handler, so an element FHIR R4 does not have, or a value of the wrong type, fails the test.
 */
class TerminologyJsonTest {

    private static final FhirContext R4 = FhirContext.forR4();
    private static final Instant CHANGED = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant LATER = Instant.parse("2026-05-02T08:30:15.123Z");

    private static final List<ReasonCode> REASONS = List.of(
            new ReasonCode("PERSONALBRIST", "Personalbrist", "Staff shortage", Initiator.ORGANISATION, 10, true, 1,
                    CHANGED),
            new ReasonCode("GAMMAL", "Gammal orsak", "Old reason", Initiator.CLIENT, 15, false, 3, LATER),
            new ReasonCode("BORTREST", "Bortrest", "Away / travelling", Initiator.CLIENT, 20, true, 2, CHANGED));

    private static final LifeAreaSet AREAS = new LifeAreaSet("2021.1", "Vägledning", List.of(
            new LifeArea("D1", AreaKind.LIFE_AREA, "Lärande och att tillämpa kunskap",
                    "Learning and applying knowledge", List.of("d1")),
            new LifeArea("D6", AreaKind.LIFE_AREA, "Hemliv", "Domestic life", List.of("d6")),
            new LifeArea("TRYGGHET", AreaKind.IBIC_AREA, "Känsla av trygghet", "Feeling of security", List.of()),
            new LifeArea("BODY_FUNCTIONS", AreaKind.RELATED_FACTORS, "Kroppsfunktioner", "Body functions",
                    List.of("b"))));

    /** Parses strictly: an unknown element or a malformed value is an error, not a warning. */
    private static <T extends IBaseResource> T parse(Class<T> type, ObjectNode json) {
        IParser parser = R4.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
        return parser.parseResource(type, json.toString());
    }

    private static String property(ConceptDefinitionComponent concept, String code) {
        return concept.getProperty().stream().filter(p -> p.getCode().equals(code)).findFirst()
                .map(p -> p.getValue().primitiveValue()).orElse(null);
    }

    @Test
    void theStrictParserRefusesAnElementFhirR4DoesNotHave() {
        ObjectNode cs = TerminologyJson.codeSystem(Terminologies.reasons(REASONS));
        cs.put("versionAlgorithmString", "semver");

        assertThrows(DataFormatException.class, () -> parse(CodeSystem.class, cs), "an R5 element is not R4");
    }

    @Test
    void theReasonCodeSystemHoldsEveryReasonRetiredOnesMarkedSoInSortOrder() {
        CodeSystem cs = parse(CodeSystem.class, TerminologyJson.codeSystem(Terminologies.reasons(REASONS)));

        assertEquals("reason-codes", cs.getIdElement().getIdPart());
        assertEquals("https://folja.se/fhir/CodeSystem/reason-codes", cs.getUrl());
        assertEquals("6", cs.getVersion(), "the catalogue's revisions: 1 + 3 + 2");
        assertEquals(PublicationStatus.ACTIVE, cs.getStatus());
        assertEquals(CodeSystem.CodeSystemContentMode.COMPLETE, cs.getContent());
        assertTrue(cs.getCaseSensitive());
        assertEquals("FoljaReasonCodes", cs.getName());
        assertEquals("Orsaker till ej genomförda insatser", cs.getTitle());
        assertEquals("sv", cs.getLanguage());
        assertEquals(LATER, cs.getDate().toInstant());
        assertEquals(3, cs.getCount());
        assertEquals(List.of("status", "inactive", "initiator"),
                cs.getProperty().stream().map(CodeSystem.PropertyComponent::getCode).toList());
        assertEquals("http://hl7.org/fhir/concept-properties#inactive", cs.getProperty().get(1).getUri());
        assertEquals(CodeSystem.PropertyType.BOOLEAN, cs.getProperty().get(1).getType());
        assertEquals(List.of("PERSONALBRIST", "GAMMAL", "BORTREST"),
                cs.getConcept().stream().map(ConceptDefinitionComponent::getCode).toList());

        ConceptDefinitionComponent retired = cs.getConcept().get(1);
        assertEquals("Gammal orsak", retired.getDisplay());
        assertEquals("en", retired.getDesignation().get(0).getLanguage());
        assertEquals("Old reason", retired.getDesignation().get(0).getValue());
        assertEquals("retired", property(retired, "status"));
        assertEquals("true", property(retired, "inactive"));
        assertEquals("CLIENT", property(retired, "initiator"));
        ConceptDefinitionComponent active = cs.getConcept().get(0);
        assertEquals("active", property(active, "status"));
        assertEquals("false", property(active, "inactive"));
        assertEquals("status", cs.getFilter().get(0).getCode());
    }

    @Test
    void theReasonValueSetIncludesTheActiveCodesOfTheCodeSystem() {
        ValueSet vs = parse(ValueSet.class, TerminologyJson.valueSet(Terminologies.reasons(REASONS)));

        assertEquals("https://folja.se/fhir/ValueSet/reason-codes", vs.getUrl());
        assertEquals("6", vs.getVersion());
        assertFalse(vs.getCompose().getInactive());
        ValueSet.ConceptSetComponent include = vs.getCompose().getInclude().get(0);
        assertEquals("https://folja.se/fhir/CodeSystem/reason-codes", include.getSystem());
        assertEquals("status", include.getFilter().get(0).getProperty());
        assertEquals("=", include.getFilter().get(0).getOp().toCode());
        assertEquals("active", include.getFilter().get(0).getValue());
        assertFalse(vs.hasExpansion());
    }

    @Test
    void theExpansionHoldsTheActiveReasonsInSortOrderInTheLanguageAsked() {
        Terminology reasons = Terminologies.reasons(REASONS);
        ValueSet sv = parse(ValueSet.class, TerminologyJson.expansion(reasons, Language.SV, LATER));
        ValueSet en = parse(ValueSet.class, TerminologyJson.expansion(reasons, Language.EN, LATER));

        assertEquals(2, sv.getExpansion().getTotal());
        assertEquals(LATER, sv.getExpansion().getTimestamp().toInstant());
        assertEquals(List.of("PERSONALBRIST", "BORTREST"),
                sv.getExpansion().getContains().stream().map(ValueSetExpansionContainsComponent::getCode).toList());
        assertEquals(List.of("Personalbrist", "Bortrest"),
                sv.getExpansion().getContains().stream().map(ValueSetExpansionContainsComponent::getDisplay).toList());
        assertEquals(List.of("Staff shortage", "Away / travelling"),
                en.getExpansion().getContains().stream().map(ValueSetExpansionContainsComponent::getDisplay).toList());
        ValueSetExpansionContainsComponent first = en.getExpansion().getContains().get(0);
        assertEquals("https://folja.se/fhir/CodeSystem/reason-codes", first.getSystem());
        assertEquals("6", first.getVersion());
        assertEquals("en", en.getExpansion().getParameter().get(0).getValue().primitiveValue());
    }

    @Test
    void displayLanguageIsSwedishByDefaultEnglishOnRequestAndNothingElse() {
        assertEquals(Language.SV, FhirTerminologyResource.language(null));
        assertEquals(Language.EN, FhirTerminologyResource.language("en"));
        assertEquals(Language.SV, FhirTerminologyResource.language("sv-SE"));
        ValidationException e = assertThrows(ValidationException.class, () -> FhirTerminologyResource.language("de"));
        assertEquals("displayLanguage", e.errors().get(0).field());
    }

    @Test
    void theLifeAreaCodeSystemHoldsEveryAreaAndItsValueSetTheLifeAreasAndIbicsOwn() {
        Terminology areas = Terminologies.lifeAreas(AREAS);
        CodeSystem cs = parse(CodeSystem.class, TerminologyJson.codeSystem(areas));
        ValueSet vs = parse(ValueSet.class, TerminologyJson.valueSet(areas));
        ValueSet expanded = parse(ValueSet.class, TerminologyJson.expansion(areas, Language.SV, LATER));

        assertEquals("https://folja.se/fhir/CodeSystem/ibic-life-areas", cs.getUrl());
        assertEquals("2021.1", cs.getVersion());
        assertFalse(cs.hasDate(), "the life areas' data has no date of change");
        assertEquals(List.of("D1", "D6", "TRYGGHET", "BODY_FUNCTIONS"),
                cs.getConcept().stream().map(ConceptDefinitionComponent::getCode).toList());
        assertEquals("RELATED_FACTORS", property(cs.getConcept().get(3), "kind"));
        assertEquals("d6", property(cs.getConcept().get(1), "icf"));
        assertEquals("Domestic life", cs.getConcept().get(1).getDesignation().get(0).getValue());
        assertEquals("https://folja.se/fhir/ValueSet/ibic-life-areas", vs.getUrl());
        assertEquals("kind", vs.getCompose().getInclude().get(0).getFilter().get(0).getProperty());
        assertEquals("LIFE_AREA,IBIC_AREA", vs.getCompose().getInclude().get(0).getFilter().get(0).getValue());
        assertEquals(List.of("D1", "D6", "TRYGGHET"), expanded.getExpansion().getContains().stream()
                .map(ValueSetExpansionContainsComponent::getCode).toList());
        assertEquals(3, expanded.getExpansion().getTotal());
        assertEquals("Hemliv", expanded.getExpansion().getContains().get(1).getDisplay());
    }

    @Test
    void aSearchIsASearchsetBundleOfTheMatchesOrEmpty() {
        Terminology reasons = Terminologies.reasons(REASONS);
        Bundle found = parse(Bundle.class, TerminologyJson.searchset("http://h/folja/api/v1/fhir",
                "http://h/folja/api/v1/fhir/ValueSet?url=x", List.of(TerminologyJson.valueSet(reasons))));
        Bundle none = parse(Bundle.class, TerminologyJson.searchset("http://h/folja/api/v1/fhir",
                "http://h/folja/api/v1/fhir/ValueSet?url=y", List.of()));

        assertEquals(Bundle.BundleType.SEARCHSET, found.getType());
        assertEquals(1, found.getTotal());
        assertEquals("http://h/folja/api/v1/fhir/ValueSet/reason-codes", found.getEntry().get(0).getFullUrl());
        assertEquals("https://folja.se/fhir/ValueSet/reason-codes",
                ((ValueSet) found.getEntry().get(0).getResource()).getUrl());
        assertEquals(Bundle.SearchEntryMode.MATCH, found.getEntry().get(0).getSearch().getMode());
        assertEquals(0, none.getTotal());
        assertTrue(none.getEntry().isEmpty());
        assertEquals("self", none.getLink().get(0).getRelation());
    }

    @Test
    void aProblemBecomesAnOperationOutcomeWithAnIssuePerInvalidField() {
        OperationOutcome notFound = parse(OperationOutcome.class, OperationOutcomeFilter.outcome(
                new ProblemJson("urn:folja:problem:not-found", "Not found", 404, "No ValueSet 'x'", null)));
        OperationOutcome invalid = parse(OperationOutcome.class, OperationOutcomeFilter.outcome(
                new ProblemJson("urn:folja:problem:validation", "Invalid request", 400, "Invalid parameter",
                        List.of(new FieldError("displayLanguage", "must be sv or en"), new FieldError("url", "x")))));

        OperationOutcome.OperationOutcomeIssueComponent issue = notFound.getIssue().get(0);
        assertEquals(OperationOutcome.IssueSeverity.ERROR, issue.getSeverity());
        assertEquals(OperationOutcome.IssueType.NOTFOUND, issue.getCode());
        assertEquals("No ValueSet 'x'", issue.getDiagnostics());
        assertEquals(2, invalid.getIssue().size());
        assertEquals(OperationOutcome.IssueType.INVALID, invalid.getIssue().get(0).getCode());
        assertEquals("displayLanguage", invalid.getIssue().get(0).getExpression().get(0).getValue());
        assertEquals("login", OperationOutcomeFilter.issueCode(401));
        assertEquals("forbidden", OperationOutcomeFilter.issueCode(403));
        assertEquals("exception", OperationOutcomeFilter.issueCode(500));
        assertEquals("transient", OperationOutcomeFilter.issueCode(503));
    }

    @Test
    void eachStateIsRenderedOnceSoAnExpansionKeepsItsTimeAndTagUntilTheCatalogueChanges() {
        FhirTerminologyResource resource = new FhirTerminologyResource(null, null);
        FhirTerminologyResource.Rendered first = resource.rendered(Terminologies.reasons(REASONS), CHANGED);
        FhirTerminologyResource.Rendered again = resource.rendered(Terminologies.reasons(List.copyOf(REASONS)),
                LATER);
        FhirTerminologyResource.Rendered relabelled = resource.rendered(Terminologies.reasons(List.of(
                REASONS.get(0).withLabels("Personalbrist", "Short of staff"), REASONS.get(1), REASONS.get(2))), LATER);

        assertSame(first, again);
        assertEquals(TerminologyJson.dateTime(CHANGED),
                again.expansions().get(Language.SV).path("expansion").path("timestamp").asText());
        assertNotEquals(first.tag("cs"), relabelled.tag("cs"), "a label is part of the state");
        assertNotEquals(first.tag("cs"), first.tag("vs"));
        assertEquals(TerminologyJson.dateTime(LATER),
                relabelled.expansions().get(Language.EN).path("expansion").path("timestamp").asText());
    }
}
