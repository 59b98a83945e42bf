package se.folja.rest.internal.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.ValueSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.node.ObjectNode;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.parser.StrictErrorHandler;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import se.folja.api.followup.Answer;
import se.folja.api.followup.AnswerValue;
import se.folja.api.followup.Coding;
import se.folja.api.followup.FollowUpResponse;
import se.folja.api.followup.FollowUpValueSets;
import se.folja.api.followup.Item;
import se.folja.api.followup.Questionnaire;
import se.folja.api.followup.Respondent;
import se.folja.api.followup.RespondentRole;
import se.folja.api.followup.ResponseStatus;
import se.folja.api.followup.StoredTemplate;
import se.folja.api.followup.TemplateDocument;
import se.folja.api.followup.TemplateOrigin;
import se.folja.api.followup.TemplateVersionInfo;
import se.folja.api.ibic.AreaKind;
import se.folja.api.ibic.LifeArea;
import se.folja.api.ibic.LifeAreaSet;
import se.folja.api.person.PersonalIdentityNumber;
import se.folja.api.reasons.Initiator;
import se.folja.api.reasons.Language;
import se.folja.api.reasons.ReasonCode;
import se.folja.followup.internal.JsonTemplateReader;

/**
 * Stored responses as served below {@code /fhir/QuestionnaireResponse}: one response for every respondent role of
 * every built-in template (Kalmar's with two entries of its repeating group) renders as a QuestionnaireResponse that
 * HAPI FHIR's strict R4 parser reads, and that HAPI's validator finds valid against the Questionnaire Följa serves
 * for it (with the reason catalogue and the life areas as Följa's FHIR terminology serves them): the item tree, the
 * answers' types, the options, the required questions and the conditions all as the questionnaire says.
 */
class QuestionnaireResponseJsonTest {

    private static final FhirContext R4 = FhirContext.forR4();
    private static final Instant STORED = Instant.parse("2026-11-30T09:15:00Z");
    private static final Instant CHANGED = Instant.parse("2026-12-07T10:20:30.456Z");
    private static final PersonalIdentityNumber CLIENT = PersonalIdentityNumber.parse("19960115-9826",
            LocalDate.of(2026, 12, 7));
    private static final PersonalIdentityNumber COORDINATION = PersonalIdentityNumber.parse("199708729752",
            LocalDate.of(2026, 12, 7));
    private static final List<ReasonCode> REASONS = List.of(
            new ReasonCode("BORTREST", "Bortrest", "Away", Initiator.CLIENT, 10, true, 1, STORED),
            new ReasonCode("MAENDE", "Mående", "Health", Initiator.CLIENT, 20, true, 1, STORED));
    private static final LifeAreaSet AREAS = new LifeAreaSet("2021.1", "Vägledning", List.of(
            new LifeArea("D6", AreaKind.LIFE_AREA, "Hemliv", "Domestic life", List.of("d6")),
            new LifeArea("D7", AreaKind.LIFE_AREA, "Mellanmänskliga interaktioner och relationer",
                    "Interpersonal interactions and relationships", List.of("d7")),
            new LifeArea("TRYGGHET", AreaKind.IBIC_AREA, "Känsla av trygghet", "Feeling of security", List.of())));

    private static PrePopulatedValidationSupport resources;
    /** The questionnaires as Följa serves them, by canonical url and by url|version. */
    private static final Map<String, org.hl7.fhir.r4.model.Questionnaire> QUESTIONNAIRES = new ConcurrentHashMap<>();
    private static FhirValidator validator;

    @BeforeAll
    static void validatorWithFoljasTerminology() {
        resources = new PrePopulatedValidationSupport(R4);
        for (Terminology terminology : List.of(Terminologies.reasons(REASONS), Terminologies.lifeAreas(AREAS))) {
            resources.addCodeSystem(parser().parseResource(CodeSystem.class,
                    TerminologyJson.codeSystem(terminology).toString()));
            // HAPI's in-memory terminology does not apply the compose's property filters (status, kind): it is given
            // the value set with the codes its expansion (GET /fhir/ValueSet/{id}/$expand) lists, enumerated
            ValueSet expanded = parser().parseResource(ValueSet.class,
                    TerminologyJson.expansion(terminology, Language.SV, STORED).toString());
            ValueSet.ConceptSetComponent include = new ValueSet.ConceptSetComponent()
                    .setSystem(terminology.codeSystemUrl());
            expanded.getExpansion().getContains().forEach(c -> include.addConcept().setCode(c.getCode())
                    .setDisplay(c.getDisplay()));
            expanded.setExpansion(null);
            expanded.setCompose(new ValueSet.ValueSetComposeComponent().addInclude(include));
            resources.addValueSet(expanded);
        }
        ValidationSupportChain support = new ValidationSupportChain(new ServedQuestionnaires(), resources,
                new DefaultProfileValidationSupport(R4), new InMemoryTerminologyServerValidationSupport(R4),
                new CommonCodeSystemsTerminologyService(R4));
        validator = R4.newValidator();
        validator.registerValidatorModule(new FhirInstanceValidator(support));
    }

    private static ca.uhn.fhir.parser.IParser parser() {
        return R4.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
    }

    private static StoredTemplate builtIn(String code) throws IOException {
        try (InputStream in = QuestionnaireResponseJsonTest.class.getResourceAsStream("/templates/" + code + ".json")) {
            byte[] json = in.readAllBytes();
            TemplateDocument document = new JsonTemplateReader().read(json);
            return new StoredTemplate(new TemplateVersionInfo(code, 2, document.template().title(),
                    TemplateOrigin.BUILT_IN, "0".repeat(64), json.length, "system", STORED), document);
        }
    }

    // ---------------------------------------------------------------- answers a member of staff could give

    /** The answers of one role of one built-in template: every required question shown, conditions followed. */
    private static List<Answer> answers(String code, RespondentRole role, Questionnaire q) {
        List<Answer> a = new ArrayList<>();
        switch (code + "/" + role) {
            case "ORS/CLIENT" -> {
                a.add(decimal("ors-individual", "6.5"));
                a.add(decimal("ors-relations", "10"));
                a.add(decimal("ors-social", "0"));
                a.add(decimal("ors-general", "4.2"));
            }
            case "ALDREOMSORG_SOCIAL_SAMVARO/CASE_OFFICER" -> {
                a.add(text("ha-ansokan", "Vill komma ut och träffa andra."));
                a.add(yes("ha-ansokte-social-samvaro", false));
                a.add(text("ha-varfor-beviljad", "Behovet kom fram vid utredningen."));
                a.add(yes("ha-annat-satt-utrett", true));
                a.add(choice(q, "ha-annat-satt", "DAGVERKSAMHET", "NATVERK"));
                a.add(area("ha-livsomraden", "D7"));
                a.add(yes("ha-uppfoljd", true));
                a.add(choice(q, "ha-mal-uppfyllt", "DELVIS"));
            }
            case "ALDREOMSORG_SOCIAL_SAMVARO/PROVIDER" -> {
                a.add(yes("km-plan-social-samvaro", true));
                a.add(text("km-plan-innehall", "Promenad varje tisdag."));
                a.add(yes("km-kund-delaktig", false));
                a.add(text("km-delaktig-varfor-inte", "Orkade inte."));
                a.add(yes("km-plan-uppfoljd", false));
                a.add(yes("km-beslut-uppfoljt", true));
                a.add(text("km-beslut-uppfoljning", "Vid uppföljningsmötet."));
            }
            case "ALDREOMSORG_SOCIAL_SAMVARO/CLIENT" -> {
                a.add(yes("ku-intervjuad", true));
                a.add(choice(q, "ku-aktiviteter", "SAMTAL", "ANNAT"));
                a.add(text("ku-aktiviteter-annat", "Bakar"));
                a.add(choice(q, "ku-som-tankt", "JA"));
                a.add(yes("ku-nojd", true));
                a.add(text("ku-fungerar-bra", "Samma person kommer."));
                a.add(choice(q, "ku-samma-person", "NAGRA"));
                a.add(choice(q, "ku-skillnad", "POSITIV"));
                a.add(text("ku-skillnad-hur", "Gladare."));
            }
            case "KALMAR_BOENDESTOD/PROVIDER" -> {
                a.add(yes("avbokat", true));
                a.add(new Answer("avbokning-datum", List.of(1), List.of(new AnswerValue.OfDate(
                        LocalDate.of(2026, 12, 1)))));
                a.add(new Answer("avbokning-orsak", List.of(1), List.of(reason("BORTREST"))));
                a.add(new Answer("avbokning-datum", List.of(2), List.of(new AnswerValue.OfDate(
                        LocalDate.of(2026, 12, 3)))));
                a.add(new Answer("avbokning-orsak", List.of(2), List.of(reason("MAENDE"))));
                a.add(yes("hela-veckan-avbokad", false));
                a.add(area("livsomraden", "D6", "TRYGGHET"));
            }
            case "TROSA_MISSBRUK/CASE_OFFICER" -> {
                a.add(choice(q, "kon", "KVINNA"));
                a.add(new Answer("alder", List.of(new AnswerValue.OfInteger(19))));
                a.add(choice(q, "barn", "NEJ"));
                a.add(choice(q, "huvuddrog", "CANNABIS"));
                a.add(choice(q, "grad", "SKADLIGT_BRUK"));
                a.add(new Answer("aktualiserad", List.of(new AnswerValue.OfDate(LocalDate.of(2026, 2, 3)))));
                a.add(yes("utredning", true));
                a.add(new Answer("utredning-klar", List.of(new AnswerValue.OfDate(LocalDate.of(2026, 4, 1)))));
                a.add(choice(q, "beslut", "BEVILJAD"));
                a.add(choice(q, "insatstyp", "OPPENVARD", "KONTAKTPERSON"));
                a.add(choice(q, "fullfoljd", "JA"));
                a.add(yes("avslutat", true));
                a.add(choice(q, "orsak-avslut", "MAL_UPPNATT"));
                a.add(choice(q, "situation", "POSITIV"));
                a.add(yes("ateraktualiserad", true));
                a.add(choice(q, "ateraktualisering", "POSITIV"));
            }
            default -> throw new AssertionError("no answers written for " + code + "/" + role);
        }
        return a;
    }

    private static Answer decimal(String linkId, String value) {
        return new Answer(linkId, List.of(new AnswerValue.OfDecimal(new BigDecimal(value))));
    }

    private static Answer text(String linkId, String value) {
        return new Answer(linkId, List.of(new AnswerValue.OfString(value)));
    }

    private static Answer yes(String linkId, boolean value) {
        return new Answer(linkId, List.of(new AnswerValue.OfBoolean(value)));
    }

    /** An option answer as the service stores it: the option's system and code. */
    private static Answer choice(Questionnaire q, String linkId, String... codes) {
        Item item = q.item(linkId).orElseThrow();
        List<AnswerValue> values = new ArrayList<>();
        for (String code : codes) {
            Coding option = item.options().stream().filter(o -> o.code().equals(code)).findFirst().orElseThrow();
            values.add(new AnswerValue.OfCoding(new Coding(option.system(), code, null)));
        }
        return new Answer(linkId, values);
    }

    private static AnswerValue reason(String code) {
        return new AnswerValue.OfCoding(new Coding(FollowUpValueSets.REASON_CODE_SYSTEM, code, null));
    }

    private static Answer area(String linkId, String... codes) {
        List<AnswerValue> values = new ArrayList<>();
        for (String code : codes) {
            values.add(new AnswerValue.OfCoding(new Coding(FollowUpValueSets.IBIC_LIFE_AREA_SYSTEM, code, null)));
        }
        return new Answer(linkId, values);
    }

    private static FollowUpResponse response(StoredTemplate stored, RespondentRole role, List<Answer> answers,
            ResponseStatus status, PersonalIdentityNumber client) {
        return new FollowUpResponse(17, 5, "BOSTOD_NORR", client, stored.info().code(), stored.info().version(),
                stored.template().occasions().get(0).code(), 1, role, LocalDate.of(2026, 12, 6), answers, status,
                status == ResponseStatus.COMPLETED ? null : "Fel brukare", 3, "anna", CHANGED);
    }

    /** @return every error or warning of the validator, but the narrative's best-practice warning (dom-6) */
    private static List<String> problems(ObjectNode resource) {
        List<String> problems = new ArrayList<>();
        for (SingleValidationMessage m : validator.validateWithResult(resource.toString()).getMessages()) {
            if (m.getSeverity().ordinal() >= ResultSeverityEnum.WARNING.ordinal() && !m.getMessage().contains("dom-6:")) {
                problems.add(m.getSeverity() + " " + m.getLocationString() + ": " + m.getMessage());
            }
        }
        return problems;
    }

    /** Makes the template version's questionnaires resolvable by the validator, as /fhir/Questionnaire serves them. */
    private static void serve(StoredTemplate stored) {
        for (Respondent respondent : stored.template().respondents()) {
            org.hl7.fhir.r4.model.Questionnaire q = parser().parseResource(org.hl7.fhir.r4.model.Questionnaire.class,
                    QuestionnaireJson.questionnaire(stored, respondent.role()).orElseThrow().toString());
            QUESTIONNAIRES.put(q.getUrl() + "|" + q.getVersion(), q);
        }
    }

    /** A validation support that resolves the questionnaires a QuestionnaireResponse names (url|version). */
    @SuppressWarnings("unchecked")
    private static final class ServedQuestionnaires implements IValidationSupport {
        @Override
        public FhirContext getFhirContext() {
            return R4;
        }

        @Override
        public <T extends IBaseResource> T fetchResource(Class<T> type, String uri) {
            if (type != null && !type.isAssignableFrom(org.hl7.fhir.r4.model.Questionnaire.class)) {
                return null;
            }
            org.hl7.fhir.r4.model.Questionnaire q = QUESTIONNAIRES.get(uri);
            return q == null ? null : (T) q;
        }
    }

    // ---------------------------------------------------------------- the tests

    @ParameterizedTest
    @ValueSource(strings = {"KALMAR_BOENDESTOD", "ALDREOMSORG_SOCIAL_SAMVARO", "TROSA_MISSBRUK", "ORS"})
    void everyRoleOfEveryBuiltInTemplateGivesAValidQuestionnaireResponseToItsQuestionnaire(String code)
            throws IOException {
        StoredTemplate stored = builtIn(code);
        serve(stored);
        for (Respondent respondent : stored.template().respondents()) {
            RespondentRole role = respondent.role();
            List<Answer> answers = answers(code, role, respondent.questionnaire());
            ObjectNode rendered = QuestionnaireResponseJson.render(response(stored, role, answers,
                    ResponseStatus.COMPLETED, CLIENT), respondent.questionnaire());

            QuestionnaireResponse qr = parser().parseResource(QuestionnaireResponse.class, rendered.toString());
            String where = code + " " + role;
            assertEquals("17", qr.getIdElement().getIdPart(), where);
            assertEquals("3", qr.getMeta().getVersionId(), where);
            assertEquals(CHANGED, qr.getMeta().getLastUpdated().toInstant(), where);
            assertEquals(FollowUpValueSets.questionnaireUrl(code, role) + "|2", qr.getQuestionnaire(), where);
            assertEquals(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED, qr.getStatus(), where);
            assertEquals("2026-12-06", qr.getAuthoredElement().getValueAsString(), where);
            assertEquals(QuestionnaireResponseJson.PERSONNUMMER, qr.getSubject().getIdentifier().getSystem(), where);
            assertEquals("199601159826", qr.getSubject().getIdentifier().getValue(), where);
            assertEquals(answers.stream().mapToInt(a -> a.values().size()).sum(), answerCount(qr.getItem()),
                    where + ": every value answered, once");
            assertEquals(List.of(), problems(rendered), where);
        }
    }

    @Test
    void kalmarsRepeatingGroupIsAnItemPerEntryInsideItsSection() throws IOException {
        StoredTemplate kalmar = builtIn("KALMAR_BOENDESTOD");
        Questionnaire q = kalmar.template().respondent(RespondentRole.PROVIDER).orElseThrow().questionnaire();
        ObjectNode rendered = QuestionnaireResponseJson.render(response(kalmar, RespondentRole.PROVIDER,
                answers("KALMAR_BOENDESTOD", RespondentRole.PROVIDER, q), ResponseStatus.COMPLETED, CLIENT), q);

        QuestionnaireResponse qr = parser().parseResource(QuestionnaireResponse.class, rendered.toString());
        assertEquals(List.of("veckan", "bakgrund"), qr.getItem().stream().map(i -> i.getLinkId()).toList());
        List<QuestionnaireResponseItemComponent> week = qr.getItem().get(0).getItem();
        assertEquals(List.of("avbokat", "avbokning", "avbokning", "hela-veckan-avbokad"),
                week.stream().map(QuestionnaireResponseItemComponent::getLinkId).toList());
        assertEquals(List.of("2026-12-01", "BORTREST"), values(week.get(1)));
        assertEquals(List.of("2026-12-03", "MAENDE"), values(week.get(2)));
        assertEquals(FollowUpValueSets.REASON_CODE_SYSTEM, week.get(2).getItem().get(1).getAnswerFirstRep()
                .getValueCoding().getSystem());
        assertEquals(List.of("D6", "TRYGGHET"), values(qr.getItem().get(1).getItem().get(0)));
    }

    @Test
    void onlyAnsweredQuestionsAndTheGroupsHoldingThemAppearWithTheQuestionnairesTextsAndOptionLabels()
            throws IOException {
        StoredTemplate samvaro = builtIn("ALDREOMSORG_SOCIAL_SAMVARO");
        Questionnaire q = samvaro.template().respondent(RespondentRole.CLIENT).orElseThrow().questionnaire();
        List<Answer> notInterviewed = List.of(yes("ku-intervjuad", false), choice(q, "ku-ej-intervjuad-orsak",
                "AVBOJDE"));
        ObjectNode rendered = QuestionnaireResponseJson.render(response(samvaro, RespondentRole.CLIENT, notInterviewed,
                ResponseStatus.COMPLETED, CLIENT), q);
        serve(samvaro);

        QuestionnaireResponse qr = parser().parseResource(QuestionnaireResponse.class, rendered.toString());
        assertEquals(List.of("ku-intervjuad", "ku-ej-intervjuad-orsak"), qr.getItem().stream()
                .map(QuestionnaireResponseItemComponent::getLinkId).toList(), "the interview's group is left out");
        assertEquals(q.item("ku-intervjuad").orElseThrow().text(), qr.getItem().get(0).getText());
        Coding option = q.item("ku-ej-intervjuad-orsak").orElseThrow().options().stream()
                .filter(o -> o.code().equals("AVBOJDE")).findFirst().orElseThrow();
        assertEquals(option.display(), qr.getItem().get(1).getAnswerFirstRep().getValueCoding().getDisplay());
        assertEquals(option.system(), qr.getItem().get(1).getAnswerFirstRep().getValueCoding().getSystem());
        assertEquals(List.of(), problems(rendered));
    }

    @Test
    void theValidatorFindsAResponseThatDoesNotKeepToItsQuestionnaire() throws IOException {
        StoredTemplate ors = builtIn("ORS");
        serve(ors);
        Questionnaire q = ors.template().respondent(RespondentRole.CLIENT).orElseThrow().questionnaire();
        // one required item left out, one out of range: rendered faithfully, so the validator must object
        ObjectNode rendered = QuestionnaireResponseJson.render(response(ors, RespondentRole.CLIENT,
                List.of(decimal("ors-individual", "11"), decimal("ors-relations", "5"), decimal("ors-social", "5")),
                ResponseStatus.COMPLETED, CLIENT), q);

        List<String> problems = problems(rendered);
        assertTrue(problems.stream().anyMatch(p -> p.contains("ors-general")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("ERROR")), problems.toString());
    }

    @Test
    void aResponseEnteredInErrorSaysSoAndASamordningsnummerHasItsOwnSystem() throws IOException {
        StoredTemplate ors = builtIn("ORS");
        Questionnaire q = ors.template().respondent(RespondentRole.CLIENT).orElseThrow().questionnaire();
        ObjectNode rendered = QuestionnaireResponseJson.render(response(ors, RespondentRole.CLIENT,
                answers("ORS", RespondentRole.CLIENT, q), ResponseStatus.ENTERED_IN_ERROR, COORDINATION), q);

        QuestionnaireResponse qr = parser().parseResource(QuestionnaireResponse.class, rendered.toString());
        assertEquals(QuestionnaireResponse.QuestionnaireResponseStatus.ENTEREDINERROR, qr.getStatus());
        assertEquals(QuestionnaireResponseJson.SAMORDNINGSNUMMER, qr.getSubject().getIdentifier().getSystem());
        assertEquals("199708729752", qr.getSubject().getIdentifier().getValue());
        assertFalse(rendered.toString().contains("Fel brukare"), "the reason stays Följa's: " + rendered);
        assertEquals(new BigDecimal("6.5"), qr.getItem().get(0).getAnswerFirstRep().getValueDecimalType().getValue());
    }

    private static int answerCount(List<QuestionnaireResponseItemComponent> items) {
        int n = 0;
        for (QuestionnaireResponseItemComponent item : items) {
            n += item.getAnswer().size() + answerCount(item.getItem());
        }
        return n;
    }

    /** @return the values of an item's answers, or of its children's, as text */
    private static List<String> values(QuestionnaireResponseItemComponent item) {
        List<String> values = new ArrayList<>();
        item.getAnswer().forEach(a -> values.add(a.hasValueCoding() ? a.getValueCoding().getCode()
                : a.getValue().primitiveValue()));
        item.getItem().forEach(child -> values.addAll(values(child)));
        return values;
    }
}
