package se.folja.ibic.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.folja.api.FieldError;
import se.folja.api.ValidationException;
import se.folja.api.ibic.AssessmentRequest;
import se.folja.api.ibic.NeedRequest;

/** Goal texts and case officers follow the text rule every service shares. */
class AssessmentTextTest {

    private final Clock clock = Clock.fixed(Fakes.T0, ZoneOffset.UTC);
    private final Fakes.AssessmentMemory store = new Fakes.AssessmentMemory();
    private final CodeListService codeLists = new CodeListService(new MemoryIcfCodeStore(), TestFiles.config(0, 1000),
            clock);
    private final TableLifeAreaMapper mapper = new TableLifeAreaMapper(ShippedLifeAreas.load(), codeLists);
    private final VersionedTermMappings mappings = new VersionedTermMappings(new Fakes.TermStore(), mapper,
            new Fakes.Lists(), TestFiles.config(0, 1000), clock);
    private final AssessmentService service = new AssessmentService(store, mapper, mappings, new Fakes.Lists(),
            clock);

    private List<String> refused(String caseOfficer, String goalText) {
        store.clients.add("199503159825");
        ValidationException e = assertThrows(ValidationException.class, () -> service.record(
                new AssessmentRequest(AssessmentServiceTest.ANNA, "NORR", "2026-02-20", caseOfficer, List.of(
                        new NeedRequest("d640", null, null, 2, 1, "Klarar\ndisken"),
                        new NeedRequest("d640", null, null, 2, 1, goalText))),
                AssessmentServiceTest.NORR_STAFF));
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void controlCharactersAndLoneSurrogatesInAGoalTextAreRefused() {
        assertEquals(List.of("needs[1].goalText"), refused(null, "Mål\u0000"));
        assertEquals(List.of("needs[1].goalText"), refused(null, "Mål \ud83d"));
        assertEquals(List.of("needs[1].goalText"), refused(null, "\u001b[2J"));
        assertEquals(0, store.revisions.size());
    }

    @Test
    void aCaseOfficerIsOneLine() {
        assertEquals(List.of("caseOfficer", "needs[1].goalText"), refused("Eva\tLund \udc00", "\u0007"));
    }
}
