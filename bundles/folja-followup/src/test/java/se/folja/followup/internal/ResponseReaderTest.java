package se.folja.followup.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.folja.api.FieldError;
import se.folja.api.ValidationException;
import se.folja.api.followup.Answer;
import se.folja.api.followup.AnswerValue;
import se.folja.api.followup.Coding;
import se.folja.api.followup.FollowUpValueSets;
import se.folja.api.followup.Questionnaire;
import se.folja.api.followup.RespondentRole;

/**
 * A QuestionnaireResponse checked against its questionnaire: every question type's value, range, options and
 * codes; required questions; conditions; the item tree and repeating groups; the response's own properties. Each
 * error names the question by its linkId ({@code item[<linkId>]}), or the JSON path for the response's structure.
 */
class ResponseReaderTest {

    private static final String URL = "https://folja.se/fhir/Questionnaire/TEST.ALL-1-client";
    private static final String LIVING = "{'linkId':'living','answer':[{'valueCoding':{'code':'own'}}]}";
    private static final String ORS = "{'linkId':'ors-individual','answer':[{'valueDecimal':7.5}]}";

    private final ResponseReader reader = new ResponseReader(new ResponseReader.Codes(
            Set.of("BORTREST", "SJUK")::contains, Set.of("D5", "D6")::contains));

    private static Questionnaire questionnaire(byte[] template, RespondentRole role) {
        return new JsonTemplateReader().read(template).template().respondent(role).orElseThrow().questionnaire();
    }

    private static Questionnaire client() {
        return questionnaire(Fixtures.everyTypeBytes(), RespondentRole.CLIENT);
    }

    private static Questionnaire kalmar() throws IOException {
        try (InputStream in = ResponseReaderTest.class.getResourceAsStream("/templates/KALMAR_BOENDESTOD.json")) {
            return questionnaire(in.readAllBytes(), RespondentRole.PROVIDER);
        }
    }

    private static byte[] response(String items) {
        return Fixtures.json("{'resourceType':'QuestionnaireResponse','status':'completed','item':[" + items + "]}")
                .toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A response with the two required answers and {@code background} and {@code process} items added. */
    private static byte[] client(String background, String process) {
        return response("{'linkId':'background','item':[" + LIVING + (background.isEmpty() ? "" : "," + background)
                + "]},{'linkId':'process','item':[" + ORS + (process.isEmpty() ? "" : "," + process) + "]}");
    }

    private List<Answer> read(byte[] json) {
        return reader.read(json, client(), URL, 1);
    }

    private List<FieldError> refuse(byte[] json) {
        return refuse(json, client());
    }

    private List<FieldError> refuse(byte[] json, Questionnaire questionnaire) {
        return assertThrows(ValidationException.class, () -> reader.read(json, questionnaire, URL, 1)).errors();
    }

    private static void assertOneError(List<FieldError> errors, String field, String messagePart) {
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(field, errors.get(0).field());
        assertTrue(errors.get(0).message().contains(messagePart), errors.get(0).message());
    }

    @Test
    void theRequiredAnswersAloneAreAResponseWithTheOptionsSystem() {
        List<Answer> answers = read(client("", ""));

        assertEquals(List.of(
                new Answer("living", List.of(new AnswerValue.OfCoding(
                        new Coding("https://folja.se/fhir/CodeSystem/living", "own", null)))),
                new Answer("ors-individual", List.of(new AnswerValue.OfDecimal(new BigDecimal("7.5"))))), answers);
    }

    @Test
    void everyTypeAnsweredComesBackInTheQuestionnairesOrder() {
        byte[] json = response("{'linkId':'process','item':["
                + "{'linkId':'story','answer':[{'valueString':'Rad ett\\nrad två'}]},"
                + "{'linkId':'moved','answer':[{'valueBoolean':true}]},"
                + "{'linkId':'note','answer':[{'valueString':'Flyttade i maj'}]},"
                + "{'linkId':'start','answer':[{'valueDate':'2026-03-01'}]},"
                + "{'linkId':'ors-relations','answer':[{'valueDecimal':10}]},"
                + ORS + ","
                + "{'linkId':'visits','answer':[{'valueInteger':3}]}]},"
                + "{'linkId':'background','item':["
                + "{'linkId':'area','answer':[{'valueCoding':{'code':'D6'}}]},"
                + "{'linkId':'reason','answer':[{'valueCoding':{'system':'" + FollowUpValueSets.REASON_CODE_SYSTEM
                + "','code':'SJUK','display':'Sjuk'}}]},"
                + "{'linkId':'support','answer':[{'valueCoding':{'code':'friends'}},{'valueCoding':{'code':'family'}}]},"
                + LIVING + "]}");

        List<Answer> answers = read(json);

        assertEquals(List.of("living", "support", "reason", "area", "visits", "ors-individual", "ors-relations",
                "start", "moved", "note", "story"), answers.stream().map(Answer::linkId).toList());
        assertEquals(List.of(new AnswerValue.OfCoding(new Coding(null, "friends", null)),
                new AnswerValue.OfCoding(new Coding(null, "family", null))), answers.get(1).values());
        assertEquals(List.of(new AnswerValue.OfCoding(new Coding(FollowUpValueSets.REASON_CODE_SYSTEM, "SJUK", null))),
                answers.get(2).values());
        assertEquals(List.of(new AnswerValue.OfCoding(new Coding(FollowUpValueSets.IBIC_LIFE_AREA_SYSTEM, "D6", null))),
                answers.get(3).values());
        assertEquals(List.of(new AnswerValue.OfInteger(3)), answers.get(4).values());
        assertEquals(List.of(new AnswerValue.OfDate(LocalDate.of(2026, 3, 1))), answers.get(7).values());
        assertEquals(List.of(new AnswerValue.OfBoolean(true)), answers.get(8).values());
        assertEquals(List.of(new AnswerValue.OfString("Rad ett\nrad två")), answers.get(10).values());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // wrong type
        "b|{'linkId':'reason','answer':[{'valueString':'SJUK'}]}|reason|must be answered with valueCoding, not valueString",
        "p|{'linkId':'visits','answer':[{'valueDecimal':3}]}|visits|must be answered with valueInteger, not valueDecimal",
        "p|{'linkId':'visits','answer':[{'valueInteger':2.5}]}|visits|whole number",
        "p|{'linkId':'visits','answer':[{'valueInteger':'3'}]}|visits|whole number",
        "p|{'linkId':'ors-relations','answer':[{'valueInteger':3}]}|ors-relations|must be answered with valueDecimal",
        "p|{'linkId':'ors-relations','answer':[{'valueDecimal':'3'}]}|ors-relations|must be answered with a number",
        "p|{'linkId':'start','answer':[{'valueDate':'2026-02-30'}]}|start|whole date",
        "p|{'linkId':'start','answer':[{'valueDate':'2026-03'}]}|start|whole date",
        "p|{'linkId':'start','answer':[{'valueDateTime':'2026-03-01T10:00:00Z'}]}|start|must be answered with valueDate",
        "p|{'linkId':'moved','answer':[{'valueBoolean':'true'}]}|moved|true or false",
        "p|{'linkId':'moved','answer':[{'valueBoolean':null}]}|moved|null",
        "p|{'linkId':'moved','answer':[{}]}|moved|without valueBoolean",
        "p|{'linkId':'note','answer':[{'valueString':'   '}]}|note|not blank",
        // range, decimals, length
        "p|{'linkId':'visits','answer':[{'valueInteger':101}]}|visits|between 0 and 100",
        "p|{'linkId':'visits','answer':[{'valueInteger':-1}]}|visits|between 0 and 100",
        "p|{'linkId':'ors-relations','answer':[{'valueDecimal':10.1}]}|ors-relations|between 0 and 10",
        "p|{'linkId':'start','answer':[{'valueDate':'2031-01-01'}]}|start|between 2020-01-01 and 2030-12-31",
        // options and codes
        "b|{'linkId':'support','answer':[{'valueCoding':{'code':'neighbours'}}]}|support|one of the question's options: [family, friends]",
        "b|{'linkId':'reason','answer':[{'valueCoding':{'code':'PERSONALBRIST'}}]}|reason|an active code of the reason catalogue",
        "b|{'linkId':'reason','answer':[{'valueCoding':{'system':'http://example.org','code':'SJUK'}}]}|reason|must be a code of https://folja.se/fhir/CodeSystem/reason-codes",
        "b|{'linkId':'area','answer':[{'valueCoding':{'code':'D9'}}]}|area|an IBIC life area",
        "b|{'linkId':'area','answer':[{'valueCoding':{'display':'Hemliv'}}]}|area|a Coding that has a code",
        "b|{'linkId':'area','answer':[{'valueCoding':{'code':'D6','colour':'red'}}]}|area|a Coding with colour",
        // how many answers
        "b|{'linkId':'reason','answer':[{'valueCoding':{'code':'SJUK'}},{'valueCoding':{'code':'BORTREST'}}]}|reason|takes one answer, 2 were given",
        "b|{'linkId':'support','answer':[{'valueCoding':{'code':'family'}},{'valueCoding':{'code':'family'}}]}|support|the same answer twice",
        // conditions
        "p|{'linkId':'moved','answer':[{'valueBoolean':false}]},{'linkId':'note','answer':[{'valueString':'x'}]}|note|condition (enableWhen) is not met",
        "p|{'linkId':'note','answer':[{'valueString':'x'}]}|note|condition (enableWhen) is not met",
        // the tree
        "p|{'linkId':'living','answer':[{'valueCoding':{'code':'own'}}]}|living|not a question of the questionnaire at this place ($.item[1].item[1])",
        "p|{'linkId':'nowhere','answer':[{'valueBoolean':true}]}|nowhere|not a question of the questionnaire at this place",
        "p|{'linkId':'visits','answer':[{'valueInteger':1}]},{'linkId':'visits','answer':[{'valueInteger':2}]}|visits|appears more than once",
        "b|{'linkId':'intro','answer':[{'valueBoolean':true}]}|intro|a text to read",
    })
    void aWrongAnswerIsRefusedNamingItsQuestion(String group, String item, String linkId, String message) {
        byte[] json = group.equals("b") ? client(item, "") : client("", item);

        assertOneError(refuse(json), "item[" + linkId + "]", message);
    }

    @Test
    void aStepOfTheScaleIsKeptAndTrailingZerosDoNotCountAsDecimals() {
        String living = "{'linkId':'background','item':[" + LIVING + "]},";
        assertOneError(refuse(response(living + "{'linkId':'process','item':[{'linkId':'ors-individual','answer':"
                + "[{'valueDecimal':7.25}]}]}")), "item[ors-individual]", "at most 1 decimal place");
        byte[] written = ("{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"completed\",\"item\":["
                + "{\"linkId\":\"background\",\"item\":[{\"linkId\":\"living\",\"answer\":[{\"valueCoding\":"
                + "{\"code\":\"own\"}}]}]},{\"linkId\":\"process\",\"item\":[{\"linkId\":\"ors-individual\","
                + "\"answer\":[{\"valueDecimal\":7.50}]}]}]}").getBytes(StandardCharsets.UTF_8);
        List<Answer> answers = read(written);
        assertEquals(0, new BigDecimal("7.5").compareTo(((AnswerValue.OfDecimal) answers.get(1).values().get(0)).value()));
    }

    @Test
    void aRequiredQuestionLeftOutIsNamed() {
        List<FieldError> errors = refuse(response("{'linkId':'background','item':[{'linkId':'support','answer':"
                + "[{'valueCoding':{'code':'family'}}]}]}"));

        assertEquals(List.of(new FieldError("item[living]", "is required"),
                new FieldError("item[ors-individual]", "is required")), errors);
    }

    @Test
    void aConditionThatHoldsOpensTheQuestion() {
        assertEquals(4, read(client("", "{'linkId':'moved','answer':[{'valueBoolean':true}]},"
                + "{'linkId':'note','answer':[{'valueString':'Flyttade'}]}")).size());
    }

    @Test
    void notEqualsHoldsWhenTheQuestionIsUnansweredAsFhirR4Defines() {
        // story opens when any condition holds; note != 'nej' holds while note is unanswered
        assertEquals(3, read(client("", "{'linkId':'story','answer':[{'valueString':'Berättelse'}]}")).size());

        List<FieldError> errors = refuse(client("", "{'linkId':'moved','answer':[{'valueBoolean':true}]},"
                + "{'linkId':'note','answer':[{'valueString':'nej'}]},"
                + "{'linkId':'story','answer':[{'valueString':'Berättelse'}]}"));
        assertOneError(errors, "item[story]", "condition (enableWhen) is not met");
    }

    @Test
    void anOrderingConditionComparesNumbersAndDates() {
        String closed = "{'linkId':'moved','answer':[{'valueBoolean':true}]},{'linkId':'note','answer':[{'valueString':'nej'}]},";
        String story = ",{'linkId':'story','answer':[{'valueString':'Berättelse'}]}";

        assertEquals(6, read(client("", closed + "{'linkId':'visits','answer':[{'valueInteger':3}]}" + story)).size(),
                "visits >= 3");
        assertOneError(refuse(client("", closed + "{'linkId':'visits','answer':[{'valueInteger':2}]}" + story)),
                "item[story]", "not met");
        assertEquals(6, read(client("", closed + "{'linkId':'start','answer':[{'valueDate':'2025-07-01'}]}" + story))
                .size(), "start > 2025-06-30");
        assertOneError(refuse(client("", closed + "{'linkId':'start','answer':[{'valueDate':'2025-06-30'}]}" + story)),
                "item[story]", "not met");
    }

    @Test
    void aRepeatingGroupGivesOneEntryPerCancellationEachNumbered() throws IOException {
        byte[] json = response("{'linkId':'veckan','item':[{'linkId':'avbokat','answer':[{'valueBoolean':true}]},"
                + "{'linkId':'avbokning','item':[{'linkId':'avbokning-datum','answer':[{'valueDate':'2026-03-02'}]},"
                + "{'linkId':'avbokning-orsak','answer':[{'valueCoding':{'code':'SJUK'}}]}]},"
                + "{'linkId':'avbokning','item':[{'linkId':'avbokning-datum','answer':[{'valueDate':'2026-03-04'}]},"
                + "{'linkId':'avbokning-orsak','answer':[{'valueCoding':{'code':'BORTREST'}}]}]},"
                + "{'linkId':'hela-veckan-avbokad','answer':[{'valueBoolean':false}]}]},"
                + "{'linkId':'bakgrund','item':[{'linkId':'livsomraden','answer':[{'valueCoding':{'code':'D5'}},"
                + "{'valueCoding':{'code':'D6'}}]}]}");

        List<Answer> answers = reader.read(json, kalmar(), URL, 1);

        assertEquals(List.of("avbokat", "avbokning-datum", "avbokning-orsak", "avbokning-datum", "avbokning-orsak",
                "hela-veckan-avbokad", "livsomraden"), answers.stream().map(Answer::linkId).toList());
        assertEquals(List.of(List.of(), List.of(1), List.of(1), List.of(2), List.of(2), List.of(), List.of()),
                answers.stream().map(Answer::groupInstances).toList());
        assertEquals(List.of(new AnswerValue.OfCoding(new Coding(FollowUpValueSets.REASON_CODE_SYSTEM, "BORTREST",
                null))), answers.get(4).values());
    }

    @Test
    void aRepeatingGroupIsCheckedEntryByEntry() throws IOException {
        String yes = "{'linkId':'avbokat','answer':[{'valueBoolean':true}]},";
        String whole = ",{'linkId':'hela-veckan-avbokad','answer':[{'valueBoolean':true}]}";

        assertOneError(refuse(response("{'linkId':'veckan','item':[" + yes.substring(0, yes.length() - 1) + whole
                + "]}"), kalmar()), "item[avbokning]", "at least one entry");
        assertOneError(refuse(response("{'linkId':'veckan','item':[" + yes
                + "{'linkId':'avbokning','item':[{'linkId':'avbokning-datum','answer':[{'valueDate':'2026-03-02'}]},"
                + "{'linkId':'avbokning-orsak','answer':[{'valueCoding':{'code':'SJUK'}}]}]},"
                + "{'linkId':'avbokning','item':[{'linkId':'avbokning-datum','answer':[{'valueDate':'2026-03-04'}]}]}"
                + whole + "]}"), kalmar()), "item[avbokning-orsak]", "is required");
        List<FieldError> notCancelled = refuse(response("{'linkId':'veckan','item':["
                + "{'linkId':'avbokat','answer':[{'valueBoolean':false}]},"
                + "{'linkId':'avbokning','item':[{'linkId':'avbokning-datum','answer':[{'valueDate':'2026-03-02'}]}]}"
                + "]}"), kalmar());
        assertEquals(List.of(new FieldError("item[avbokning-datum]",
                "is answered, but its condition (enableWhen) is not met")), notCancelled);
    }

    @Test
    void theResponsesOwnPropertiesAreCheckedByJsonPath() {
        String items = "{'linkId':'background','item':[" + LIVING + "]},{'linkId':'process','item':[" + ORS + "]}";
        byte[] json = Fixtures.json("{'resourceType':'Questionnaire','status':'in-progress','questionnaire':"
                + "'https://folja.se/fhir/Questionnaire/ORS-client|1','subject':{'reference':'Patient/1'},"
                + "'authored':'yesterday','colour':'red','item':[" + items + "]}").toString()
                .getBytes(StandardCharsets.UTF_8);

        List<FieldError> errors = refuse(json);

        assertEquals(List.of("$.subject", "$.colour", "$.resourceType", "$.status", "$.questionnaire", "$.authored"),
                errors.stream().map(FieldError::field).toList());
        assertTrue(errors.get(0).message().contains("the enrolment names the client"));
        assertTrue(errors.get(4).message().contains(URL + "|1"));
    }

    @Test
    void theQuestionnaireMayBeNamedWithOrWithoutItsVersion() {
        for (String named : List.of(URL, URL + "|1")) {
            byte[] json = Fixtures.json("{'resourceType':'QuestionnaireResponse','status':'completed','questionnaire':'"
                    + named + "','authored':'2026-05-01T10:00:00+02:00','item':[{'linkId':'background','item':["
                    + LIVING + "]},{'linkId':'process','item':[" + ORS + "]}]}").toString()
                    .getBytes(StandardCharsets.UTF_8);
            assertEquals(2, read(json).size(), named);
        }
    }

    @Test
    void whatIsNotJsonIsRefusedWithoutQuotingIt() {
        List<FieldError> errors = refuse("{\"resourceType\": \"QuestionnaireResponse\", 19811218-9876"
                .getBytes(StandardCharsets.UTF_8));

        assertEquals("$", errors.get(0).field());
        assertTrue(!errors.get(0).message().contains("9876"), errors.get(0).message());
    }

    @Test
    void everyErrorIsReportedAtOnce() {
        List<FieldError> errors = refuse(response("{'linkId':'background','item':["
                + "{'linkId':'support','answer':[{'valueCoding':{'code':'neighbours'}}]}]},"
                + "{'linkId':'process','item':[{'linkId':'visits','answer':[{'valueInteger':500}]},"
                + "{'linkId':'ors-individual','answer':[{'valueDecimal':11}]}]}"));

        assertEquals(List.of("item[support]", "item[visits]", "item[ors-individual]"),
                errors.stream().map(FieldError::field).toList());
    }

    @Test
    void aGroupTakesNoAnswerAndAQuestionNoItems() {
        assertOneError(refuse(response("{'linkId':'background','answer':[{'valueBoolean':true}],'item':[" + LIVING
                + "]},{'linkId':'process','item':[" + ORS + "]}")), "item[background]", "takes no answer");
        assertOneError(refuse(client("", "{'linkId':'moved','answer':[{'valueBoolean':true}],'item':[{'linkId':'x'}]}")),
                "item[moved]", "holds no items");
    }

    @Test
    void aShortTextIsOneLineAndALongTextHasItsLength() {
        assertOneError(refuse(client("", "{'linkId':'moved','answer':[{'valueBoolean':true}]},"
                + "{'linkId':'note','answer':[{'valueString':'rad ett\\nrad två'}]}")), "item[note]", "");
        assertOneError(refuse(client("", "{'linkId':'moved','answer':[{'valueBoolean':true}]},"
                + "{'linkId':'note','answer':[{'valueString':'" + "x".repeat(201) + "'}]}")),
                "item[note]", "at most 200 characters");
    }
}
