package se.folja.ibic.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.folja.api.Actor;
import se.folja.api.ConflictException;
import se.folja.api.FieldError;
import se.folja.api.ForbiddenException;
import se.folja.api.UnitScope;
import se.folja.api.ValidationException;
import se.folja.api.ibic.Assessment;
import se.folja.api.ibic.AssessmentQuery;
import se.folja.api.ibic.AssessmentRequest;
import se.folja.api.ibic.IcfCodeListFormat;
import se.folja.api.ibic.Need;
import se.folja.api.ibic.NeedRequest;
import se.folja.api.ibic.TermKind;
import se.folja.api.ibic.TermMappings;

class AssessmentServiceTest {

    /** Synthetic numbers that pass Luhn: a woman born 1995 and a man born 1996. */
    static final String ANNA = "19950315-9825";
    static final String BO = "19960704-9914";
    static final Actor NORR_STAFF = new Actor("handl1", Set.of("NORR"), false);

    private final Clock clock = Clock.fixed(Fakes.T0, ZoneOffset.UTC);
    private final Fakes.AssessmentMemory store = new Fakes.AssessmentMemory();
    private final CodeListService codeLists = new CodeListService(new MemoryIcfCodeStore(), TestFiles.config(0, 1000),
            clock);
    private final TableLifeAreaMapper mapper = new TableLifeAreaMapper(ShippedLifeAreas.load(), codeLists);
    private final VersionedTermMappings mappings = new VersionedTermMappings(new Fakes.TermStore(), mapper,
            new Fakes.Lists(), TestFiles.config(0, 1000), clock);
    private final AssessmentService service = new AssessmentService(store, mapper, mappings, new Fakes.Lists(),
            clock);

    @BeforeEach
    void knownClientAndMapping() {
        store.clients.add("199503159825");
        mappings.put(TermKind.NEED_LABEL, "Städning", "d640", null, null, TermMappings.REST, new Actor("admin"));
    }

    private static AssessmentRequest request(String client, String unit, NeedRequest... needs) {
        return new AssessmentRequest(client, unit, "2026-02-20", null, List.of(needs));
    }

    @Test
    void needsAreRecordedByCodeByAreaAndByMappedLabelWithTheVersionsUsed() {
        Assessment stored = service.record(request(ANNA, " NORR ",
                new NeedRequest("D6400", null, null, 2, 1, " Tvättar själv "),
                new NeedRequest(null, "TRYGGHET", null, 8, null, null),
                new NeedRequest(null, null, "Städning", 3, null, null)), NORR_STAFF);

        assertEquals(List.of(new Need("d6400", "D6", null, 2, 1, "Tvättar själv"),
                new Need(null, "TRYGGHET", null, 8, null, null), new Need("d640", "D6", "Städning", 3, null, null)),
                stored.needs());
        assertEquals("NORR", stored.unit());
        assertEquals("handl1", stored.caseOfficer(), "the user, when no case officer is named");
        assertEquals(1, stored.mappingVersion());
        assertEquals("2021.1", stored.lifeAreasVersion());
        assertEquals(LocalDate.of(2026, 2, 20), stored.assessedOn());
    }

    @Test
    void everyBadFieldIsNamedAndNothingIsStored() {
        ValidationException e = assertThrows(ValidationException.class, () -> service.record(
                new AssessmentRequest(BO, "NORR", "2026-03-05", "x".repeat(101), List.of(
                        new NeedRequest("d64", null, null, 2, null, null),
                        new NeedRequest("d640", null, null, 5, 7, null),
                        new NeedRequest("d640", "D6", null, 1, null, null),
                        new NeedRequest(null, null, "Okänd", 1, null, null),
                        new NeedRequest(null, "BODY_FUNCTIONS", null, null, null, "x".repeat(2001)))), NORR_STAFF));
        assertEquals(List.of("client", "assessedOn", "caseOfficer", "needs[0].icf", "needs[1].qualifier",
                "needs[1].goalQualifier", "needs[2]", "needs[3].term", "needs[4].lifeArea", "needs[4].qualifier",
                "needs[4].goalText"), e.errors().stream().map(FieldError::field).toList());
        assertEquals("is not a known client: Följa knows a client from a grant, a registration or a journal entry",
                e.errors().get(0).message());
        assertEquals(List.of("unit", "needs"), fields(() -> service.record(new AssessmentRequest(ANNA, "NEDLAGD",
                "2026-02-20", null, List.of()), new Actor("admin", Set.of(), true))));
        assertEquals(List.of("client"), fields(() -> service.record(request("19950315-9824", "NORR",
                new NeedRequest("d640", null, null, 1, null, null)), NORR_STAFF)));
        assertEquals(0, store.revisions.size());
    }

    @Test
    void onceACodeListIsLoadedAnUnlistedCodeIsRefused() {
        codeLists.load(IcfCodeListFormat.CSV, TestFiles.text("code\nd640\n"), null, new Actor("admin"));
        assertEquals(List.of("needs[0].icf"), fields(() -> service.record(request(ANNA, "NORR",
                new NeedRequest("d650", null, null, 1, null, null)), NORR_STAFF)));
    }

    @Test
    void aUnitTheUserDoesNotBelongToIsForbiddenBeforeAnythingElse() {
        assertThrows(ForbiddenException.class, () -> service.record(request("bad", "SODER"), NORR_STAFF));
        Assessment stored = service.record(request(ANNA, "NORR", new NeedRequest("d640", null, null, 1, null, null)),
                NORR_STAFF);
        Actor soder = new Actor("bertil", Set.of("SODER"), false);
        assertThrows(ForbiddenException.class, () -> service.get(stored.id(), soder));
        assertThrows(ForbiddenException.class, () -> service.history(stored.id(), soder));
        assertThrows(ForbiddenException.class, () -> service.correct(stored.id(), 1, request(ANNA, "SODER",
                new NeedRequest("d640", null, null, 1, null, null)), NORR_STAFF));
        assertEquals(0, service.search(new AssessmentQuery(Set.of(), null, null, null, 0, 10), soder).total());
        assertEquals(UnitScope.of(Set.of("SODER")), store.lastScope, "the store is asked for the user's units only");
    }

    @Test
    void aCorrectionKeepsTheClientAndTheEarlierRevision() {
        Assessment first = service.record(request(ANNA, "NORR", new NeedRequest("d640", null, null, 1, null, null)),
                NORR_STAFF);
        Assessment corrected = service.correct(first.id(), 1, new AssessmentRequest("19960704-9914", "NORR",
                "2026-02-21", "handl9", List.of(new NeedRequest("d910", null, null, 3, null, null))), NORR_STAFF);
        assertEquals(2, corrected.version());
        assertEquals("199503159825", corrected.client().digits(), "a correction cannot move it to another client");
        assertEquals("D9", corrected.needs().get(0).lifeArea());
        assertEquals(List.of(first, corrected), service.history(first.id(), NORR_STAFF).stream()
                .map(r -> r.assessment()).toList());
        assertThrows(ConflictException.class, () -> service.correct(first.id(), 1, request(ANNA, "NORR",
                new NeedRequest("d640", null, null, 1, null, null)), NORR_STAFF));
    }

    @Test
    void searchesAreCheckedAndScopedToTheUsersUnits() {
        assertEquals(List.of("offset", "limit", "to"), fields(() -> service.search(new AssessmentQuery(Set.of(),
                null, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1), -1, 0), NORR_STAFF)));
        assertThrows(ForbiddenException.class, () -> service.search(new AssessmentQuery(Set.of("SODER"), null, null,
                null, 0, 10), NORR_STAFF));
        assertEquals(0, service.search(new AssessmentQuery(Set.of(), null, null, null, 0, 10),
                new Actor("ingen", Set.of(), false)).total());
    }

    static List<String> fields(Runnable change) {
        return assertThrows(ValidationException.class, change::run).errors().stream().map(FieldError::field)
                .toList();
    }
}
