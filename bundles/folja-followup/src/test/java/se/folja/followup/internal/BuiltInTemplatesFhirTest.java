package se.folja.followup.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemEnableWhenComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The built-in follow-up templates (src/main/resources/templates): every respondent's Questionnaire is FHIR R4
 * that HAPI's strict parser reads and the base profile accepts, keeps to Följa's subset (FOLLOWUP-FORMAT), and
 * says what the seed it reproduces says.
 */
class BuiltInTemplatesFhirTest {

    private static final Set<String> BUILT_IN = Set.copyOf(BuiltInTemplates.CODES);

    /** The intervention types the store's migration ships (003-intervention-types.sql); the demo grants them. */
    private static final Set<String> CATALOGUE_INTERVENTION_TYPES = Set.of("BEHANDLING", "BOENDESTOD",
            "HEMTJANST_SOCIAL_SAMVARO");

    private static final String REASON_CODES = "https://folja.se/fhir/ValueSet/reason-codes";
    private static final String LIFE_AREAS = "https://folja.se/fhir/ValueSet/ibic-life-areas";
    private static final String MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue";
    private static final String MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue";
    private static final String MAX_DECIMAL_PLACES = "http://hl7.org/fhir/StructureDefinition/maxDecimalPlaces";
    private static final String ITEM_CONTROL = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl";

    /** Följa's subset of Questionnaire and of its items (FOLLOWUP-FORMAT.md): what the templates may use. */
    private static final Set<String> QUESTIONNAIRE_PROPERTIES = Set.of("resourceType", "id", "url", "name",
            "title", "_title", "language", "status", "item");
    private static final Set<String> ITEM_PROPERTIES = Set.of("linkId", "text", "_text", "type", "required", "repeats",
            "enableWhen", "enableBehavior", "answerOption", "answerValueSet", "maxLength", "extension", "item",
            "prefix");
    private static final Set<String> ITEM_TYPES = Set.of("group", "display", "choice", "integer", "decimal",
            "date", "boolean", "string", "text");
    private static final Set<String> EXTENSIONS = Set.of(MIN_VALUE, MAX_VALUE, MAX_DECIMAL_PLACES, ITEM_CONTROL);
    private static final Pattern OPTION_CODE = Pattern.compile("[A-Z0-9_]+");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FhirContext FHIR = FhirContext.forR4();
    private static FhirValidator validator;

    @BeforeAll
    static void baseProfileValidator() {
        // The base R4 profiles and HAPI's in-memory terminology; no terminology server.
        ValidationSupportChain support = new ValidationSupportChain(new DefaultProfileValidationSupport(FHIR),
                new InMemoryTerminologyServerValidationSupport(FHIR), new CommonCodeSystemsTerminologyService(FHIR));
        validator = FHIR.newValidator();
        validator.registerValidatorModule(new FhirInstanceValidator(support));
    }

    // ---------------------------------------------------------------- the files

    static Stream<String> templates() throws IOException {
        return templateFiles().keySet().stream();
    }

    private static Map<String, Path> templateFiles() throws IOException {
        URL folder = BuiltInTemplatesFhirTest.class.getResource("/templates");
        assertNotNull(folder, "the bundle ships templates/ on its class path");
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            Map<String, Path> byName = new LinkedHashMap<>();
            files.sorted().forEach(file -> byName.put(file.getFileName().toString(), file));
            return byName;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode template(String file) throws IOException {
        try (InputStream in = BuiltInTemplatesFhirTest.class.getResourceAsStream("/templates/" + file)) {
            assertNotNull(in, file);
            return JSON.readTree(in);
        }
    }

    private static JsonNode templateByCode(String code) throws IOException {
        return template(code + ".json");
    }

    private static IParser strictParser() {
        return FHIR.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
    }

    private static Questionnaire questionnaire(JsonNode template, String role) {
        for (JsonNode respondent : template.path("respondents")) {
            if (role.equals(respondent.path("role").asText())) {
                return strictParser().parseResource(Questionnaire.class, respondent.get("questionnaire").toString());
            }
        }
        throw new AssertionError("no respondent " + role + " in " + template.path("code").asText());
    }

    /** Every item of a questionnaire in document order (a group before its children). */
    private static List<QuestionnaireItemComponent> flatten(List<QuestionnaireItemComponent> items) {
        List<QuestionnaireItemComponent> all = new ArrayList<>();
        for (QuestionnaireItemComponent item : items) {
            all.add(item);
            all.addAll(flatten(item.getItem()));
        }
        return all;
    }

    private static Map<String, QuestionnaireItemComponent> itemsByLinkId(Questionnaire questionnaire) {
        Map<String, QuestionnaireItemComponent> byLinkId = new LinkedHashMap<>();
        for (QuestionnaireItemComponent item : flatten(questionnaire.getItem())) {
            byLinkId.put(item.getLinkId(), item);
        }
        return byLinkId;
    }

    private static QuestionnaireItemComponent item(Questionnaire questionnaire, String linkId) {
        QuestionnaireItemComponent item = itemsByLinkId(questionnaire).get(linkId);
        assertNotNull(item, linkId);
        return item;
    }

    private static Set<String> optionCodes(QuestionnaireItemComponent item) {
        return item.getAnswerOption().stream().map(o -> o.getValueCoding().getCode())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static BigDecimal decimalExtension(QuestionnaireItemComponent item, String url) {
        Extension extension = item.getExtensionByUrl(url);
        assertNotNull(extension, item.getLinkId() + " " + url);
        return ((DecimalType) extension.getValue()).getValue();
    }

    private static int integerExtension(QuestionnaireItemComponent item, String url) {
        Extension extension = item.getExtensionByUrl(url);
        assertNotNull(extension, item.getLinkId() + " " + url);
        return ((IntegerType) extension.getValue()).getValue();
    }

    /** The item is asked only when {@code question} has the answer {@code answer}: a Boolean or an option code. */
    private static void assertEnabledBy(QuestionnaireItemComponent item, String question, Object answer) {
        assertTrue(item.getEnableWhen().stream().anyMatch(w -> w.getQuestion().equals(question)
                && w.getOperator() == Questionnaire.QuestionnaireItemOperator.EQUAL
                && (answer instanceof Boolean yes
                        ? w.hasAnswerBooleanType() && w.getAnswerBooleanType().booleanValue() == yes
                        : w.hasAnswerCoding() && answer.equals(w.getAnswerCoding().getCode()))),
                item.getLinkId() + " is asked only when " + question + " = " + answer);
    }

    private static Map<String, BigDecimal> byAgeRange(JsonNode thresholds) {
        Map<String, BigDecimal> values = new HashMap<>();
        for (JsonNode threshold : thresholds) {
            JsonNode age = threshold.path("ageYears");
            String range = (age.hasNonNull("min") ? age.get("min").asText() : "") + ".."
                    + (age.hasNonNull("max") ? age.get("max").asText() : "");
            values.put(range, threshold.get("value").decimalValue());
        }
        return values;
    }

    private static List<String> occasionKinds(JsonNode template) {
        List<String> kinds = new ArrayList<>();
        template.path("occasions").forEach(o -> kinds.add(o.path("kind").asText()));
        return kinds;
    }

    // ---------------------------------------------------------------- every template

    @Test
    void theBundleShipsTheFourBuiltInTemplatesEachNamedByItsCode() throws IOException {
        Set<String> expected = BUILT_IN.stream().map(code -> code + ".json").collect(Collectors.toSet());
        assertEquals(expected, templateFiles().keySet());
        for (String code : BUILT_IN) {
            JsonNode template = templateByCode(code);
            assertEquals("FoljaFollowUpTemplate", template.path("resourceType").asText(), code);
            assertEquals(code, template.path("code").asText(), code);
            for (String text : List.of("title", "purpose")) {
                int limit = text.equals("title") ? 200 : 2000;
                for (String language : List.of("sv", "en")) {
                    String value = template.path(text).path(language).asText("");
                    assertFalse(value.isBlank(), code + " " + text + "." + language);
                    assertTrue(value.length() <= limit, code + " " + text + "." + language + " ≤ " + limit);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("templates")
    void everyQuestionnaireIsReadByTheStrictFhirR4Parser(String file) throws IOException {
        JsonNode template = template(file);
        assertTrue(template.path("respondents").size() >= 1, file);
        for (JsonNode respondent : template.path("respondents")) {
            String json = respondent.get("questionnaire").toString();
            Questionnaire questionnaire;
            try {
                questionnaire = strictParser().parseResource(Questionnaire.class, json);
            } catch (DataFormatException e) {
                throw new AssertionError(file + " " + respondent.path("role").asText() + ": " + e.getMessage(), e);
            }
            assertEquals(respondent.get("questionnaire").get("item").size(), questionnaire.getItem().size(), file);
            assertEquals(org.hl7.fhir.r4.model.Enumerations.PublicationStatus.ACTIVE, questionnaire.getStatus(), file);
        }
    }

    @ParameterizedTest
    @MethodSource("templates")
    void everyQuestionnaireIsValidAgainstTheBaseR4Profile(String file) throws IOException {
        JsonNode template = template(file);
        for (JsonNode respondent : template.path("respondents")) {
            List<String> problems = new ArrayList<>();
            for (SingleValidationMessage message : validator
                    .validateWithResult(respondent.get("questionnaire").toString()).getMessages()) {
                if (message.getSeverity().ordinal() >= ResultSeverityEnum.WARNING.ordinal()
                        && !expectedWithoutNarrative(message)) {
                    problems.add(message.getSeverity() + " " + message.getLocationString() + ": "
                            + message.getMessage());
                }
            }
            assertEquals(List.of(), problems, file + " " + respondent.path("role").asText());
        }
    }

    /**
     * The one finding of the base-profile validation that is not a fault of a template: a Questionnaire Följa
     * stores carries no narrative (dom-6 is a best-practice warning, and FOLLOWUP-FORMAT refuses {@code text}).
     * Nothing else is filtered: the validator does not try to resolve Följa's value sets for a Questionnaire
     * without answers, so nothing about them needs to be.
     */
    private static boolean expectedWithoutNarrative(SingleValidationMessage message) {
        return message.getSeverity() == ResultSeverityEnum.WARNING && message.getMessage().contains("dom-6:");
    }

    @ParameterizedTest
    @MethodSource("templates")
    void everyQuestionnaireKeepsToFoljasSubset(String file) throws IOException {
        JsonNode template = template(file);
        String system = "https://folja.se/fhir/CodeSystem/" + template.path("code").asText().toLowerCase() + "-";
        for (JsonNode respondent : template.path("respondents")) {
            JsonNode questionnaire = respondent.get("questionnaire");
            String where = file + " " + respondent.path("role").asText();
            assertEquals(Set.of(), properties(questionnaire, QUESTIONNAIRE_PROPERTIES), where);
            assertEquals("sv", questionnaire.path("language").asText(), where + " speaks Swedish first");
            assertEnglish(questionnaire, "title", where);
            List<JsonNode> items = new ArrayList<>();
            collect(questionnaire.get("item"), items);
            for (JsonNode item : items) {
                String at = where + " " + item.path("linkId").asText();
                String type = item.path("type").asText();
                assertEquals(Set.of(), properties(item, ITEM_PROPERTIES), at);
                assertTrue(ITEM_TYPES.contains(type), at + " type " + type);
                assertTrue(type.equals("group") || !item.path("text").asText("").isBlank(), at + " has a text");
                if (item.has("text")) {
                    assertEnglish(item, "text", at);
                }
                assertTrue(!item.path("repeats").asBoolean(false) || type.equals("choice") || type.equals("group"),
                        at + " repeats only as a multiple choice or a group");
                assertTrue(!item.has("maxLength") || type.equals("string") && item.get("maxLength").asInt() <= 500
                        || type.equals("text") && item.get("maxLength").asInt() <= 4000, at + " maxLength");
                assertTrue(!type.equals("group") || item.path("item").size() > 0, at + " a group has items");
                if (type.equals("choice")) {
                    assertTrue(item.has("answerOption") ^ item.has("answerValueSet"),
                            at + " has either fixed options or a value set");
                }
                if (item.has("answerValueSet")) {
                    assertTrue(Set.of(REASON_CODES, LIFE_AREAS).contains(item.get("answerValueSet").asText()), at);
                }
                Set<String> codes = new HashSet<>();
                for (JsonNode option : item.path("answerOption")) {
                    JsonNode coding = option.get("valueCoding");
                    assertNotNull(coding, at + " options are codings");
                    assertEquals(Set.of("valueCoding"), fieldNames(option), at);
                    assertTrue(coding.path("system").asText().startsWith(system), at + " system "
                            + coding.path("system").asText());
                    assertTrue(OPTION_CODE.matcher(coding.path("code").asText()).matches(), at + " code");
                    assertTrue(codes.add(coding.path("code").asText()), at + " codes are unique");
                    assertFalse(coding.path("display").asText("").isBlank(), at + " display");
                    assertEnglish(coding, "display", at + " option " + coding.path("code").asText());
                }
                for (JsonNode extension : item.path("extension")) {
                    assertTrue(EXTENSIONS.contains(extension.path("url").asText()), at + " extension "
                            + extension.path("url").asText());
                }
            }
        }
    }

    /**
     * Asserts that the Swedish text {@code name} has exactly one translation, into English, as FHIR's translation
     * extension on {@code _name}, and that neither holds the other language after a slash (the old "sv / en").
     */
    private static void assertEnglish(JsonNode owner, String name, String where) {
        String text = owner.path(name).asText("");
        JsonNode translations = owner.path("_" + name).path("extension");
        assertEquals(1, translations.size(), where + " " + name + " has one translation");
        JsonNode translation = translations.get(0);
        assertEquals("http://hl7.org/fhir/StructureDefinition/translation", translation.path("url").asText(), where);
        JsonNode parts = translation.path("extension");
        assertEquals("lang", parts.path(0).path("url").asText(), where);
        assertEquals("en", parts.path(0).path("valueCode").asText(), where + " " + name + " into English");
        assertEquals("content", parts.path(1).path("url").asText(), where);
        String english = parts.path(1).path("valueString").asText("");
        assertFalse(english.isBlank(), where + " " + name + " in English");
        assertFalse(text.contains(" / ") || english.contains(" / "), where + " " + name + " in one language each: "
                + text + " | " + english);
    }

    private static void collect(JsonNode items, List<JsonNode> into) {
        for (JsonNode item : items) {
            into.add(item);
            if (item.has("item")) {
                collect(item.get("item"), into);
            }
        }
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> properties(JsonNode node, Set<String> allowed) {
        Set<String> unknown = fieldNames(node);
        unknown.removeAll(allowed);
        return unknown;
    }

    @ParameterizedTest
    @MethodSource("templates")
    void everyLinkIdIsUniqueInItsQuestionnaire(String file) throws IOException {
        JsonNode template = template(file);
        for (JsonNode respondent : template.path("respondents")) {
            Questionnaire questionnaire = questionnaire(template, respondent.path("role").asText());
            Set<String> seen = new HashSet<>();
            for (QuestionnaireItemComponent item : flatten(questionnaire.getItem())) {
                assertTrue(item.getLinkId().matches("\\S{1,255}"), file + " " + item.getLinkId());
                assertTrue(seen.add(item.getLinkId()), file + " " + respondent.path("role").asText()
                        + " repeats linkId " + item.getLinkId());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("templates")
    void everyConditionNamesAnEarlierQuestionAndAnAnswerItCanHave(String file) throws IOException {
        JsonNode template = template(file);
        for (JsonNode respondent : template.path("respondents")) {
            Questionnaire questionnaire = questionnaire(template, respondent.path("role").asText());
            Map<String, QuestionnaireItemComponent> earlier = new HashMap<>();
            for (QuestionnaireItemComponent item : flatten(questionnaire.getItem())) {
                String at = file + " " + item.getLinkId();
                if (item.getEnableWhen().size() > 1) {
                    assertTrue(item.hasEnableBehavior(), at + " says whether all or any condition enables it");
                }
                for (QuestionnaireItemEnableWhenComponent when : item.getEnableWhen()) {
                    QuestionnaireItemComponent question = earlier.get(when.getQuestion());
                    assertNotNull(question, at + " depends on " + when.getQuestion() + ", not an earlier item");
                    assertTrue(question.getType() != QuestionnaireItemType.GROUP, at + " depends on a group");
                    assertEquals(Questionnaire.QuestionnaireItemOperator.EQUAL, when.getOperator(), at);
                    if (question.getType() == QuestionnaireItemType.BOOLEAN) {
                        assertTrue(when.getAnswer() instanceof BooleanType, at + " answers yes/no");
                    } else if (question.getType() == QuestionnaireItemType.CHOICE) {
                        assertTrue(when.getAnswer() instanceof Coding, at + " answers a coding");
                        Coding coding = when.getAnswerCoding();
                        assertTrue(question.getAnswerOption().stream().anyMatch(o ->
                                o.getValueCoding().getSystem().equals(coding.getSystem())
                                        && o.getValueCoding().getCode().equals(coding.getCode())),
                                at + " names one of " + question.getLinkId() + "'s options: " + coding.getCode());
                    } else {
                        fail(at + " depends on a " + question.getType());
                    }
                }
                earlier.put(item.getLinkId(), item);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("templates")
    void theEnvelopeKeepsToTheFormat(String file) throws IOException {
        JsonNode template = template(file);
        Set<String> roles = new HashSet<>();
        for (JsonNode respondent : template.path("respondents")) {
            String role = respondent.path("role").asText();
            assertTrue(Set.of("CASE_OFFICER", "PROVIDER", "CLIENT").contains(role), file + " " + role);
            assertTrue(roles.add(role), file + " names " + role + " once");
        }
        Set<String> occasions = new HashSet<>();
        for (JsonNode occasion : template.path("occasions")) {
            assertTrue(occasion.path("code").asText().matches("[a-z0-9-]+"), file);
            assertTrue(occasions.add(occasion.path("code").asText()), file);
            assertTrue(Set.of("BASELINE", "EVERY_N_WEEKS", "AT_END", "MONTHS_AFTER_END")
                    .contains(occasion.path("kind").asText()), file);
        }
        assertFalse(occasions.isEmpty(), file);
        JsonNode population = template.path("population");
        for (JsonNode type : population.path("interventionTypes")) {
            assertTrue(CATALOGUE_INTERVENTION_TYPES.contains(type.asText()), file + " " + type.asText());
        }
        for (Iterator<String> names = population.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            assertTrue(Set.of("interventionTypes", "ageYears", "interventionRunning").contains(name), file + " " + name);
        }
        for (JsonNode scale : template.path("scoring")) {
            Questionnaire questionnaire = questionnaire(template, scale.path("respondent").asText());
            for (JsonNode linkId : scale.path("sumOf")) {
                QuestionnaireItemType type = item(questionnaire, linkId.asText()).getType();
                assertTrue(type == QuestionnaireItemType.DECIMAL || type == QuestionnaireItemType.INTEGER, file);
            }
        }
    }

    // ---------------------------------------------------------------- what each seed says

    @Test
    void orsIsFourDecimalItemsFromZeroToTenWithOneDecimalRepeatedAndScored() throws IOException {
        JsonNode template = templateByCode("ORS");
        assertEquals(1, template.path("respondents").size());
        Questionnaire client = questionnaire(template, "CLIENT");
        List<String> linkIds = List.of("ors-individual", "ors-relations", "ors-social", "ors-general");
        assertEquals(linkIds, client.getItem().stream().map(QuestionnaireItemComponent::getLinkId).toList());
        List<String> areas = List.of("Individuellt (personligt välbefinnande)",
                "Nära relationer (familj och andra nära relationer)", "Socialt (arbete, skola, vänner)",
                "Allmänt (livet i allmänhet)");
        for (int i = 0; i < linkIds.size(); i++) {
            QuestionnaireItemComponent item = client.getItem().get(i);
            assertEquals(QuestionnaireItemType.DECIMAL, item.getType(), item.getLinkId());
            assertTrue(item.getRequired(), item.getLinkId());
            assertTrue(item.getText().startsWith(areas.get(i)), item.getText());
            assertEquals(0, BigDecimal.ZERO.compareTo(decimalExtension(item, MIN_VALUE)), item.getLinkId());
            assertEquals(0, BigDecimal.TEN.compareTo(decimalExtension(item, MAX_VALUE)), item.getLinkId());
            assertEquals(1, integerExtension(item, MAX_DECIMAL_PLACES), item.getLinkId());
        }
        assertEquals(List.of("BASELINE", "EVERY_N_WEEKS", "AT_END"), occasionKinds(template));
        assertEquals(4, template.path("occasions").get(1).path("weeks").asInt());

        assertEquals(1, template.path("scoring").size());
        JsonNode total = template.path("scoring").get(0);
        assertEquals("ors-total", total.path("code").asText());
        assertEquals("CLIENT", total.path("respondent").asText());
        List<String> sumOf = new ArrayList<>();
        total.path("sumOf").forEach(l -> sumOf.add(l.asText()));
        assertEquals(linkIds, sumOf);
        assertTrue(total.path("higherIsBetter").asBoolean(false));
        assertEquals(Map.of("18..", new BigDecimal("25"), "13..17", new BigDecimal("28"), "6..12",
                new BigDecimal("32")), byAgeRange(total.path("clinicalCutoff")));
        assertEquals(Map.of("18..", new BigDecimal("5"), "..17", new BigDecimal("6")),
                byAgeRange(total.path("reliableChange")));
        // the licence: Följa ships the scale, not the form
        assertTrue(template.path("purpose").path("sv").asText().contains("licens"));
        assertTrue(template.path("purpose").path("en").asText().contains("licence"));
        assertTrue(template.path("purpose").path("en").asText().contains("not the form"));
    }

    @Test
    void aldreomsorgAsksTheCaseOfficerTheContactPersonAndTheClientAfterThreeMonthsToTwoYears()
            throws IOException {
        JsonNode template = templateByCode("ALDREOMSORG_SOCIAL_SAMVARO");
        List<String> roles = new ArrayList<>();
        template.path("respondents").forEach(r -> roles.add(r.path("role").asText()));
        assertEquals(List.of("CASE_OFFICER", "PROVIDER", "CLIENT"), roles);
        JsonNode population = template.path("population");
        assertEquals("P3M", population.path("interventionRunning").path("min").asText());
        assertEquals("P2Y", population.path("interventionRunning").path("max").asText());
        assertEquals("[\"HEMTJANST_SOCIAL_SAMVARO\"]", population.path("interventionTypes").toString());

        Questionnaire officer = questionnaire(template, "CASE_OFFICER");
        assertEquals(QuestionnaireItemType.BOOLEAN, item(officer, "ha-ansokte-social-samvaro").getType());
        // why it was granted is asked when the client did not apply for social samvaro
        assertEnabledBy(item(officer, "ha-varfor-beviljad"), "ha-ansokte-social-samvaro", false);
        assertEnabledBy(item(officer, "ha-annat-satt"), "ha-annat-satt-utrett", true);
        assertTrue(item(officer, "ha-annat-satt").getRepeats(), "several other ways may have been investigated");
        assertTrue(optionCodes(item(officer, "ha-annat-satt")).contains("REDAN_BEVILJADE"));
        assertEquals(LIFE_AREAS, item(officer, "ha-livsomraden").getAnswerValueSet());
        assertEquals(QuestionnaireItemType.TEXT, item(officer, "ha-funktionstillstand").getType());
        assertEnabledBy(item(officer, "ha-mal-uppfyllt"), "ha-uppfoljd", true);
        assertEquals(Set.of("JA", "DELVIS", "NEJ"), optionCodes(item(officer, "ha-mal-uppfyllt")));

        Questionnaire contact = questionnaire(template, "PROVIDER");
        assertEnabledBy(item(contact, "km-plan-innehall"), "km-plan-social-samvaro", true);
        assertEnabledBy(item(contact, "km-delaktig-hur"), "km-kund-delaktig", true);
        assertEnabledBy(item(contact, "km-plan-uppfoljning"), "km-plan-uppfoljd", true);
        assertEnabledBy(item(contact, "km-beslut-uppfoljning"), "km-beslut-uppfoljt", true);

        Questionnaire client = questionnaire(template, "CLIENT");
        assertEnabledBy(item(client, "intervju"), "ku-intervjuad", true);
        assertTrue(item(client, "ku-aktiviteter").getRepeats());
        assertEquals(Set.of("JA", "DELVIS", "NEJ"), optionCodes(item(client, "ku-som-tankt")));
        assertEnabledBy(item(client, "ku-fungerar-bra"), "ku-nojd", true);
        assertEquals(Set.of("SAMMA", "NAGRA", "OLIKA"), optionCodes(item(client, "ku-samma-person")));
        assertEquals(Set.of("POSITIV", "NEGATIV", "INGEN"), optionCodes(item(client, "ku-skillnad")));
        assertEnabledBy(item(client, "ku-skillnad-hur"), "ku-skillnad", "POSITIV");
        assertEnabledBy(item(client, "ku-skillnad-hur"), "ku-skillnad", "NEGATIV");
        assertEquals(Questionnaire.EnableWhenBehavior.ANY, item(client, "ku-skillnad-hur").getEnableBehavior());
    }

    @Test
    void trosaFollowsBackgroundProcessAndResultWithPositiveAndNegativeReactualisation() throws IOException {
        JsonNode template = templateByCode("TROSA_MISSBRUK");
        Questionnaire questionnaire = questionnaire(template, "CASE_OFFICER");
        assertEquals(List.of("bakgrund", "process", "resultat"),
                questionnaire.getItem().stream().map(QuestionnaireItemComponent::getLinkId).toList());
        Map<String, List<String>> sections = new LinkedHashMap<>();
        for (QuestionnaireItemComponent group : questionnaire.getItem()) {
            assertEquals(QuestionnaireItemType.GROUP, group.getType(), group.getLinkId());
            sections.put(group.getLinkId(), group.getItem().stream().map(QuestionnaireItemComponent::getLinkId).toList());
        }
        assertEquals(List.of("kon", "alder", "barn", "huvuddrog", "grad", "aktualiserad"), sections.get("bakgrund"));
        assertEquals(List.of("utredning", "utredning-klar", "beslut", "insatstyp", "fullfoljd"), sections.get("process"));
        assertEquals(List.of("avslutat", "orsak-avslut", "situation", "ateraktualiserad", "ateraktualisering"),
                sections.get("resultat"));

        assertEquals(QuestionnaireItemType.INTEGER, item(questionnaire, "alder").getType());
        assertEquals(QuestionnaireItemType.DATE, item(questionnaire, "aktualiserad").getType());
        assertEquals(Set.of("RISKBRUK", "SKADLIGT_BRUK", "BEROENDE", "OKAND"),
                optionCodes(item(questionnaire, "grad")));
        assertEnabledBy(item(questionnaire, "insatstyp"), "beslut", "BEVILJAD");
        assertEnabledBy(item(questionnaire, "orsak-avslut"), "avslutat", true);
        assertEnabledBy(item(questionnaire, "ateraktualiserad"), "avslutat", true);
        assertEnabledBy(item(questionnaire, "ateraktualisering"), "ateraktualiserad", true);
        assertEquals(Set.of("POSITIV", "NEGATIV"), optionCodes(item(questionnaire, "ateraktualisering")));
        // positive change and dropout (bortfall) are read from the situation after closing
        assertTrue(optionCodes(item(questionnaire, "situation")).containsAll(Set.of("POSITIV", "OKAND")));

        assertEquals(List.of("BASELINE", "AT_END", "MONTHS_AFTER_END"), occasionKinds(template));
        // one template for youth and adults: the export splits by age group
        JsonNode ages = template.path("population").path("ageYears");
        assertTrue(ages.path("min").asInt() <= 13, "young people are in the population");
        assertTrue(ages.path("max").isNull() || ages.path("max").isMissingNode(), "adults of every age too");
    }

    @Test
    void kalmarAsksTheReasonForEachCancelledVisitWholeWeekCancelledAndTheLifeAreas() throws IOException {
        JsonNode template = templateByCode("KALMAR_BOENDESTOD");
        Questionnaire provider = questionnaire(template, "PROVIDER");
        QuestionnaireItemComponent reason = item(provider, "avbokning-orsak");
        assertEquals(QuestionnaireItemType.CHOICE, reason.getType());
        assertEquals(REASON_CODES, reason.getAnswerValueSet());
        assertTrue(reason.getRequired());
        QuestionnaireItemComponent visit = item(provider, "avbokning");
        assertTrue(visit.getRepeats(), "one reason per cancelled visit");
        assertTrue(visit.getItem().contains(reason));
        assertEnabledBy(visit, "avbokat", true);
        QuestionnaireItemComponent wholeWeek = item(provider, "hela-veckan-avbokad");
        assertEquals(QuestionnaireItemType.BOOLEAN, wholeWeek.getType());
        QuestionnaireItemComponent lifeAreas = item(provider, "livsomraden");
        assertEquals(QuestionnaireItemType.CHOICE, lifeAreas.getType());
        assertEquals(LIFE_AREAS, lifeAreas.getAnswerValueSet());
        assertTrue(lifeAreas.getRepeats());
        assertEquals("[\"BOENDESTOD\"]", template.path("population").path("interventionTypes").toString());
        assertEquals(18, template.path("population").path("ageYears").path("min").asInt());
        assertEquals(30, template.path("population").path("ageYears").path("max").asInt());
        assertEquals(List.of("EVERY_N_WEEKS"), occasionKinds(template));
        assertEquals(1, template.path("occasions").get(0).path("weeks").asInt());
    }

    // ---------------------------------------------------------------- the checks above can fail

    @Test
    void theStrictParserRefusesAPropertyR4DoesNotKnow() {
        String json = "{\"resourceType\":\"Questionnaire\",\"status\":\"active\",\"item\":[{\"linkId\":\"a\","
                + "\"text\":\"A\",\"type\":\"boolean\",\"answerConstraint\":\"optionsOnly\"}]}";
        assertThrows(DataFormatException.class, () -> strictParser().parseResource(Questionnaire.class, json));
    }

    @Test
    void theBaseProfileValidationReportsAnInvalidQuestionnaire() {
        // a yes/no question with a value set (que-5) and a group without items (que-1)
        String json = "{\"resourceType\":\"Questionnaire\",\"status\":\"active\",\"item\":["
                + "{\"linkId\":\"a\",\"text\":\"A\",\"type\":\"boolean\",\"answerValueSet\":\"" + LIFE_AREAS + "\"},"
                + "{\"linkId\":\"b\",\"type\":\"group\"}]}";
        List<String> errors = validator.validateWithResult(json).getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .map(SingleValidationMessage::getMessage).toList();
        assertTrue(errors.stream().anyMatch(e -> e.contains("que-5")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("que-1")), errors.toString());
    }
}
