package se.folja.api.reasons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReasonChangeTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final ReasonCode BORTREST =
            new ReasonCode("BORTREST", "Bortrest", "Away / travelling", Initiator.CLIENT, 110, true, 1, T0);

    @Test
    void aCreationChangesEveryField() {
        ReasonChange created = new ReasonChange(1, ChangeKind.CREATED, "system", T0, null, BORTREST);
        assertEquals(List.of("labelSv", "labelEn", "initiator", "sortOrder", "active"), created.changedFields());
    }

    @Test
    void aRelabellingNamesOnlyTheLabelThatChanged() {
        ReasonCode after = BORTREST.withLabels("Bortrest (resa)", BORTREST.labelEn());
        assertEquals(List.of("labelSv"),
                new ReasonChange(2, ChangeKind.EDITED, "admin", T0, BORTREST, after).changedFields());
    }

    @Test
    void aReorderAndARetirementNameTheirFields() {
        assertEquals(List.of("sortOrder"), new ReasonChange(2, ChangeKind.EDITED, "admin", T0, BORTREST,
                BORTREST.withSortOrder(5)).changedFields());
        assertEquals(List.of("active"), new ReasonChange(2, ChangeKind.RETIRED, "admin", T0, BORTREST,
                BORTREST.withActive(false)).changedFields());
    }

    @Test
    void aReasonKeepsItsLabelPerLanguage() {
        assertEquals("Bortrest", BORTREST.label(Language.SV));
        assertEquals("Away / travelling", BORTREST.label(Language.EN));
    }

    @Test
    void aReasonNeedsCodeLabelsInitiatorAndTime() {
        assertThrows(NullPointerException.class,
                () -> new ReasonCode("X1", "a", "b", null, 1, true, 1, T0));
        assertThrows(NullPointerException.class,
                () -> new ReasonChange(1, ChangeKind.CREATED, "system", T0, null, null));
    }
}
