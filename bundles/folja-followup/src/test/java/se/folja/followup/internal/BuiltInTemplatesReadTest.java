package se.folja.followup.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import se.folja.api.ValidationException;
import se.folja.api.followup.FollowUpTemplate;
import se.folja.api.followup.Item;
import se.folja.api.followup.QuestionType;
import se.folja.api.followup.RespondentRole;
import se.folja.api.followup.ScoringScale;
import se.folja.api.followup.TemplateDocument;

/** The templates the bundle ships pass Följa's own reader, which the upload of a template will use. */
class BuiltInTemplatesReadTest {

    private final JsonTemplateReader reader = new JsonTemplateReader();

    static List<String> builtInCodes() {
        return BuiltInTemplates.CODES;
    }

    @ParameterizedTest
    @MethodSource("builtInCodes")
    void everyBuiltInTemplateIsAcceptedAsItIsShippedAndKeptByteForByte(String code) throws IOException {
        byte[] json = read(code);
        TemplateDocument document;
        try {
            document = reader.read(json);
        } catch (ValidationException e) {
            throw new AssertionError(code + " refused: " + e.errors(), e);
        }
        assertEquals(code, document.template().code());
        assertArrayEquals(json, document.json());
    }

    @Test
    void orsIsReadAsFourOneDecimalScalesSummedWithItsCutoffsAndReliableChange() throws IOException {
        FollowUpTemplate ors = reader.read(read("ORS")).template();
        List<Item> items = ors.respondents().get(0).questionnaire().items();
        assertEquals(RespondentRole.CLIENT, ors.respondents().get(0).role());
        List<Item> decimals = items.stream().filter(i -> i.type() == QuestionType.DECIMAL).toList();
        assertEquals(4, decimals.size());
        decimals.forEach(i -> assertEquals(1, i.decimalPlaces(), i.linkId()));
        ScoringScale total = ors.scoring().get(0);
        assertEquals(decimals.stream().map(Item::linkId).toList(), total.sumOf());
        Map<Integer, BigDecimal> cutoffByMinAge = total.clinicalCutoff().stream()
                .collect(Collectors.toMap(t -> t.ageYears().min(), t -> t.value()));
        assertEquals(0, new BigDecimal("25").compareTo(cutoffByMinAge.get(18)));
        assertEquals(0, new BigDecimal("28").compareTo(cutoffByMinAge.get(13)));
        assertEquals(0, new BigDecimal("32").compareTo(cutoffByMinAge.get(6)));
    }

    @Test
    void theSocialSamvaroFollowUpIsForInterventionsRunningThreeMonthsToTwoYearsAskingThreeRespondents()
            throws IOException {
        FollowUpTemplate template = reader.read(read("ALDREOMSORG_SOCIAL_SAMVARO")).template();
        assertEquals(Period.ofMonths(3), template.population().interventionRunning().min());
        assertEquals(Period.ofYears(2), template.population().interventionRunning().max());
        assertEquals(List.of(RespondentRole.CASE_OFFICER, RespondentRole.PROVIDER, RespondentRole.CLIENT),
                template.respondents().stream().map(r -> r.role()).toList());
    }

    private static byte[] read(String code) throws IOException {
        try (InputStream in = BuiltInTemplatesReadTest.class.getResourceAsStream("/templates/" + code + ".json")) {
            assertNotNull(in, code);
            return in.readAllBytes();
        }
    }
}
