package se.folja.followup.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.folja.followup.internal.Fixtures.bytes;
import static se.folja.followup.internal.Fixtures.everyType;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.folja.api.FieldError;
import se.folja.api.ValidationException;
import se.folja.api.followup.AgeRange;
import se.folja.api.followup.AnswerValue;
import se.folja.api.followup.Coding;
import se.folja.api.followup.DateRange;
import se.folja.api.followup.EnableBehavior;
import se.folja.api.followup.EnableOperator;
import se.folja.api.followup.EnableWhen;
import se.folja.api.followup.FollowUpTemplate;
import se.folja.api.followup.FollowUpTemplateReader;
import se.folja.api.followup.FollowUpValueSets;
import se.folja.api.followup.Item;
import se.folja.api.followup.NumberRange;
import se.folja.api.followup.Occasion;
import se.folja.api.followup.OccasionKind;
import se.folja.api.followup.Population;
import se.folja.api.followup.QuestionType;
import se.folja.api.followup.Questionnaire;
import se.folja.api.followup.QuestionnaireStatus;
import se.folja.api.followup.RespondentRole;
import se.folja.api.followup.ScoringScale;
import se.folja.api.followup.TemplateDocument;

/** What the reader accepts: every question type, occasion kind and a scoring scale, read into the records. */
class JsonTemplateReaderTest {

    private final FollowUpTemplateReader reader = new JsonTemplateReader();

    private Map<String, Item> clientItems() {
        TemplateDocument doc = reader.read(Fixtures.everyTypeBytes());
        Questionnaire q = doc.template().respondent(RespondentRole.CLIENT).orElseThrow().questionnaire();
        Map<String, Item> items = new LinkedHashMap<>();
        q.allItems().forEach(i -> items.put(i.linkId(), i));
        return items;
    }

    @Test
    void readsEveryQuestionTypeInDocumentOrder() {
        Map<String, QuestionType> types = clientItems().values().stream()
                .collect(Collectors.toMap(Item::linkId, Item::type, (a, b) -> a, LinkedHashMap::new));
        assertEquals(List.of("background", "intro", "living", "support", "reason", "area", "process", "visits",
                "ors-individual", "ors-relations", "start", "moved", "note", "story"), List.copyOf(types.keySet()));
        assertEquals(List.of(QuestionType.GROUP, QuestionType.DISPLAY, QuestionType.SINGLE_CHOICE,
                QuestionType.MULTIPLE_CHOICE, QuestionType.REASON_CODE, QuestionType.LIFE_AREA, QuestionType.GROUP,
                QuestionType.INTEGER, QuestionType.DECIMAL, QuestionType.DECIMAL, QuestionType.DATE,
                QuestionType.BOOLEAN, QuestionType.SHORT_TEXT, QuestionType.LONG_TEXT), List.copyOf(types.values()));
    }

    @Test
    void readsGroupsAndDisplay() {
        Map<String, Item> items = clientItems();
        Item background = items.get("background");
        assertEquals("Bakgrund", background.text());
        assertEquals(List.of("intro", "living", "support", "reason", "area"),
                background.items().stream().map(Item::linkId).toList());
        assertEquals("Svara på frågorna nedan.", items.get("intro").text());
        assertFalse(items.get("intro").required());
    }

    @Test
    void readsChoicesWithOptionsAndValueSets() {
        Map<String, Item> items = clientItems();
        Item living = items.get("living");
        assertTrue(living.required());
        assertFalse(living.repeats());
        assertEquals("1.", living.prefix());
        assertEquals(List.of(new Coding("https://folja.se/fhir/CodeSystem/living", "own", "Eget boende"),
                new Coding(null, "supported", "Stödboende"), new Coding(null, "other", "Annat")), living.options());
        assertTrue(items.get("support").repeats());
        assertEquals(2, items.get("support").options().size());
        assertEquals(FollowUpValueSets.REASON_CODES, items.get("reason").valueSet());
        assertEquals(List.of(), items.get("reason").options());
        assertEquals(FollowUpValueSets.IBIC_LIFE_AREAS, items.get("area").valueSet());
    }

    @Test
    void readsNumbersWithRangesDecimalPlacesAndSlider() {
        Map<String, Item> items = clientItems();
        assertEquals(new NumberRange(BigDecimal.ZERO, BigDecimal.valueOf(100)), items.get("visits").numberRange());
        assertNull(items.get("visits").decimalPlaces());
        Item ors = items.get("ors-individual");
        assertEquals(0, ors.numberRange().min().compareTo(BigDecimal.ZERO));
        assertEquals(0, ors.numberRange().max().compareTo(BigDecimal.TEN));
        assertEquals(1, ors.decimalPlaces());
        assertTrue(ors.slider());
        assertTrue(ors.required());
        assertFalse(items.get("ors-relations").slider());
        assertNull(items.get("ors-relations").decimalPlaces());
    }

    @Test
    void readsDatesBooleansAndTexts() {
        Map<String, Item> items = clientItems();
        assertEquals(new DateRange(LocalDate.of(2020, 1, 1), LocalDate.of(2030, 12, 31)),
                items.get("start").dateRange());
        assertEquals(QuestionType.BOOLEAN, items.get("moved").type());
        assertEquals(200, items.get("note").maxLength());
        assertEquals(4000, items.get("story").maxLength(), "a long text's default");
        assertNull(items.get("visits").maxLength());
    }

    @Test
    void readsConditionsWithTypedAnswers() {
        Map<String, Item> items = clientItems();
        assertEquals(List.of(new EnableWhen("moved", EnableOperator.EQUALS, new AnswerValue.OfBoolean(true))),
                items.get("note").enableWhen());
        assertNull(items.get("note").enableBehavior());
        Item story = items.get("story");
        assertEquals(EnableBehavior.ANY, story.enableBehavior());
        assertEquals(List.of(
                new EnableWhen("living", EnableOperator.EQUALS, new AnswerValue.OfCoding(new Coding(null, "other", null))),
                new EnableWhen("visits", EnableOperator.GREATER_OR_EQUAL, new AnswerValue.OfInteger(3)),
                new EnableWhen("ors-individual", EnableOperator.LESS, new AnswerValue.OfDecimal(new BigDecimal("2.5"))),
                new EnableWhen("start", EnableOperator.GREATER, new AnswerValue.OfDate(LocalDate.of(2025, 6, 30))),
                new EnableWhen("reason", EnableOperator.EXISTS, new AnswerValue.OfBoolean(true)),
                new EnableWhen("note", EnableOperator.NOT_EQUALS, new AnswerValue.OfString("nej"))),
                story.enableWhen());
    }

    @Test
    void readsTheEnvelope() {
        FollowUpTemplate t = reader.read(Fixtures.everyTypeBytes()).template();
        assertEquals("TEST_ALL-1", t.code());
        assertEquals("Alla frågetyper", t.title().sv());
        assertEquals("Every question type", t.title().en());
        assertEquals("Prövar formatet.\nTvå rader.", t.purpose().sv());
        assertEquals(new Population(List.of("BOENDESTOD", "HEMTJANST"), new AgeRange(18, null),
                new se.folja.api.followup.RunningTime(Period.ofMonths(3), Period.ofYears(2))), t.population());
        assertEquals(List.of(RespondentRole.CLIENT, RespondentRole.CASE_OFFICER),
                t.respondents().stream().map(r -> r.role()).toList());
        Questionnaire client = t.respondent(RespondentRole.CLIENT).orElseThrow().questionnaire();
        assertEquals("test-all-client", client.id());
        assertEquals(QuestionnaireStatus.ACTIVE, client.status());
        assertEquals("sv", client.language());
        assertEquals(QuestionnaireStatus.DRAFT,
                t.respondent(RespondentRole.CASE_OFFICER).orElseThrow().questionnaire().status());
        assertTrue(t.respondent(RespondentRole.PROVIDER).isEmpty());
    }

    @Test
    void readsEveryOccasionKind() {
        assertEquals(List.of(new Occasion("baseline", OccasionKind.BASELINE, null, null),
                new Occasion("every-4-weeks", OccasionKind.EVERY_N_WEEKS, 4, null),
                new Occasion("end", OccasionKind.AT_END, null, null),
                new Occasion("6-months-after", OccasionKind.MONTHS_AFTER_END, null, 6)),
                reader.read(Fixtures.everyTypeBytes()).template().occasions());
    }

    @Test
    void readsScoringScales() {
        List<ScoringScale> scales = reader.read(Fixtures.everyTypeBytes()).template().scoring();
        ScoringScale ors = scales.get(0);
        assertEquals("ors-total", ors.code());
        assertEquals(RespondentRole.CLIENT, ors.respondent());
        assertEquals(List.of("ors-individual", "ors-relations"), ors.sumOf());
        assertTrue(ors.higherIsBetter());
        assertEquals(List.of(new AgeRange(18, null), new AgeRange(13, 17), new AgeRange(6, 12)),
                ors.clinicalCutoff().stream().map(c -> c.ageYears()).toList());
        assertEquals(List.of(25, 28, 32), ors.clinicalCutoff().stream().map(c -> c.value().intValueExact()).toList());
        assertEquals(new AgeRange(null, 17), ors.reliableChange().get(1).ageYears());
        assertEquals(6, ors.reliableChange().get(1).value().intValueExact());
        ScoringScale visits = scales.get(1);
        assertFalse(visits.higherIsBetter());
        assertNull(visits.title().en());
        assertEquals(List.of(), visits.clinicalCutoff());
    }

    @Test
    void keepsTheDocumentExactly() {
        byte[] json = Fixtures.everyTypeBytes();
        assertArrayEquals(json, reader.read(json).json());
    }

    @Test
    void leavesOutOptionalPartsWithDefaults() {
        ObjectNode doc = everyType();
        Fixtures.remove(doc, "/population");
        Fixtures.remove(doc, "/purpose");
        Fixtures.remove(doc, "/scoring");
        FollowUpTemplate t = reader.read(bytes(doc)).template();
        assertEquals(Population.EVERYONE, t.population());
        assertNull(t.purpose());
        assertEquals(List.of(), t.scoring());
    }

    @Test
    void textsNeverAppearInToString() {
        TemplateDocument doc = reader.read(Fixtures.everyTypeBytes());
        String all = doc.toString() + doc.template().title() + doc.template().scoring()
                + doc.template().respondents().get(0).questionnaire().allItems()
                + clientItems().get("story").enableWhen();
        for (String text : List.of("Alla frågetyper", "Bakgrund", "Eget boende", "Antal besök", "ORS totalt", "nej")) {
            assertFalse(all.contains(text), text);
        }
    }

    @Test
    void reportsManyErrorsAtOnce() {
        ObjectNode doc = everyType();
        Fixtures.set(doc, "/code", "'x'");
        Fixtures.set(doc, "/respondents/0/questionnaire/item/1/item/0/type", "'quantity'");
        Fixtures.set(doc, "/occasions/1/weeks", "0");
        Fixtures.set(doc, "/scoring/0/sumOf/0", "'moved'");
        List<FieldError> errors = assertThrows(ValidationException.class, () -> reader.read(bytes(doc))).errors();
        assertEquals(List.of("$.code", "$.respondents[0].questionnaire.item[1].item[0].type",
                "$.occasions[1].weeks", "$.scoring[0].sumOf[0]"), errors.stream().map(FieldError::field).toList());
    }

    @Test
    void stopsAtOneHundredErrors() {
        ObjectNode doc = everyType();
        ArrayNode items = (ArrayNode) doc.at("/respondents/1/questionnaire/item");
        for (int i = 0; i < 150; i++) {
            items.addObject().put("linkId", "q" + i).put("type", "time").put("text", "Tid");
        }
        List<FieldError> errors = assertThrows(ValidationException.class, () -> reader.read(bytes(doc))).errors();
        assertEquals(FollowUpTemplateReader.MAX_ERRORS, errors.size());
        assertEquals("$.respondents[1].questionnaire.item[2].type", errors.get(0).field());
    }

    @Test
    void refusesWhatIsNotAJsonObject() {
        for (String json : List.of("[]", "\"template\"", "42", "null", "", "   ")) {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> reader.read(json.getBytes(StandardCharsets.UTF_8)), json);
            assertEquals(List.of(new FieldError("$", "must be a JSON object: a follow-up template")), e.errors());
        }
    }

    @Test
    void refusesMalformedJsonOnTheRootWithoutQuotingIt() {
        byte[] full = Fixtures.everyTypeBytes();
        byte[] truncated = java.util.Arrays.copyOf(full, full.length / 2);
        for (byte[] json : List.of(truncated, "{\"code\": \"A\", \"code\": \"B\"}".getBytes(StandardCharsets.UTF_8),
                "{} {}".getBytes(StandardCharsets.UTF_8), "{'code': 'SECRET'}".getBytes(StandardCharsets.UTF_8),
                new byte[] {'{', '"', (byte) 0xC3, '"', ':', '1', '}'})) {
            ValidationException e = assertThrows(ValidationException.class, () -> reader.read(json));
            assertEquals(1, e.errors().size());
            assertEquals("$", e.errors().get(0).field());
            assertTrue(e.errors().get(0).message().startsWith("is not well-formed JSON"), e.errors().toString());
            assertFalse(e.getMessage().contains("SECRET"));
        }
    }
}
