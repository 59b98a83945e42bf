package se.folja.api.followup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class FollowUpModelTest {

    private static Item question(String linkId, QuestionType type, String text) {
        return new Item(linkId, null, text, type, false, false, List.of(), null, null, null, null, null, false,
                List.of(), null, List.of());
    }

    @Test
    void ageRangesOverlapWhenTheyShareAnAge() {
        assertTrue(new AgeRange(18, null).overlaps(new AgeRange(null, 18)));
        assertFalse(new AgeRange(18, null).overlaps(new AgeRange(13, 17)));
        assertTrue(AgeRange.ANY.overlaps(new AgeRange(6, 12)));
        assertFalse(new AgeRange(6, 12).overlaps(new AgeRange(13, 17)));
        assertTrue(new AgeRange(6, 12).contains(12));
        assertFalse(new AgeRange(6, 12).contains(13));
        assertThrows(IllegalArgumentException.class, () -> new AgeRange(18, 17));
    }

    @Test
    void operatorsByFhirCode() {
        assertEquals(Optional.of(EnableOperator.GREATER_OR_EQUAL), EnableOperator.fromFhir(">="));
        assertEquals(Optional.of(EnableOperator.EXISTS), EnableOperator.fromFhir("exists"));
        assertEquals(Optional.empty(), EnableOperator.fromFhir("=="));
        assertEquals(Optional.empty(), EnableOperator.fromFhir(null));
        assertTrue(EnableOperator.LESS.isOrdering());
        assertFalse(EnableOperator.NOT_EQUALS.isOrdering());
    }

    @Test
    void questionTypesKnowTheirFhirType() {
        assertEquals("choice", QuestionType.LIFE_AREA.fhirType());
        assertEquals("string", QuestionType.SHORT_TEXT.fhirType());
        assertTrue(QuestionType.MULTIPLE_CHOICE.isChoice());
        assertFalse(QuestionType.GROUP.isAnswered());
        assertTrue(QuestionType.DECIMAL.isNumeric());
        assertTrue(QuestionType.LONG_TEXT.isFreeText());
        assertEquals("active", QuestionnaireStatus.ACTIVE.fhirCode());
    }

    @Test
    void occasionsCarryWeeksOrMonthsByKind() {
        assertEquals(4, new Occasion("w", OccasionKind.EVERY_N_WEEKS, 4, null).weeks());
        assertThrows(IllegalArgumentException.class, () -> new Occasion("w", OccasionKind.EVERY_N_WEEKS, null, null));
        assertThrows(IllegalArgumentException.class, () -> new Occasion("b", OccasionKind.BASELINE, 4, null));
        assertThrows(IllegalArgumentException.class, () -> new Occasion("m", OccasionKind.MONTHS_AFTER_END, null, null));
    }

    @Test
    void recordsRefuseMissingParts() {
        assertThrows(NullPointerException.class, () -> new LocalizedText(null, "Title"));
        assertThrows(IllegalArgumentException.class, () -> question("q", QuestionType.BOOLEAN, null));
        assertThrows(NullPointerException.class, () -> question(null, QuestionType.BOOLEAN, "Q"));
        assertThrows(IllegalArgumentException.class, () -> new AgeThreshold(AgeRange.ANY, BigDecimal.ONE.negate()));
        assertThrows(IllegalArgumentException.class, () -> new Questionnaire(null, null, null, null,
                QuestionnaireStatus.ACTIVE, null, List.of()));
    }

    @Test
    void findsItemsAtAnyDepthInDocumentOrder() {
        Item inner = question("inner", QuestionType.BOOLEAN, "Q");
        Item group = new Item("g", null, null, QuestionType.GROUP, false, false, List.of(), null, null, null, null,
                null, false, List.of(), null, List.of(inner));
        Questionnaire q = new Questionnaire(null, null, null, null, QuestionnaireStatus.ACTIVE, null,
                List.of(group, question("last", QuestionType.DATE, "D")));
        assertEquals(List.of("g", "inner", "last"), q.allItems().stream().map(Item::linkId).toList());
        assertEquals(Optional.of(inner), q.item("inner"));
        assertEquals(Optional.empty(), q.item("none"));
    }

    @Test
    void aDocumentKeepsItsBytesAndNeverPrintsText() {
        Questionnaire q = new Questionnaire(null, null, null, null, QuestionnaireStatus.ACTIVE, null,
                List.of(question("secret-q", QuestionType.LONG_TEXT, "Berätta om din hälsa")));
        FollowUpTemplate template = new FollowUpTemplate("ORS", new LocalizedText("Hemlig titel", null), null,
                Population.EVERYONE, List.of(new Respondent(RespondentRole.CLIENT, q)),
                List.of(new Occasion("baseline", OccasionKind.BASELINE, null, null)), List.of());
        byte[] json = {'{', '}'};
        TemplateDocument doc = new TemplateDocument(template, json);
        json[0] = 'x';
        assertArrayEquals(new byte[] {'{', '}'}, doc.json());
        doc.json()[0] = 'y';
        assertArrayEquals(new byte[] {'{', '}'}, doc.json());
        assertEquals(doc, new TemplateDocument(template, new byte[] {'{', '}'}));
        assertEquals(doc.hashCode(), new TemplateDocument(template, new byte[] {'{', '}'}).hashCode());
        String printed = doc.toString() + new AnswerValue.OfString("Hemlig text") + q;
        assertFalse(printed.contains("Hemlig"), printed);
        assertFalse(printed.contains("hälsa"), printed);
        assertTrue(printed.contains("ORS"));
    }
}
