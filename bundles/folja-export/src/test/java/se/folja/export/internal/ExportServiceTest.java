package se.folja.export.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.folja.api.Actor;
import se.folja.api.FieldError;
import se.folja.api.ForbiddenException;
import se.folja.api.NotFoundException;
import se.folja.api.Page;
import se.folja.api.UnavailableException;
import se.folja.api.UnitScope;
import se.folja.api.ValidationException;
import se.folja.api.export.Cell;
import se.folja.api.export.Dimension;
import se.folja.api.export.ExportAudit;
import se.folja.api.export.ExportRecord;
import se.folja.api.export.NonDeliveryExportRow;
import se.folja.api.export.PreparedExport;
import se.folja.api.export.RankedCount;
import se.folja.api.export.RecordExport;
import se.folja.api.export.RowSink;
import se.folja.api.export.Summary;
import se.folja.api.export.SuppressedTable;
import se.folja.api.ibic.AreaKind;
import se.folja.api.ibic.LifeArea;
import se.folja.api.ibic.LifeAreaMapper;
import se.folja.api.ibic.LifeAreaSet;
import se.folja.api.ibic.MappingVersion;
import se.folja.api.ibic.MappingVersionInfo;
import se.folja.api.ibic.TermMappings;
import se.folja.api.ibic.UnitAreaCount;
import se.folja.api.nondelivery.Grant;
import se.folja.api.person.PersonalIdentityNumber;
import se.folja.api.reasons.Initiator;
import se.folja.api.reasons.ReasonCatalogue;
import se.folja.api.reasons.ReasonCode;
import se.folja.store.spi.AssessmentStore;
import se.folja.store.spi.ExportRecordSource.GroupCount;
import se.folja.store.spi.ExportRecordSource.ReasonCount;
import se.folja.store.spi.ExportRecordSource;
import java.util.HashMap;

class ExportServiceTest {

    static final Instant NOW = Instant.parse("2026-11-02T08:00:00Z");
    static final LocalDate FROM = LocalDate.of(2026, 9, 1);
    static final LocalDate TO = LocalDate.of(2026, 10, 31);
    static final Actor STATISTICIAN = new Actor("stina", Set.of(), true);

    private final List<ExportRecord> audited = new ArrayList<>();
    private final List<Object> asked = new ArrayList<>();
    private List<UnitAreaCount> counts = List.of();

    /** Only the methods the export calls; any other call fails the test. */
    @SuppressWarnings("unchecked")
    static <T> T only(Class<T> type, Map<String, java.util.function.Function<Object[], Object>> methods) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            var body = methods.get(method.getName());
            if (body == null) {
                throw new AssertionError("unexpected call " + method.getName());
            }
            return body.apply(args);
        });
    }

    private List<ExportRecordSource.NonDeliveryRow> rows = List.of();
    private final Map<Long, ExportRecordSource.ExportClient> clients = new java.util.LinkedHashMap<>();
    private List<ReasonCount> reasonCounts = List.of();
    private List<Grant> grants = List.of();

    private ExportService service(int k) {
        return service(k, KEY);
    }

    static final String KEY = "a-test-key-that-is-long-enough-for-hmac";

    private ExportService service(int k, String key) {
        LifeAreaSet areas = new LifeAreaSet("2021.1", "test", List.of(
                new LifeArea("D2", AreaKind.LIFE_AREA, "Allmänna uppgifter och krav", "General", List.of("d2")),
                new LifeArea("D6", AreaKind.LIFE_AREA, "Hemliv", "Domestic life", List.of("d6"))));
        AssessmentStore store = only(AssessmentStore.class, Map.of("cancellationsByUnit", a -> {
            asked.add(a[0] instanceof se.folja.api.UnitScope.Units units ? units.codes() : Set.of());
            return counts;
        }));
        LifeAreaMapper mapper = only(LifeAreaMapper.class, Map.of("lifeAreas", a -> areas));
        TermMappings mappings = only(TermMappings.class, Map.of("current", a -> new MappingVersion(
                new MappingVersionInfo(7, "2021.1", "PUT NEED_LABEL", "x", "admin", NOW, 1), List.of())));
        ExportAudit audit = new ExportAudit() {
            @Override
            public ExportRecord record(ExportRecord export) {
                audited.add(export);
                return export;
            }

            @Override
            public Page<ExportRecord> list(int offset, int limit) {
                throw new AssertionError("not used");
            }
        };
        ExportRecordSource records = new ExportRecordSource() {
            @Override
            public void nonDeliveries(UnitScope units, LocalDate from, LocalDate to, ClientConsumer clientConsumer,
                    RowConsumer consumer) throws IOException {
                asked.add(units);
                clients.values().forEach(clientConsumer::accept);
                for (NonDeliveryRow row : rows) {
                    if (!consumer.accept(row)) {
                        return;
                    }
                }
            }

            @Override
            public List<ReasonCount> reasonCounts(UnitScope units, LocalDate from, LocalDate to) {
                asked.add(units);
                return reasonCounts;
            }

            @Override
            public List<List<GroupCount>> groupingSets(UnitScope units, LocalDate from, LocalDate to,
                    List<List<Dimension>> groupings) {
                asked.add(units);
                if (units.reachesNone()) {
                    return groupings.stream().map(g -> g.isEmpty() ? List.of(new GroupCount(List.of(), 0, 0))
                            : List.<GroupCount>of()).toList();
                }
                return groupings.stream().map(g -> List.of(new GroupCount(g.stream().map(d -> "X").toList(), 7, 6)))
                        .toList();
            }

            /** As the store counts them, from {@code grants}: each grant on each Thursday of the period. */
            @Override
            public List<GrantedClients> grantedClients(UnitScope units, LocalDate from, LocalDate to) {
                asked.add(units);
                Map<String, Set<String>> clients = new java.util.TreeMap<>();
                Map<String, Long> sessions = new HashMap<>();
                for (Grant grant : grants) {
                    for (LocalDate thursday = from.with(java.time.temporal.TemporalAdjusters.nextOrSame(
                            java.time.DayOfWeek.THURSDAY)); !thursday.isAfter(to); thursday = thursday.plusWeeks(1)) {
                        if (grant.validOn(thursday)) {
                            String gender = grant.client().legalGender().name();
                            clients.computeIfAbsent(gender, g -> new java.util.HashSet<>()).add(grant.client().digits());
                            sessions.merge(gender, (long) grant.sessionsPerWeek(), Long::sum);
                        }
                    }
                }
                return clients.entrySet().stream().map(e -> new GrantedClients(e.getKey(), e.getValue().size(),
                        sessions.get(e.getKey()))).toList();
            }

            @Override
            public List<List<GrantCount>> grantSets(UnitScope units, LocalDate from, LocalDate to,
                    List<List<Dimension>> groupings) {
                asked.add(units);
                return groupings.stream().map(g -> List.of(new GrantCount(g.stream().map(d -> "X").toList(), 20, 1)))
                        .toList();
            }
        };
        ReasonCatalogue catalogue = only(ReasonCatalogue.class, Map.of("reason", a -> {
            throw new NotFoundException("reason", "in this test");
        }, "allReasons", a -> List.of(reason("BORTREST", 3), reason("MAENDE", 1))));
        return new ExportService(store, mapper, mappings, records, catalogue, audit, config(k, key),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static ExportConfig config(int k, String key) {
        return new ExportConfig() {
            @Override
            public String pseudonym_key() {
                return key;
            }

            @Override
            public String pseudonym_keyId() {
                return "2026-1";
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return ExportConfig.class;
            }

            @Override
            public int suppression_k() {
                return k;
            }
        };
    }

    @Test
    void theTableHasRowsInIbicsOrderUnitsAsColumnsEveryTotalAndIsAudited() {
        counts = List.of(new UnitAreaCount("SODER", "D6", 7, 20), new UnitAreaCount("NORR", "D6", 9, 30),
                new UnitAreaCount("NORR", "D2", 2, 3), new UnitAreaCount("SODER", "D2", 6, 8),
                new UnitAreaCount("NORR", null, 10, 40), new UnitAreaCount("SODER", null, 12, 31),
                new UnitAreaCount(null, "D6", 16, 50), new UnitAreaCount(null, "D2", 8, 11),
                new UnitAreaCount(null, null, 22, 71));
        SuppressedTable table = service(5).lifeAreas(FROM, TO, Set.of(), STATISTICIAN);

        assertEquals(List.of("D2/NORR", "D2/SODER", "D2/TOTAL", "D6/NORR", "D6/SODER", "D6/TOTAL", "TOTAL/NORR",
                "TOTAL/SODER", "TOTAL/TOTAL"), table.cells().stream().map(c -> c.row() + "/" + c.column()).toList());
        Cell small = table.cells().get(0);
        assertTrue(small.suppressed(), "2 clients: fewer than 5");
        assertEquals(null, small.individuals());
        assertTrue(table.cells().get(1).suppressed(), "the complement in row D2: else 8 - 6 gives it away");
        assertTrue(table.cells().get(3).suppressed() && table.cells().get(4).suppressed(),
                "and their complements in row D6");
        assertEquals(new Cell("TOTAL", "TOTAL", 22L, 71L, false), table.cells().get(8));
        assertEquals(Map.of("reasonCatalogue", "4", "lifeAreas", "2021.1", "termMapping", "7"), table.versions(),
                "the catalogue's version: its reasons' versions summed");
        assertEquals(5, table.suppressionK());
        assertEquals(List.of(new ExportRecord(0, "stina", NOW, "life-areas", "from=2026-09-01&to=2026-10-31", 9, 5)),
                audited);
        assertEquals(List.of(Set.of()), asked, "a statistician counts every unit (the assessments' store: empty)");
    }

    @Test
    void withKOneNothingIsSuppressed() {
        counts = List.of(new UnitAreaCount("NORR", "D2", 1, 1), new UnitAreaCount("NORR", null, 1, 1),
                new UnitAreaCount(null, "D2", 1, 1), new UnitAreaCount(null, null, 1, 1));
        SuppressedTable table = service(1).lifeAreas(FROM, TO, Set.of("NORR"), STATISTICIAN);
        assertTrue(table.cells().stream().noneMatch(Cell::suppressed));
        assertEquals("from=2026-09-01&to=2026-10-31&unit=NORR", audited.get(0).parameters());
    }

    @Test
    void aBadPeriodIsRefusedAndNothingIsAudited() {
        List<String> fields = assertThrows(ValidationException.class, () -> service(5).lifeAreas(null, TO, Set.of(),
                STATISTICIAN)).errors().stream().map(FieldError::field).toList();
        assertEquals(List.of("from"), fields);
        assertThrows(ValidationException.class, () -> service(5).lifeAreas(TO, FROM, Set.of(), STATISTICIAN));
        assertThrows(ForbiddenException.class, () -> service(5).lifeAreas(FROM, TO, Set.of("NORR"),
                new Actor("anna", Set.of("SODER"), false)));
        assertTrue(audited.isEmpty());
    }

    @Test
    void thePeriodIsCheckedByTheOneRuleOfTenYearsAtMostAndTheAcceptedDays() {
        ValidationException tooLong = assertThrows(ValidationException.class, () -> service(5).summary(FROM,
                FROM.plusYears(10).plusDays(1), Set.of(), STATISTICIAN));
        assertEquals(List.of(new FieldError("to", "must be at most 10 years after from")), tooLong.errors());
        ValidationException backwards = assertThrows(ValidationException.class, () -> service(5).aggregate(TO, FROM,
                Set.of(), List.of(Dimension.UNIT), STATISTICIAN));
        assertEquals(List.of(new FieldError("to", "must not be before from")), backwards.errors());
        ValidationException typo = assertThrows(ValidationException.class, () -> service(5).nonDeliveries(
                LocalDate.of(1800, 1, 1), TO, Set.of(), STATISTICIAN));
        assertEquals(List.of("from"), typo.errors().stream().map(FieldError::field).toList());
        assertTrue(audited.isEmpty());
        service(5).lifeAreas(FROM, FROM.plusYears(10), Set.of(), STATISTICIAN);
        assertEquals(1, audited.size(), "ten years exactly");
    }

    @Test
    void aReaderOfNoUnitCountsNothingAndNoStoreReadsForIt() throws Exception {
        Actor nobody = new Actor("nils", Set.of(), false);
        counts = List.of(new UnitAreaCount(null, null, 22, 71));
        rows = List.of(row(1, "199601159826", "BORTREST", 20260902));
        grants = List.of(grant("199601159826", 2));
        reasonCounts = List.of(new ReasonCount(null, 14, 9));

        SuppressedTable table = service(1).lifeAreas(FROM, TO, Set.of(), nobody);
        assertEquals(List.of(new Cell("TOTAL", "TOTAL", 0L, 0L, false)), table.cells());
        List<NonDeliveryExportRow> written = new ArrayList<>();
        assertEquals(0, service(1).nonDeliveries(FROM, TO, Set.of(), nobody).writeTo(written::add));
        Summary summary = service(1).summary(FROM, TO, Set.of(), nobody);
        assertEquals(0, summary.grantedSessions());
        assertEquals((Long) 0L, summary.cancellations());
        assertEquals(List.of(), asked, "no store is asked for no unit");

        var aggregate = service(1).aggregate(FROM, TO, Set.of(), List.of(Dimension.UNIT), nobody);
        assertEquals(List.of(UnitScope.NONE), asked, "the aggregate's source answers no unit without reading");
        assertEquals(List.of("TOTAL"), aggregate.rows().stream().map(r -> String.join("/", r.keys())).toList());
        assertEquals(List.of("life-areas", "non-deliveries", "summary", "non-delivery-aggregate"), audited.stream()
                .map(ExportRecord::kind).toList(), "every export is still audited");
    }

    /** A row, and its client as the source gives it (client 1 with needs in D6 and D2). */
    ExportRecordSource.NonDeliveryRow row(long client, String number, String reason, int day) {
        clients.put(client, new ExportRecordSource.ExportClient(client, number, 19960115, "FEMALE", client == 1
                ? List.of("D6", "D2") : List.of()));
        return new ExportRecordSource.NonDeliveryRow(client, "NORR", "BOENDESTOD", reason, "CLIENT", day, 0);
    }

    @Test
    void recordsArePseudonymisedWithWeekAgeBandAndLifeAreasAndAudited() throws Exception {
        rows = List.of(row(1, "199601159826", "BORTREST", 20260902), row(2, "199701159822", "MAENDE", 20260909),
                row(1, "199601159826", "MAENDE", 20261005));
        List<NonDeliveryExportRow> written = new ArrayList<>();
        PreparedExport<NonDeliveryExportRow> prepared = service(5).nonDeliveries(FROM, TO, Set.of(), STATISTICIAN);
        assertTrue(audited.isEmpty() && asked.isEmpty(), "nothing is read or audited before it is written");
        RecordExport export = prepared.export();
        long n = prepared.writeTo(written::add);
        assertEquals(3, n);
        assertEquals("2026-1", export.pseudonymKeyId());
        assertEquals(Map.of("from", "2026-09-01", "to", "2026-10-31", "unit", ""), export.parameters());
        NonDeliveryExportRow first = written.get(0);
        assertTrue(first.client().matches("[a-p]{32}"), first.client());
        assertEquals(first.client(), written.get(2).client(), "the same client, the same pseudonym");
        assertTrue(!first.client().equals(written.get(1).client()));
        assertEquals(new NonDeliveryExportRow(first.client(), "FEMALE", "25-34", "NORR", "BOENDESTOD", "BORTREST",
                "CLIENT", "2026-W36", List.of("D2", "D6")), first);
        assertEquals(List.of(), written.get(1).lifeAreas());
        assertEquals(List.of(new ExportRecord(0, "stina", NOW, "non-deliveries", "from=2026-09-01&to=2026-10-31", 3,
                1)), audited);
    }

    @Test
    void anotherKeyGivesOtherPseudonymsAndNoKeyNoRecords() throws Exception {
        rows = List.of(row(1, "199601159826", "BORTREST", 20260902));
        List<String> pseudonyms = new ArrayList<>();
        RowSink<NonDeliveryExportRow> sink = row -> pseudonyms.add(row.client());
        service(5).nonDeliveries(FROM, TO, Set.of(), STATISTICIAN).writeTo(sink);
        service(5, KEY + "-rotated").nonDeliveries(FROM, TO, Set.of(), STATISTICIAN).writeTo(sink);
        assertTrue(!pseudonyms.get(0).equals(pseudonyms.get(1)));
        assertThrows(UnavailableException.class, () -> service(5, "").nonDeliveries(FROM, TO, Set.of(),
                STATISTICIAN));
        assertThrows(UnavailableException.class, () -> service(5, "too short").nonDeliveries(FROM, TO, Set.of(),
                STATISTICIAN));
    }

    @Test
    void anExportCutOffByItsReaderIsAuditedWithTheRowsWritten() {
        rows = List.of(row(1, "199601159826", "BORTREST", 20260902), row(2, "199701159822", "MAENDE", 20260909));
        int[] n = {0};
        assertThrows(IOException.class, () -> service(5).nonDeliveries(FROM, TO, Set.of(), STATISTICIAN)
                .writeTo(row -> {
                    if (++n[0] == 2) {
                        throw new IOException("client went away");
                    }
                }));
        assertEquals(1, audited.get(0).rows());
    }

    static Grant grant(String number, int sessions) {
        return new Grant(0, PersonalIdentityNumber.ofDigits(number), "NORR", "BOENDESTOD", sessions,
                LocalDate.of(2026, 1, 1), null, "anna", NOW, 1);
    }

    @Test
    void theSummaryCountsWholeWeeksAndSuppressesSmallCountsWithTheirComplements() {
        grants = List.of(grant("199601159826", 2), grant("199701159825", 3), grant("199608159910", 2));
        reasonCounts = List.of(new ReasonCount("BORTREST", 10, 6), new ReasonCount("MAENDE", 3, 2),
                new ReasonCount("FEL_TID", 1, 1), new ReasonCount(null, 14, 9));
        counts = List.of(new UnitAreaCount("NORR", "D2", 3, 5), new UnitAreaCount("NORR", "D6", 7, 12),
                new UnitAreaCount("NORR", "D9", 9, 13), new UnitAreaCount(null, "D2", 3, 5),
                new UnitAreaCount(null, "D6", 7, 12), new UnitAreaCount(null, "D9", 9, 13),
                new UnitAreaCount("NORR", null, 9, 14), new UnitAreaCount(null, null, 9, 14));
        Summary summary = service(5).summary(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 13), Set.of(),
                STATISTICIAN);
        assertEquals("2026-W36", summary.fromWeek().toString());
        assertEquals("2026-W37", summary.toWeek().toString());
        assertEquals(null, summary.clients(), "3 clients with a grant: fewer than 5");
        assertEquals(null, summary.women(), "2 women: fewer than 5, and the men would give them away");
        assertEquals(null, summary.men());
        assertEquals(14, summary.grantedSessions(), "7 a week for two weeks");
        assertEquals(7.0, summary.grantedSessionsPerWeek());
        assertEquals((Long) 14L, summary.cancellations());
        assertEquals((Long) 9L, summary.cancellingClients());
        assertEquals((Double) 1.0, summary.shareOfGrantedSessions(), "14 of 14, to four decimals as the rate");
        assertEquals(List.of("BORTREST", "FEL_TID", "MAENDE"), summary.reasons().stream().map(RankedCount::code)
                .toList(), "the suppressed by code, not by their hidden counts (MAENDE 3, FEL_TID 1)");
        assertEquals(List.of(false, true, true), summary.reasons().stream().map(RankedCount::suppressed).toList());
        assertEquals(List.of("D9", "D2", "D6"), summary.lifeAreas().stream().map(RankedCount::code).toList(),
                "D2 has 3 clients, D6 (7) hides it from the unit's total: the life-area export's total column");
        assertEquals(List.of(false, true, true), summary.lifeAreas().stream().map(RankedCount::suppressed).toList());
        assertEquals(9L, summary.lifeAreas().get(0).individuals());
        assertEquals("summary", audited.get(0).kind());
    }

    @Test
    void anAggregateNamesOneToFourDifferentDimensionsAndIsAudited() {
        for (List<Dimension> bad : List.of(List.<Dimension>of(), List.of(Dimension.WEEK, Dimension.MONTH),
                List.of(Dimension.UNIT, Dimension.UNIT), List.of(Dimension.UNIT, Dimension.REASON, Dimension.GENDER,
                        Dimension.AGE_BAND, Dimension.INITIATOR))) {
            assertEquals(List.of("groupBy"), assertThrows(ValidationException.class, () -> service(5).aggregate(FROM,
                    TO, Set.of(), bad, STATISTICIAN)).errors().stream().map(FieldError::field).toList());
        }
        assertTrue(audited.isEmpty());
        var table = service(5).aggregate(FROM, TO, Set.of(), List.of(Dimension.REASON, Dimension.INITIATOR),
                STATISTICIAN);
        assertEquals(List.of("X/X", "X/TOTAL", "TOTAL/X", "TOTAL/TOTAL"), table.rows().stream()
                .map(r -> String.join("/", r.keys())).toList());
        assertEquals("reason,initiator", table.parameters().get("groupBy"));
        assertEquals("non-delivery-aggregate", audited.get(0).kind());
        assertEquals("from=2026-09-01&to=2026-10-31&groupBy=reason,initiator", audited.get(0).parameters());
    }

    @Test
    void theSummaryCountsTheWeeksWhoseThursdayLiesInThePeriod() {
        grants = List.of(grant("199601159826", 2));
        reasonCounts = List.of(new ReasonCount(null, 0, 0));
        // Friday 2026-09-04 to Wednesday 2026-09-16: Thursdays the 10th only
        Summary summary = service(5).summary(LocalDate.of(2026, 9, 4), LocalDate.of(2026, 9, 16), Set.of(),
                STATISTICIAN);
        assertEquals("2026-W37", summary.fromWeek().toString());
        assertEquals("2026-W37", summary.toWeek().toString());
        assertEquals(2, summary.grantedSessions());
        Summary none = service(5).summary(LocalDate.of(2026, 9, 4), LocalDate.of(2026, 9, 9), Set.of(), STATISTICIAN);
        assertEquals(0, none.grantedSessions(), "no Thursday, no week");
        assertNull(none.shareOfGrantedSessions());
    }

    static ReasonCode reason(String code, long version) {
        return new ReasonCode(code, code, code, Initiator.CLIENT, 10, true, version, NOW);
    }

    @Test
    void theSummarysShareIsRoundedAsTheAggregatesRateAndASmallTotalHidesEveryCount() {
        grants = List.of(grant("199601159826", 2), grant("199701159825", 3), grant("199608159910", 2));
        reasonCounts = List.of(new ReasonCount("BORTREST", 5, 5), new ReasonCount(null, 5, 5));
        Summary summary = service(5).summary(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 20), Set.of(),
                STATISTICIAN);
        assertEquals(21, summary.grantedSessions());
        assertEquals((Double) 0.2381, summary.shareOfGrantedSessions(), "5 / 21 = 0.238095…");
        assertEquals(Summary.share(5, 21), summary.shareOfGrantedSessions());
        assertEquals(0.2381, Summary.share(5, 21));
        assertEquals(0.1768, Summary.share(140, 792));

        reasonCounts = List.of(new ReasonCount("BORTREST", 6, 4), new ReasonCount(null, 6, 4));
        Summary small = service(5).summary(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 20), Set.of(),
                STATISTICIAN);
        assertEquals(null, small.cancellingClients(), "4 cancelling clients");
        assertEquals(null, small.cancellations());
        assertEquals(null, small.shareOfGrantedSessions(), "it would give the cancellations away");
        assertTrue(small.reasons().get(0).suppressed());
    }
}
