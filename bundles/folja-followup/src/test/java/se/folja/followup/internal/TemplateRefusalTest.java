package se.folja.followup.internal;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.folja.followup.internal.Fixtures.remove;
import static se.folja.followup.internal.Fixtures.set;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.folja.api.FieldError;
import se.folja.api.ValidationException;

/**
 * Every rule of the format, each broken once in the accepted template: the document is refused with an error
 * naming the exact JSON path and the rule.
 */
class TemplateRefusalTest {

    private static final String Q0 = "/respondents/0/questionnaire";
    private static final String P0 = "$.respondents[0].questionnaire";
    private static final String Q1 = "/respondents/1/questionnaire";
    private static final String P1 = "$.respondents[1].questionnaire";
    private static final String BG = Q0 + "/item/0";
    private static final String BGp = P0 + ".item[0]";
    private static final String INTRO = BG + "/item/0";
    private static final String INTROp = BGp + ".item[0]";
    private static final String LIVING = BG + "/item/1";
    private static final String LIVINGp = BGp + ".item[1]";
    private static final String SUPPORT = BG + "/item/2";
    private static final String REASON = BG + "/item/3";
    private static final String REASONp = BGp + ".item[3]";
    private static final String PR = Q0 + "/item/1";
    private static final String PRp = P0 + ".item[1]";
    private static final String VISITS = PR + "/item/0";
    private static final String VISITSp = PRp + ".item[0]";
    private static final String ORS = PR + "/item/1";
    private static final String ORSp = PRp + ".item[1]";
    private static final String ORSREL = PR + "/item/2";
    private static final String ORSRELp = PRp + ".item[2]";
    private static final String START = PR + "/item/3";
    private static final String STARTp = PRp + ".item[3]";
    private static final String MOVED = PR + "/item/4";
    private static final String MOVEDp = PRp + ".item[4]";
    private static final String NOTE = PR + "/item/5";
    private static final String NOTEp = PRp + ".item[5]";
    private static final String STORY = PR + "/item/6";
    private static final String STORYp = PRp + ".item[6]";
    private static final String ENDED_ON = Q1 + "/item/1";
    private static final String ENDED_ONp = P1 + ".item[1]";

    private static final String MIN = "http://hl7.org/fhir/StructureDefinition/minValue";
    private static final String MAX = "http://hl7.org/fhir/StructureDefinition/maxValue";
    private static final String PLACES = "http://hl7.org/fhir/StructureDefinition/maxDecimalPlaces";
    private static final String CONTROL = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl";
    private static final String TRANSLATION = "http://hl7.org/fhir/StructureDefinition/translation";

    private static Arguments refused(String rule, Consumer<ObjectNode> change, String path, String message) {
        return Arguments.of(rule, change, path, message);
    }

    private static Consumer<ObjectNode> setting(String pointer, String json) {
        return doc -> set(doc, pointer, json);
    }

    private static Consumer<ObjectNode> removing(String pointer) {
        return doc -> remove(doc, pointer);
    }

    static Stream<Arguments> envelope() {
        return Stream.of(
                refused("unknown property", setting("/version", "2"), "$.version",
                        "is not a property of a follow-up template (allowed: resourceType, code, title, purpose, "
                                + "population, respondents, occasions, scoring)"),
                refused("resourceType", setting("/resourceType", "'Questionnaire'"), "$.resourceType",
                        "must be FoljaFollowUpTemplate"),
                refused("resourceType required", removing("/resourceType"), "$.resourceType", "is required"),
                refused("code form", setting("/code", "'ors'"), "$.code",
                        "must be 2-40 characters A-Z, 0-9, '_' and '-'"),
                refused("code length", setting("/code", "'" + "A".repeat(41) + "'"), "$.code",
                        "must be 2-40 characters A-Z, 0-9, '_' and '-'"),
                refused("code required", removing("/code"), "$.code", "is required"),
                refused("code a string", setting("/code", "12"), "$.code", "must be a string"),
                refused("title required", removing("/title"), "$.title", "is required"),
                refused("title a JSON object", setting("/title", "'ORS'"), "$.title", "must be a JSON object"),
                refused("title.sv required", removing("/title/sv"), "$.title.sv", "is required"),
                refused("title.sv blank", setting("/title/sv", "' '"), "$.title.sv", "must not be empty or blank"),
                refused("title length", setting("/title/en", "'" + "x".repeat(201) + "'"), "$.title.en",
                        "must be at most 200 characters"),
                refused("title one line", setting("/title/sv", "'a\\nb'"), "$.title.sv",
                        "must not contain control characters such as tabs or line breaks (found one at position 2)"),
                refused("title language", setting("/title/de", "'Titel'"), "$.title.de",
                        "is not a language of Följa's texts (sv, en)"),
                refused("purpose length", setting("/purpose/sv", "'" + "x".repeat(2001) + "'"), "$.purpose.sv",
                        "must be at most 2000 characters"),
                refused("population unknown property", setting("/population/units", "[]"), "$.population.units",
                        "is not a property of a population (allowed: interventionTypes, ageYears, "
                                + "interventionRunning)"),
                refused("intervention type form", setting("/population/interventionTypes/1", "'hemtjänst'"),
                        "$.population.interventionTypes[1]",
                        "must be an intervention type code: 1-40 characters A-Z, 0-9 and '_'"),
                refused("intervention type twice", setting("/population/interventionTypes/1", "'BOENDESTOD'"),
                        "$.population.interventionTypes[1]", "must not appear twice"),
                refused("age min above max", setting("/population/ageYears/max", "17"), "$.population.ageYears.max",
                        "must not be less than min"),
                refused("age range", setting("/population/ageYears/min", "131"), "$.population.ageYears.min",
                        "must be between 0 and 130"),
                refused("age an integer", setting("/population/ageYears/min", "18.5"), "$.population.ageYears.min",
                        "must be an integer"),
                refused("running time a period", setting("/population/interventionRunning/min", "'PT1H'"),
                        "$.population.interventionRunning.min",
                        "must be an ISO-8601 period of years, months, weeks and days, e.g. P3M"),
                refused("running time not negative", setting("/population/interventionRunning/min", "'P-1M'"),
                        "$.population.interventionRunning.min", "must not be negative"),
                refused("running time min above max", setting("/population/interventionRunning/max", "'P2M'"),
                        "$.population.interventionRunning.max",
                        "must not be shorter than min (a month counted as 30.44 days)"),
                refused("running time P1M above P30D", doc -> {
                    set(doc, "/population/interventionRunning/min", "'P1M'");
                    set(doc, "/population/interventionRunning/max", "'P30D'");
                }, "$.population.interventionRunning.max",
                        "must not be shorter than min (a month counted as 30.44 days)"),
                refused("respondents required", removing("/respondents"), "$.respondents", "is required"),
                refused("respondents not empty", setting("/respondents", "[]"), "$.respondents", "must not be empty"),
                refused("at most three respondents", doc -> {
                    ArrayNode r = (ArrayNode) doc.get("respondents");
                    r.add(r.get(1).deepCopy());
                    r.add(r.get(1).deepCopy());
                }, "$.respondents", "must have at most 3 entries"),
                refused("role", setting("/respondents/1/role", "'STAFF'"), "$.respondents[1].role",
                        "must be CASE_OFFICER, PROVIDER or CLIENT"),
                refused("role once", setting("/respondents/1/role", "'CLIENT'"), "$.respondents[1].role",
                        "must not appear twice: each role answers one questionnaire"),
                refused("respondent property", setting("/respondents/1/title", "'x'"), "$.respondents[1].title",
                        "is not a property of a respondent (allowed: role, questionnaire)"),
                refused("questionnaire required", removing(Q1), "$.respondents[1].questionnaire", "is required"),
                refused("occasions required", removing("/occasions"), "$.occasions", "is required"),
                refused("occasions not empty", setting("/occasions", "[]"), "$.occasions", "must not be empty"),
                refused("at most twenty occasions", doc -> {
                    ArrayNode o = (ArrayNode) doc.get("occasions");
                    for (int i = 0; i < 17; i++) {
                        o.addObject().put("code", "after-" + i).put("kind", "MONTHS_AFTER_END").put("months", i + 1);
                    }
                }, "$.occasions", "must have at most 20 entries"),
                refused("occasion code form", setting("/occasions/0/code", "'Baseline'"), "$.occasions[0].code",
                        "must be 1-40 characters a-z, 0-9 and '-'"),
                refused("occasion code unique", setting("/occasions/2/code", "'baseline'"), "$.occasions[2].code",
                        "must be unique among the occasions"),
                refused("occasion kind", setting("/occasions/2/kind", "'WEEKLY'"), "$.occasions[2].kind",
                        "must be BASELINE, EVERY_N_WEEKS, AT_END or MONTHS_AFTER_END"),
                refused("weeks required", removing("/occasions/1/weeks"), "$.occasions[1].weeks", "is required"),
                refused("weeks range", setting("/occasions/1/weeks", "105"), "$.occasions[1].weeks",
                        "must be between 1 and 104"),
                refused("weeks only for EVERY_N_WEEKS", setting("/occasions/0/weeks", "4"), "$.occasions[0].weeks",
                        "is only for kind EVERY_N_WEEKS"),
                refused("months required", removing("/occasions/3/months"), "$.occasions[3].months", "is required"),
                refused("months range", setting("/occasions/3/months", "61"), "$.occasions[3].months",
                        "must be between 1 and 60"),
                refused("months only for MONTHS_AFTER_END", setting("/occasions/2/months", "6"),
                        "$.occasions[2].months", "is only for kind MONTHS_AFTER_END"),
                refused("occasion property", setting("/occasions/2/days", "6"), "$.occasions[2].days",
                        "is not a property of an occasion (allowed: code, kind, weeks, months)"));
    }

    static Stream<Arguments> scoring() {
        return Stream.of(
                refused("scale code unique", setting("/scoring/1/code", "'ors-total'"), "$.scoring[1].code",
                        "must be unique among the scoring scales"),
                refused("scale code form", setting("/scoring/1/code", "'ORS'"), "$.scoring[1].code",
                        "must be 1-40 characters a-z, 0-9 and '-'"),
                refused("scale title required", removing("/scoring/1/title"), "$.scoring[1].title", "is required"),
                refused("scale respondent a role of the template", setting("/scoring/1/respondent", "'PROVIDER'"),
                        "$.scoring[1].respondent", "must be one of the template's respondent roles"),
                refused("scale respondent a role", setting("/scoring/1/respondent", "'NURSE'"),
                        "$.scoring[1].respondent", "must be CASE_OFFICER, PROVIDER or CLIENT"),
                refused("sumOf required", removing("/scoring/1/sumOf"), "$.scoring[1].sumOf", "is required"),
                refused("sumOf not empty", setting("/scoring/1/sumOf", "[]"), "$.scoring[1].sumOf",
                        "must not be empty"),
                refused("sumOf names an item", setting("/scoring/0/sumOf/1", "'ors-social'"), "$.scoring[0].sumOf[1]",
                        "must be the linkId of an item of the CLIENT questionnaire"),
                refused("sumOf names an item of that respondent", setting("/scoring/0/sumOf/1", "'ended'"),
                        "$.scoring[0].sumOf[1]", "must be the linkId of an item of the CLIENT questionnaire"),
                refused("sumOf names a number", setting("/scoring/0/sumOf/1", "'moved'"), "$.scoring[0].sumOf[1]",
                        "must name an integer or decimal item"),
                refused("sumOf once", setting("/scoring/0/sumOf/1", "'ors-individual'"), "$.scoring[0].sumOf[1]",
                        "must not appear twice"),
                refused("higherIsBetter a boolean", setting("/scoring/0/higherIsBetter", "'yes'"),
                        "$.scoring[0].higherIsBetter", "must be true or false"),
                refused("cutoff ages do not overlap", setting("/scoring/0/clinicalCutoff/1/ageYears/max", "18"),
                        "$.scoring[0].clinicalCutoff[1].ageYears", "must not overlap the age range of clinicalCutoff[0]"),
                refused("reliable change ages do not overlap", removing("/scoring/0/reliableChange/1/ageYears"),
                        "$.scoring[0].reliableChange[1].ageYears",
                        "must not overlap the age range of reliableChange[0]"),
                refused("cutoff value not negative", setting("/scoring/0/clinicalCutoff/0/value", "-1"),
                        "$.scoring[0].clinicalCutoff[0].value", "must be 0 or more"),
                refused("cutoff value a number", setting("/scoring/0/clinicalCutoff/0/value", "'25'"),
                        "$.scoring[0].clinicalCutoff[0].value", "must be a number"),
                refused("cutoff value required", removing("/scoring/0/clinicalCutoff/0/value"),
                        "$.scoring[0].clinicalCutoff[0].value", "is required"),
                refused("cutoff age range", setting("/scoring/0/clinicalCutoff/1/ageYears/min", "18"),
                        "$.scoring[0].clinicalCutoff[1].ageYears.max", "must not be less than min"),
                refused("scale property", setting("/scoring/0/weights", "[]"), "$.scoring[0].weights",
                        "is not a property of a scoring scale (allowed: code, title, respondent, sumOf, "
                                + "higherIsBetter, clinicalCutoff, reliableChange)"));
    }

    static Stream<Arguments> questionnaire() {
        return Stream.of(
                refused("resourceType", setting(Q1 + "/resourceType", "'QuestionnaireResponse'"),
                        P1 + ".resourceType", "must be Questionnaire"),
                refused("resourceType required", removing(Q1 + "/resourceType"), P1 + ".resourceType",
                        "is required"),
                refused("status required", removing(Q1 + "/status"), P1 + ".status", "is required"),
                refused("status", setting(Q1 + "/status", "'final'"), P1 + ".status",
                        "must be draft, active, retired or unknown"),
                refused("no narrative", setting(Q1 + "/text", "{'status': 'generated', 'div': '<div/>'}"),
                        P1 + ".text", "is not supported: a questionnaire carries no narrative"),
                refused("no contained resources", setting(Q1 + "/contained", "[{'resourceType': 'ValueSet'}]"),
                        P1 + ".contained", "is not supported in a Följa questionnaire (allowed: resourceType, id, "
                                + "url, name, title, _title, status, language, description, publisher, copyright, "
                                + "date, item)"),
                refused("language", setting(Q1 + "/language", "'de'"), P1 + ".language", "must be sv or en"),
                refused("id", setting(Q1 + "/id", "'a b'"), P1 + ".id",
                        "must be a FHIR id: 1-64 letters, digits, '-' and '.'"),
                refused("date", setting(Q1 + "/date", "'1 May 2026'"), P1 + ".date",
                        "must be a FHIR dateTime, e.g. 2026-05-01"),
                refused("items required", removing(Q1 + "/item"), P1 + ".item", "is required"),
                refused("items not empty", setting(Q1 + "/item", "[]"), P1 + ".item",
                        "must not be an empty array (FHIR JSON leaves a property out instead)"),
                refused("no nulls in FHIR", setting(Q1 + "/item/0/prefix", "null"), P1 + ".item[0].prefix",
                        "must not be null (FHIR JSON leaves a property out instead)"),
                refused("an item is an object", setting(Q1 + "/item/0", "'ended'"), P1 + ".item[0]",
                        "must be a JSON object"));
    }

    static Stream<Arguments> items() {
        return Stream.of(
                refused("linkId required", removing(MOVED + "/linkId"), MOVEDp + ".linkId", "is required"),
                refused("linkId unique", setting(MOVED + "/linkId", "'visits'"), MOVEDp + ".linkId",
                        "must be unique in the questionnaire: an earlier item has it"),
                refused("linkId without whitespace", setting(MOVED + "/linkId", "'has moved'"), MOVEDp + ".linkId",
                        "must be at most 255 characters without whitespace"),
                refused("linkId length", setting(MOVED + "/linkId", "'" + "m".repeat(256) + "'"), MOVEDp + ".linkId",
                        "must be at most 255 characters without whitespace"),
                refused("text required for a question", removing(MOVED + "/text"), MOVEDp + ".text", "is required"),
                refused("text required for display", removing(INTRO + "/text"), INTROp + ".text", "is required"),
                refused("type required", removing(MOVED + "/type"), MOVEDp + ".type", "is required"),
                refused("type outside the subset", setting(MOVED + "/type", "'open-choice'"), MOVEDp + ".type",
                        "is outside Följa's subset of FHIR R4 item types (group, display, choice, integer, decimal, "
                                + "date, boolean, string, text)"),
                refused("type dateTime", setting(MOVED + "/type", "'dateTime'"), MOVEDp + ".type",
                        "is outside Följa's subset of FHIR R4 item types (group, display, choice, integer, decimal, "
                                + "date, boolean, string, text)"),
                refused("type unknown", setting(MOVED + "/type", "'yesno'"), MOVEDp + ".type",
                        "must be one of group, display, choice, integer, decimal, date, boolean, string, text"),
                refused("repeats only for choice and group", setting(MOVED + "/repeats", "true"),
                        MOVEDp + ".repeats", "is only for a choice or group item"),
                refused("repeats a boolean", setting(SUPPORT + "/repeats", "'true'"), BGp + ".item[2].repeats",
                        "must be true or false"),
                refused("required a boolean", setting(MOVED + "/required", "1"), MOVEDp + ".required",
                        "must be true or false"),
                refused("display takes no answer", setting(INTRO + "/required", "true"), INTROp + ".required",
                        "is not for a display item, which takes no answer"),
                refused("initial", setting(MOVED + "/initial", "[{'valueBoolean': false}]"), MOVEDp + ".initial",
                        "is not supported: an item has no initial answer"),
                refused("definition", setting(MOVED + "/definition", "'http://x/y#z'"), MOVEDp + ".definition",
                        "is not supported: an item is not defined by a StructureDefinition"),
                refused("code", setting(MOVED + "/code", "[{'code': 'x'}]"), MOVEDp + ".code",
                        "is not supported: an item carries no terminology code"),
                refused("readOnly", setting(MOVED + "/readOnly", "true"), MOVEDp + ".readOnly",
                        "is not supported: every question is answered"),
                refused("answerConstraint", setting(MOVED + "/answerConstraint", "'optionsOnly'"),
                        MOVEDp + ".answerConstraint", "is not supported (not FHIR R4)"),
                refused("modifierExtension", setting(MOVED + "/modifierExtension", "[{'url': 'x'}]"),
                        MOVEDp + ".modifierExtension", "is not supported: no modifier extension is"),
                refused("unknown item property", setting(MOVED + "/hint", "'x'"), MOVEDp + ".hint",
                        "is not supported in a Följa questionnaire item (allowed: linkId, prefix, text, _text, type, "
                                + "required, repeats, enableWhen, enableBehavior, answerOption, answerValueSet, "
                                + "maxLength, extension, item)"),
                refused("prefix length", setting(MOVED + "/prefix", "'" + "1".repeat(21) + "'"), MOVEDp + ".prefix",
                        "must be at most 20 characters"),
                refused("children only for a group", setting(MOVED + "/item", "[{'linkId': 'x', 'type': 'boolean', "
                        + "'text': 'X'}]"), MOVEDp + ".item", "is only for a group item: a question has no children"),
                refused("a group has items", removing(PR + "/item"), PRp + ".item", "is required"));
    }

    static Stream<Arguments> choices() {
        return Stream.of(
                refused("choice needs options", removing(LIVING + "/answerOption"), LIVINGp + ".answerOption",
                        "is required for a choice item (or answerValueSet)"),
                refused("options or value set", setting(LIVING + "/answerValueSet",
                        "'https://folja.se/fhir/ValueSet/reason-codes'"), LIVINGp + ".answerValueSet",
                        "must not be given together with answerOption"),
                refused("value set Följa's", setting(REASON + "/answerValueSet",
                        "'http://hl7.org/fhir/ValueSet/yesnodontknow'"), REASONp + ".answerValueSet",
                        "must be https://folja.se/fhir/ValueSet/reason-codes or "
                                + "https://folja.se/fhir/ValueSet/ibic-life-areas"),
                refused("options only for choice", setting(MOVED + "/answerOption",
                        "[{'valueCoding': {'code': 'y', 'display': 'Ja'}}]"), MOVEDp + ".answerOption",
                        "is only for a choice item"),
                refused("value set only for choice", setting(MOVED + "/answerValueSet",
                        "'https://folja.se/fhir/ValueSet/reason-codes'"), MOVEDp + ".answerValueSet",
                        "is only for a choice item"),
                refused("option a valueCoding", setting(LIVING + "/answerOption/1", "{'valueString': 'Stödboende'}"),
                        LIVINGp + ".answerOption[1].valueString", "is not supported: an answer option is a valueCoding"),
                refused("option initialSelected", setting(LIVING + "/answerOption/1/initialSelected", "true"),
                        LIVINGp + ".answerOption[1].initialSelected", "is not supported: an item has no initial answer"),
                refused("option code unique", setting(LIVING + "/answerOption/1/valueCoding/code", "'own'"),
                        LIVINGp + ".answerOption[1].valueCoding.code", "must be unique among the item's options"),
                refused("option code required", removing(LIVING + "/answerOption/1/valueCoding/code"),
                        LIVINGp + ".answerOption[1].valueCoding.code", "is required"),
                refused("option code a FHIR code", setting(LIVING + "/answerOption/1/valueCoding/code", "' own'"),
                        LIVINGp + ".answerOption[1].valueCoding.code",
                        "must be a FHIR code of at most 64 characters: no leading, trailing or double whitespace"),
                refused("option display required", removing(LIVING + "/answerOption/1/valueCoding/display"),
                        LIVINGp + ".answerOption[1].valueCoding.display", "is required"),
                refused("coding property", setting(LIVING + "/answerOption/1/valueCoding/version", "'1'"),
                        LIVINGp + ".answerOption[1].valueCoding.version",
                        "is not supported in a coding (allowed: system, code, display, _display)"),
                refused("no translation in a condition's coding",
                        setting(STORY + "/enableWhen/0/answerCoding/_display",
                                "{'extension': [" + translation("en", "Other") + "]}"),
                        STORYp + ".enableWhen[0].answerCoding._display",
                        "is not supported in a coding (allowed: system, code, display)"));
    }

    private static String translation(String lang, String content) {
        return "{'url': '" + TRANSLATION + "', 'extension': [{'url': 'lang', 'valueCode': '" + lang + "'}, "
                + "{'url': 'content', 'valueString': '" + content + "'}]}";
    }

    /** FHIR's translation extension on a title, an item's text and an option's display. */
    static Stream<Arguments> translations() {
        String living = LIVING + "/_text/extension";
        String livingP = LIVINGp + "._text.extension";
        return Stream.of(
                refused("translation of a missing text", setting(Q1 + "/_title",
                        "{'extension': [" + translation("en", "Case officer") + "]}"), P1 + "._title",
                        "translates title, which is not given"),
                refused("translation in the questionnaire's own language", setting(living + "/0/extension/0/valueCode",
                        "'sv'"), livingP + "[0].extension[0].valueCode",
                        "must not be the questionnaire's own language (sv): text itself is in it"),
                refused("translation language", setting(living + "/0/extension/0/valueCode", "'de'"),
                        livingP + "[0].extension[0].valueCode", "must be sv or en"),
                refused("translation once per language", setting(Q1 + "/item/0/_text", "{'extension': ["
                        + translation("en", "Ended") + ", " + translation("en", "Closed") + "]}"),
                        P1 + ".item[0]._text.extension[1].extension[0].valueCode",
                        "must be given once: an earlier translation of text is in en"),
                refused("only translations", setting(living + "/0/url",
                        "'http://hl7.org/fhir/StructureDefinition/rendering-xhtml'"), livingP + "[0].url",
                        "must be " + TRANSLATION + ": a translation is the only extension here"),
                refused("translation content required", setting(living + "/0/extension/1",
                        "{'url': 'lang', 'valueCode': 'en'}"), livingP + "[0].extension[1].url",
                        "must be lang or content, each once"),
                refused("translation has two parts", setting(living + "/0/extension",
                        "[{'url': 'lang', 'valueCode': 'en'}]"), livingP + "[0].extension",
                        "must have at least 2 entries"),
                refused("translation of an option one line", setting(LIVING
                        + "/answerOption/0/valueCoding/_display/extension/0/extension/1/valueString", "'Own\\nhome'"),
                        LIVINGp + ".answerOption[0].valueCoding._display.extension[0].extension[1].valueString",
                        "must not contain control characters such as tabs or line breaks (found one at position 4)"),
                refused("translation of a text at most as long", setting(living + "/0/extension/1/valueString",
                        "'" + "h".repeat(4001) + "'"), livingP + "[0].extension[1].valueString",
                        "must be at most 4000 characters"),
                refused("translation content a string", setting(living + "/0/extension/1/valueString", "7"),
                        livingP + "[0].extension[1].valueString", "must be a string"),
                refused("translation element has only extensions", setting(LIVING + "/_text/id", "'t1'"),
                        LIVINGp + "._text.id", "is not supported: a translated text carries no id"),
                refused("translation extensions not empty", setting(LIVING + "/_text/extension", "[]"),
                        LIVINGp + "._text.extension",
                        "must not be an empty array (FHIR JSON leaves a property out instead)"));
    }

    static Stream<Arguments> numbersDatesTexts() {
        return Stream.of(
                refused("maxLength only for text", setting(VISITS + "/maxLength", "3"), VISITSp + ".maxLength",
                        "is only for a string or text item"),
                refused("short text at most 500", setting(NOTE + "/maxLength", "501"), NOTEp + ".maxLength",
                        "must be between 1 and 500"),
                refused("long text at most 4000", setting(STORY + "/maxLength", "4001"), STORYp + ".maxLength",
                        "must be between 1 and 4000"),
                refused("extension unknown", setting(MOVED + "/extension",
                        "[{'url': 'http://hl7.org/fhir/StructureDefinition/entryFormat', 'valueString': 'x'}]"),
                        MOVEDp + ".extension[0].url", "is not an extension Följa supports (minValue, maxValue, "
                                + "maxDecimalPlaces, questionnaire-itemControl)"),
                refused("extension url required", removing(VISITS + "/extension/0/url"),
                        VISITSp + ".extension[0].url", "is required"),
                refused("extension once", setting(VISITS + "/extension/1/url", "'" + MIN + "'"),
                        VISITSp + ".extension[1].url", "must not appear twice on an item"),
                refused("range only for numbers and dates", setting(MOVED + "/extension",
                        "[{'url': '" + MIN + "', 'valueInteger': 0}]"), MOVEDp + ".extension[0].url",
                        "is only for an integer, decimal or date item"),
                refused("integer range valueInteger", setting(VISITS + "/extension/0",
                        "{'url': '" + MIN + "', 'valueDecimal': 0.5}"), VISITSp + ".extension[0].valueDecimal",
                        "must be valueInteger for an integer item"),
                refused("integer range an integer", setting(VISITS + "/extension/0/valueInteger", "0.5"),
                        VISITSp + ".extension[0].valueInteger", "must be an integer"),
                refused("integer min not above max", setting(VISITS + "/extension/0/valueInteger", "101"),
                        VISITSp + ".extension[1].valueInteger", "must not be less than minValue"),
                refused("decimal range valueDecimal", setting(ORSREL + "/extension/0",
                        "{'url': '" + MIN + "', 'valueInteger': 0}"), ORSRELp + ".extension[0].valueInteger",
                        "must be valueDecimal for a decimal item"),
                refused("decimal min not above max", setting(ORSREL + "/extension/1/valueDecimal", "-0.1"),
                        ORSRELp + ".extension[1].valueDecimal", "must not be less than minValue"),
                refused("decimal places only for decimal", setting(VISITS + "/extension/1",
                        "{'url': '" + PLACES + "', 'valueInteger': 1}"), VISITSp + ".extension[1].url",
                        "is only for a decimal item"),
                refused("decimal places range", setting(ORS + "/extension/2/valueInteger", "7"),
                        ORSp + ".extension[2].valueInteger", "must be between 0 and 6"),
                refused("range within decimal places", setting(ORS + "/extension/1/valueDecimal", "9.95"),
                        ORSp + ".extension[1].valueDecimal", "has more decimal places than maxDecimalPlaces"),
                refused("slider needs a range", removing(ORS + "/extension/1"), ORSp + ".extension[2]",
                        "a slider needs both minValue and maxValue"),
                refused("item control slider only", setting(ORS + "/extension/3/valueCodeableConcept/coding/0/code",
                        "'drop-down'"), ORSp + ".extension[3].valueCodeableConcept.coding[0].code",
                        "must be slider, the one item control Följa supports"),
                refused("item control system", setting(ORS + "/extension/3/valueCodeableConcept/coding/0/system",
                        "'http://example.org/controls'"), ORSp + ".extension[3].valueCodeableConcept.coding[0].system",
                        "must be http://hl7.org/fhir/questionnaire-item-control"),
                refused("item control only for numbers", setting(MOVED + "/extension", "[{'url': '" + CONTROL
                        + "', 'valueCodeableConcept': {'coding': [{'code': 'slider'}]}}]"),
                        MOVEDp + ".extension[0].url", "is only for an integer or decimal item (a slider)"),
                refused("date range a date", setting(START + "/extension/0/valueDate", "'2020-02-30'"),
                        STARTp + ".extension[0].valueDate", "must be a date that exists"),
                refused("date range a full date", setting(START + "/extension/0/valueDate", "'2020-01'"),
                        STARTp + ".extension[0].valueDate", "must be a full date, YYYY-MM-DD"),
                refused("date min not after max", setting(START + "/extension/0/valueDate", "'2031-01-01'"),
                        STARTp + ".extension[1].valueDate", "must not be before minValue"));
    }

    static Stream<Arguments> conditions() {
        String w = STORY + "/enableWhen";
        String wp = STORYp + ".enableWhen";
        return Stream.of(
                refused("question required", removing(w + "/0/question"), wp + "[0].question", "is required"),
                refused("question an item", setting(w + "/0/question", "'nowhere'"), wp + "[0].question",
                        "must be the linkId of an item of this questionnaire"),
                refused("question of the same questionnaire", setting(w + "/0/question", "'ended'"),
                        wp + "[0].question", "must be the linkId of an item of this questionnaire"),
                refused("no forward reference", setting(NOTE + "/enableWhen/0/question", "'story'"),
                        NOTEp + ".enableWhen[0].question",
                        "must name a question that comes before this item (no forward or self reference)"),
                refused("no self reference", setting(w + "/0/question", "'story'"), wp + "[0].question",
                        "must name a question that comes before this item (no forward or self reference)"),
                refused("no group", setting(w + "/0/question", "'background'"), wp + "[0].question",
                        "must name a question, not a group or display item"),
                refused("no display", setting(w + "/0/question", "'intro'"), wp + "[0].question",
                        "must name a question, not a group or display item"),
                refused("operator required", removing(w + "/0/operator"), wp + "[0].operator", "is required"),
                refused("operator", setting(w + "/0/operator", "'~'"), wp + "[0].operator",
                        "must be one of exists, =, !=, >, <, >=, <="),
                refused("ordering only for numbers and dates", setting(w + "/0/operator", "'>'"), wp + "[0].operator",
                        "must be exists, = or != for a choice question: only integer, decimal and date questions "
                                + "are ordered"),
                refused("ordering not for text", setting(w + "/5/operator", "'<='"), wp + "[5].operator",
                        "must be exists, = or != for a string question: only integer, decimal and date questions "
                                + "are ordered"),
                refused("an answer", removing(w + "/0/answerCoding"), wp + "[0]", "needs exactly one answer[x]"),
                refused("one answer", setting(w + "/1/answerDecimal", "3"), wp + "[1].answerDecimal",
                        "must not be given: an enableWhen has exactly one answer[x]"),
                refused("answer fits a boolean", setting(NOTE + "/enableWhen/0", "{'question': 'moved', "
                        + "'operator': '=', 'answerString': 'true'}"), NOTEp + ".enableWhen[0].answerString",
                        "must be answerBoolean for a boolean question"),
                refused("answer fits an integer", setting(w + "/1", "{'question': 'visits', 'operator': '>=', "
                        + "'answerDecimal': 3}"), wp + "[1].answerDecimal", "must be answerInteger for an integer question"),
                refused("answer fits a decimal", setting(w + "/2", "{'question': 'ors-individual', 'operator': '<', "
                        + "'answerInteger': 2}"), wp + "[2].answerInteger",
                        "must be answerDecimal for a decimal question"),
                refused("answer fits a date", setting(w + "/3", "{'question': 'start', 'operator': '>', "
                        + "'answerString': '2025-06-30'}"), wp + "[3].answerString",
                        "must be answerDate for a date question"),
                refused("answer fits a choice", setting(w + "/0", "{'question': 'living', 'operator': '=', "
                        + "'answerString': 'other'}"), wp + "[0].answerString",
                        "must be answerCoding for a choice question"),
                refused("exists takes a boolean", setting(w + "/4", "{'question': 'reason', 'operator': 'exists', "
                        + "'answerCoding': {'code': 'X'}}"), wp + "[4].answerCoding", "must be answerBoolean for exists"),
                refused("answerDateTime outside the subset", setting(w + "/3", "{'question': 'start', "
                        + "'operator': '>', 'answerDateTime': '2025-06-30T10:00:00Z'}"), wp + "[3].answerDateTime",
                        "is outside Följa's subset (answerBoolean, answerCoding, answerInteger, answerDecimal, "
                                + "answerDate, answerString)"),
                refused("coding among the options", setting(w + "/0/answerCoding/code", "'castle'"),
                        wp + "[0].answerCoding.code", "must be the code of one of the question's answerOption"),
                refused("answer a boolean", setting(NOTE + "/enableWhen/0/answerBoolean", "'true'"),
                        NOTEp + ".enableWhen[0].answerBoolean", "must be true or false"),
                refused("answer an integer", setting(w + "/1/answerInteger", "3.5"), wp + "[1].answerInteger",
                        "must be an integer"),
                refused("answer a decimal", setting(w + "/2/answerDecimal", "'2.5'"), wp + "[2].answerDecimal",
                        "must be a number"),
                refused("answer a date", setting(w + "/3/answerDate", "'30/6/2025'"), wp + "[3].answerDate",
                        "must be a full date, YYYY-MM-DD"),
                refused("enableWhen property", setting(w + "/0/system", "'x'"), wp + "[0].system",
                        "is not supported in enableWhen (allowed: question, operator, answer[x])"),
                refused("enableBehavior with several", removing(STORY + "/enableBehavior"), STORYp + ".enableBehavior",
                        "is required when there is more than one enableWhen"),
                refused("enableBehavior all or any", setting(STORY + "/enableBehavior", "'some'"),
                        STORYp + ".enableBehavior", "must be all or any"),
                refused("enableBehavior only with enableWhen", setting(MOVED + "/enableBehavior", "'all'"),
                        MOVEDp + ".enableBehavior", "is only for an item with enableWhen"),
                refused("conditions in the other questionnaire too", setting(ENDED_ON + "/enableWhen/0/question",
                        "'visits'"), ENDED_ONp + ".enableWhen[0].question",
                        "must be the linkId of an item of this questionnaire"));
    }

    static Stream<Arguments> structure() {
        String nested = "{'linkId': 'q', 'type': 'boolean', 'text': 'Q'}";
        for (int depth = 5; depth >= 1; depth--) {
            nested = "{'linkId': 'g" + depth + "', 'type': 'group', 'item': [" + nested + "]}";
        }
        String deep = nested;
        return Stream.of(
                refused("groups nest at most five levels", setting(Q1 + "/item/-", deep),
                        P1 + ".item[2].item[0].item[0].item[0].item[0].item",
                        "nests too deep: groups go at most 5 levels"),
                refused("at most 500 items", doc -> {
                    ArrayNode items = ((ObjectNode) doc.at(Q1)).withArray("item").addObject()
                            .put("linkId", "many").put("type", "group").putArray("item");
                    for (int i = 0; i < 499; i++) {
                        items.addObject().put("linkId", "b" + i).put("type", "boolean").put("text", "B");
                    }
                }, P1 + ".item[2].item[497]", "is one item too many: a questionnaire has at most 500 items"),
                refused("threshold property", setting("/scoring/0/clinicalCutoff/0/unit", "'points'"),
                        "$.scoring[0].clinicalCutoff[0].unit",
                        "is not a property of a threshold (allowed: ageYears, value)"),
                refused("age range property", setting("/population/ageYears/unit", "'years'"),
                        "$.population.ageYears.unit", "is not a property of an age range (allowed: min, max)"),
                refused("running time property", setting("/population/interventionRunning/unit", "'months'"),
                        "$.population.interventionRunning.unit",
                        "is not a property of a running time (allowed: min, max)"),
                refused("extension value", setting(ORS + "/extension/2/valueString", "'1'"),
                        ORSp + ".extension[2].valueString", "is not the value this extension takes (valueInteger)"),
                refused("codeable concept property", setting(ORS + "/extension/3/valueCodeableConcept/id", "'x'"),
                        ORSp + ".extension[3].valueCodeableConcept.id",
                        "is not supported in this codeable concept"),
                refused("respondent an object", setting("/respondents/1", "'CASE_OFFICER'"), "$.respondents[1]",
                        "must be a JSON object"),
                refused("occasion an object", setting("/occasions/1", "'every-4-weeks'"), "$.occasions[1]",
                        "must be a JSON object"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"envelope", "scoring", "questionnaire", "items", "choices", "numbersDatesTexts", "conditions", "structure",
            "translations"})
    void refuses(String rule, Consumer<ObjectNode> change, String path, String message) {
        ObjectNode doc = Fixtures.everyType();
        change.accept(doc);
        List<FieldError> errors = assertThrows(ValidationException.class,
                () -> new JsonTemplateReader().read(Fixtures.bytes(doc))).errors();
        assertTrue(errors.contains(new FieldError(path, message)), () -> "expected " + path + ": " + message
                + "\nbut got " + errors);
    }
}
