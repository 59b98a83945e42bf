package se.folja.rest.internal.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.StrictErrorHandler;
import se.folja.api.followup.Item;
import se.folja.api.followup.Respondent;
import se.folja.api.followup.RespondentRole;
import se.folja.api.followup.StoredTemplate;
import se.folja.api.followup.TemplateDocument;
import se.folja.api.followup.TemplateOrigin;
import se.folja.api.followup.TemplateVersionInfo;
import se.folja.followup.internal.JsonTemplateReader;

/**
 * A template version's questionnaire as served below {@code /fhir/Questionnaire}: every built-in template, read
 * by Följa's own reader, gives for each of its respondent roles a Questionnaire that HAPI FHIR's strict R4 parser
 * accepts, with Följa's id, url and version and the document's items unchanged.
 */
class QuestionnaireJsonTest {

    private static final FhirContext R4 = FhirContext.forR4();
    private static final Instant STORED = Instant.parse("2026-11-30T09:15:00Z");

    private static StoredTemplate builtIn(String code, int version) throws IOException {
        try (InputStream in = QuestionnaireJsonTest.class.getResourceAsStream("/templates/" + code + ".json")) {
            byte[] json = in.readAllBytes();
            TemplateDocument document = new JsonTemplateReader().read(json);
            TemplateVersionInfo info = new TemplateVersionInfo(code, version, document.template().title(),
                    TemplateOrigin.BUILT_IN, "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
                    json.length, "system", STORED);
            return new StoredTemplate(info, document);
        }
    }

    private static Questionnaire parse(ObjectNode json) {
        return R4.newJsonParser().setParserErrorHandler(new StrictErrorHandler())
                .parseResource(Questionnaire.class, json.toString());
    }

    private static List<String> linkIds(List<Item> items) {
        List<String> ids = new ArrayList<>();
        for (Item item : items) {
            ids.add(item.linkId());
            ids.addAll(linkIds(item.items()));
        }
        return ids;
    }

    private static List<String> fhirLinkIds(List<QuestionnaireItemComponent> items) {
        List<String> ids = new ArrayList<>();
        for (QuestionnaireItemComponent item : items) {
            ids.add(item.getLinkId());
            ids.addAll(fhirLinkIds(item.getItem()));
        }
        return ids;
    }

    @ParameterizedTest
    @ValueSource(strings = {"KALMAR_BOENDESTOD", "ALDREOMSORG_SOCIAL_SAMVARO", "TROSA_MISSBRUK", "ORS"})
    void everyRoleOfEveryBuiltInTemplateIsAValidR4QuestionnaireWithFoljasIdentity(String code) throws IOException {
        StoredTemplate stored = builtIn(code, 3);

        for (Respondent respondent : stored.template().respondents()) {
            RespondentRole role = respondent.role();
            Questionnaire q = parse(QuestionnaireJson.questionnaire(stored, role).orElseThrow());

            String id = code.replace('_', '.') + "-v3-" + role.name().replace("_", "").toLowerCase();
            assertEquals(id, q.getIdElement().getIdPart());
            assertEquals("https://folja.se/fhir/Questionnaire/" + code.replace('_', '.') + "-"
                    + role.name().replace("_", "").toLowerCase(), q.getUrl());
            assertEquals("3", q.getVersion());
            assertEquals(STORED, q.getMeta().getLastUpdated().toInstant());
            assertFalse(q.getTitle().isBlank());
            assertEquals(linkIds(respondent.questionnaire().items()), fhirLinkIds(q.getItem()),
                    "the document's items, in its order");
        }
    }

    @Test
    void aRoleTheTemplateDoesNotAskHasNoQuestionnaire() throws IOException {
        StoredTemplate ors = builtIn("ORS", 1);
        List<RespondentRole> asked = ors.template().respondents().stream().map(Respondent::role).toList();

        for (RespondentRole role : RespondentRole.values()) {
            assertEquals(asked.contains(role), QuestionnaireJson.questionnaire(ors, role).isPresent(), role.name());
        }
    }

    @Test
    void aTitleIsGivenWhenTheDocumentHasNone() throws IOException {
        StoredTemplate samvaro = builtIn("ALDREOMSORG_SOCIAL_SAMVARO", 1);

        for (Respondent respondent : samvaro.template().respondents()) {
            Questionnaire q = parse(QuestionnaireJson.questionnaire(samvaro, respondent.role()).orElseThrow());
            String expected = respondent.questionnaire().title() != null ? respondent.questionnaire().title()
                    : samvaro.template().title().sv() + " – " + QuestionnaireJson.roleLabel(respondent.role());
            assertEquals(expected, q.getTitle());
        }
    }

    @Test
    void anIdNamesTheTemplateCodeVersionAndRoleAndReadsBack() {
        assertEquals("KALMAR.BOENDESTOD-v12-caseofficer",
                QuestionnaireJson.id("KALMAR_BOENDESTOD", 12, RespondentRole.CASE_OFFICER));
        assertEquals(Optional.of(new QuestionnaireJson.Ref("KALMAR_BOENDESTOD", 12, RespondentRole.CASE_OFFICER)),
                QuestionnaireJson.parse("KALMAR.BOENDESTOD-v12-caseofficer"));
        assertEquals(Optional.of(new QuestionnaireJson.Ref("X-V1", 2, RespondentRole.CLIENT)),
                QuestionnaireJson.parse(QuestionnaireJson.id("X-V1", 2, RespondentRole.CLIENT)),
                "a code that itself looks like a version");
        for (RespondentRole role : RespondentRole.values()) {
            assertEquals(Optional.of(new QuestionnaireJson.Ref("ORS", 1, role)),
                    QuestionnaireJson.parse(QuestionnaireJson.id("ORS", 1, role)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ORS", "ORS-v1", "ORS-v0-client", "ORS-v01-client", "ORS-1-client",
        "ORS-v1-patient", "ors-v1-client", "ORS_X-v1-client", "O-v1-client", "ORS-v1-client-", "ORS-v9999999999-client"})
    void anythingElseIsNoQuestionnaireId(String id) {
        assertTrue(QuestionnaireJson.parse(id).isEmpty(), id);
    }

    @Test
    void aCanonicalUrlNamesTheTemplateAndRoleOfEveryVersion() {
        String url = QuestionnaireJson.url("TROSA_MISSBRUK", RespondentRole.PROVIDER);

        assertEquals("https://folja.se/fhir/Questionnaire/TROSA.MISSBRUK-provider", url);
        assertEquals(Optional.of(new QuestionnaireJson.Ref("TROSA_MISSBRUK", 0, RespondentRole.PROVIDER)),
                QuestionnaireJson.parseUrl(url));
        assertTrue(QuestionnaireJson.parseUrl("https://folja.se/fhir/Questionnaire/ORS").isEmpty());
        assertTrue(QuestionnaireJson.parseUrl("https://example.org/fhir/Questionnaire/ORS-client").isEmpty());
        assertTrue(QuestionnaireJson.parseUrl(null).isEmpty());
    }
}
