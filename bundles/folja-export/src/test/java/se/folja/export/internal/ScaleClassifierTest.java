package se.folja.export.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.folja.api.export.ScaleOutcome;
import se.folja.api.followup.AgeRange;
import se.folja.api.followup.AgeThreshold;
import se.folja.api.followup.LocalizedText;
import se.folja.api.followup.RespondentRole;
import se.folja.api.followup.ScoringScale;
import se.folja.export.internal.ScaleClassifier.Classified;

/** ORS's classes by the built-in template's scoring: cutoffs and reliable change per age group. */
class ScaleClassifierTest {

    private static final ScoringScale ORS = FollowUpDoubles.builtIn("ORS").template().scoring().get(0);

    private static String classify(ScoringScale scale, int age, String first, String latest) {
        Classified c = ScaleClassifier.classify(scale, age, new BigDecimal(first), new BigDecimal(latest));
        return c.outcome() + (c.recovered() ? " recovered" : "");
    }

    @Test
    void anAdultChangesReliablyByFivePointsAndRecoversAcrossTwentyFive() {
        assertEquals("RELIABLY_IMPROVED recovered", classify(ORS, 18, "20", "25"), "5 points, from 20 to the cutoff");
        assertEquals("RELIABLY_IMPROVED", classify(ORS, 40, "12.3", "17.3"), "still below 25");
        assertEquals("RELIABLY_IMPROVED", classify(ORS, 40, "25", "32"), "never in the clinical range");
        assertEquals("NO_RELIABLE_CHANGE", classify(ORS, 40, "20", "24.9"));
        assertEquals("NO_RELIABLE_CHANGE", classify(ORS, 40, "20", "20"));
        assertEquals("NO_RELIABLE_CHANGE", classify(ORS, 40, "30", "25.1"));
        assertEquals("RELIABLY_DETERIORATED", classify(ORS, 40, "30", "25"));
        assertEquals("RELIABLY_DETERIORATED", classify(ORS, 99, "26", "3.5"));
    }

    @Test
    void youthNeedSixPointsAndCrossTwentyEightFromThirteenToSeventeen() {
        assertEquals("NO_RELIABLE_CHANGE", classify(ORS, 17, "20", "25.9"), "5.9 points is not reliable at 17");
        assertEquals("RELIABLY_IMPROVED", classify(ORS, 17, "20", "26"), "6 points, but below 28");
        assertEquals("RELIABLY_IMPROVED recovered", classify(ORS, 13, "22", "28"));
        assertEquals("RELIABLY_IMPROVED recovered", classify(ORS, 18, "20.5", "25.5"), "18 is an adult");
        assertEquals("RELIABLY_DETERIORATED", classify(ORS, 16, "30", "24"));
    }

    @Test
    void childrenCrossThirtyTwoAndTheYoungestHaveNoCutoff() {
        assertEquals("RELIABLY_IMPROVED", classify(ORS, 12, "25", "31.9"), "below the children's 32");
        assertEquals("RELIABLY_IMPROVED recovered", classify(ORS, 6, "26", "32"));
        assertEquals("RELIABLY_IMPROVED", classify(ORS, 5, "10", "30"), "no cutoff under 6: improved, never recovered");
    }

    @Test
    void whereLowerIsBetterTheDirectionsTurnAndAnAgeWithoutThresholdIsNotClassified() {
        ScoringScale symptoms = new ScoringScale("symptoms", new LocalizedText("Symtom", null), RespondentRole.CLIENT,
                List.of("a", "b"), false, List.of(new AgeThreshold(new AgeRange(18, null), new BigDecimal("10"))),
                List.of(new AgeThreshold(new AgeRange(18, null), new BigDecimal("3"))));
        assertEquals("RELIABLY_IMPROVED", classify(symptoms, 30, "15", "11"), "still above the cutoff");
        assertEquals("RELIABLY_IMPROVED recovered", classify(symptoms, 30, "15", "10"));
        assertEquals("RELIABLY_DETERIORATED", classify(symptoms, 30, "8", "11"));
        assertEquals("NO_RELIABLE_CHANGE", classify(symptoms, 30, "8", "10.9"));
        assertEquals(ScaleOutcome.NOT_CLASSIFIED.name(), classify(symptoms, 17, "15", "1"));
    }
}
