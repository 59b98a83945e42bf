package se.folja.store.internal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static se.folja.store.internal.NonDeliveryBuilder.aNonDelivery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.folja.api.UnitScope;
import se.folja.api.export.Dimension;
import se.folja.api.ibic.Assessment;
import se.folja.api.ibic.Need;
import se.folja.store.internal.NonDeliveryTestSupport;
import se.folja.store.internal.ibic.JpaAssessmentStore;
import se.folja.store.spi.ExportRecordSource.ExportClient;
import se.folja.store.spi.ExportRecordSource.NonDeliveryRow;
import se.folja.store.spi.ExportRecordSource;

/** What {@link JdbcExportRecordSource} promises: the period's active non-deliveries by planned start, and areas. */
abstract class ExportRecordSourceContract extends NonDeliveryTestSupport {

    private static final UnitScope ALL = UnitScope.EVERY;
    private static final UnitScope IN_NORR = UnitScope.of(Set.of("NORR"));
    private static final UnitScope IN_SODER = UnitScope.of(Set.of("SODER"));
    private static final UnitScope IN_VAST = UnitScope.of(Set.of("VAST"));

    private JdbcExportRecordSource source;

    @BeforeEach
    void createSource() {
        source = new JdbcExportRecordSource(dataSource(), null);
    }

    @AfterEach
    void deactivateSource() {
        source.deactivate();
    }

    @Test
    void aReadOfNoUnitFindsNothingAndNeverReachesTheDatabase() throws Exception {
        nonDeliveries.insert(aNonDelivery("J-1").client(ANNA).unit("NORR").plannedAt("2026-09-02T10:00").build());
        int[] connections = {0};
        javax.sql.DataSource counted = (javax.sql.DataSource) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {javax.sql.DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        connections[0]++;
                    }
                    return method.invoke(dataSource(), args);
                });
        JdbcExportRecordSource none = new JdbcExportRecordSource(counted, null);
        try {
            int atActivation = connections[0];
            LocalDate from = LocalDate.of(2026, 9, 1);
            LocalDate to = LocalDate.of(2026, 9, 30);
            List<Object> read = new ArrayList<>();
            none.nonDeliveries(UnitScope.NONE, from, to, read::add, read::add);
            assertEquals(List.of(), read);
            assertEquals(List.of(), none.reasonCounts(UnitScope.NONE, from, to));
            assertEquals(List.of(), none.grantedClients(UnitScope.NONE, from, to));
            assertEquals(List.of(List.of(), List.of("=0/0")), show(none.groupingSets(UnitScope.NONE, from, to,
                    List.of(List.of(Dimension.UNIT), List.of()))), "the total's line of zeros, as SQL counts none");
            assertEquals(List.of(List.of(), List.of()), showGrants(none.grantSets(UnitScope.NONE, from, to,
                    List.of(List.of(Dimension.UNIT), List.of()))));
            assertEquals(atActivation, connections[0], "no connection for a read of no unit");
            assertEquals(List.of(List.of("=1/1")), show(none.groupingSets(ALL, from, to,
                    List.of(List.of()))), "the same source reads every unit");
        } finally {
            none.deactivate();
        }
    }

    @Test
    void aDeactivatedSourceEndsTheExportsStillAskedFor() throws Exception {
        nonDeliveries.insert(aNonDelivery("J-1").client(ANNA).unit("NORR").plannedAt("2026-09-02T10:00").build());
        source.deactivate();
        assertThrows(java.io.IOException.class, () -> source.nonDeliveries(ALL, LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 9, 30), client -> { }, row -> true));
    }

    @Test
    void theClientsComeFirstThenTheRowsOfThePeriodByPlannedStartAndTheyStopWhenAsked() throws Exception {
        nonDeliveries.insert(aNonDelivery("J-2").client(BO).unit("SODER").plannedAt("2026-09-09T10:00").build());
        nonDeliveries.insert(aNonDelivery("J-1").client(ANNA).unit("NORR").reason("MAENDE")
                .plannedAt("2026-09-02T10:00").build());
        nonDeliveries.insert(aNonDelivery("J-3").client(ANNA).unit("NORR").plannedAt("2026-10-02T10:00").build());
        nonDeliveries.insert(aNonDelivery("J-4").client(ANNA).unit("NORR").plannedAt("2026-09-03T10:00")
                .annulled("Fel").build());

        List<String> seen = new ArrayList<>();
        Map<Long, ExportClient> clients = new HashMap<>();
        source.nonDeliveries(ALL, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30), client -> {
            seen.add("client");
            clients.put(client.id(), client);
        }, row -> {
            seen.add(row.unit() + "/" + row.reason() + "/" + row.plannedDay() + "/" + row.isoWeek());
            return true;
        });
        assertEquals(List.of("client", "client", "NORR/MAENDE/20260902/202636", "SODER/BORTREST/20260909/202637"),
                seen);
        ExportClient anna = clients.values().stream().filter(c -> c.clientNumber().equals(ANNA.digits()))
                .findFirst().orElseThrow();
        assertEquals(19950315, anna.birthDay());
        assertEquals("FEMALE", anna.legalGender());
        assertEquals(List.of(), anna.lifeAreas());

        List<NonDeliveryRow> norr = new ArrayList<>();
        List<ExportClient> norrClients = new ArrayList<>();
        source.nonDeliveries(IN_NORR, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 31), norrClients::add,
                norr::add);
        assertEquals(2, norr.size());
        assertEquals(List.of(ANNA.digits()), norrClients.stream().map(ExportClient::clientNumber).toList());
        List<NonDeliveryRow> first = new ArrayList<>();
        source.nonDeliveries(ALL, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 31), client -> { }, row -> {
            first.add(row);
            return false;
        });
        assertEquals(1, first.size());
    }

    @Test
    void theClientsComeWithTheLifeAreasOfTheirCountedNeeds() throws Exception {
        JpaAssessmentStore assessments = new JpaAssessmentStore(jpa(), null);
        grants.insert(new se.folja.api.nondelivery.Grant(0, ANNA, "NORR", "BOENDESTOD", 2, LocalDate.of(2026, 1, 1),
                null, "anna", T1, 0));
        assessments.insert(new Assessment(0, ANNA, "NORR", LocalDate.of(2026, 6, 1), "h", 0, "2021.1", List.of(
                new Need("d640", "D6", null, 2, null, null), new Need("d230", "D2", null, 0, null, null),
                new Need("d920", "D9", null, 8, null, null)), "anna", T1, 0));
        nonDeliveries.insert(aNonDelivery("J-1").client(ANNA).unit("NORR").plannedAt("2026-09-02T10:00").build());
        nonDeliveries.insert(aNonDelivery("J-2").client(BO).unit("SODER").plannedAt("2026-09-03T10:00").build());
        List<ExportClient> clients = new ArrayList<>();
        source.nonDeliveries(ALL, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30), clients::add, row -> true);
        assertEquals(Map.of(ANNA.digits(), List.of("D6", "D9"), BO.digits(), List.of()), clients.stream().collect(
                java.util.stream.Collectors.toMap(ExportClient::clientNumber, c -> c.lifeAreas().stream().sorted()
                        .toList())));
        List<ExportClient> soder = new ArrayList<>();
        source.nonDeliveries(IN_SODER, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30), soder::add,
                row -> true);
        assertEquals(List.of(BO.digits()), soder.stream().map(ExportClient::clientNumber).toList());
    }

    @Test
    void groupingSetsReadTheTableOnce() {
        nonDeliveries.insert(aNonDelivery("J-1").client(ANNA).unit("NORR").reason("MAENDE")
                .plannedAt("2026-09-02T10:00").build());
        nonDeliveries.insert(aNonDelivery("J-2").client(ANNA).unit("NORR").plannedAt("2026-09-03T10:00").build());
        nonDeliveries.insert(aNonDelivery("J-3").client(BO).unit("SODER").plannedAt("2026-10-09T10:00").build());
        LocalDate from = LocalDate.of(2026, 9, 1);
        LocalDate to = LocalDate.of(2026, 10, 31);

        List<String> byMonthGender = show(source.groupingSets(ALL, from, to, List.of(List.of(Dimension.MONTH,
                Dimension.GENDER, Dimension.AGE_BAND)))).get(0);
        assertEquals(List.of("2026-09/FEMALE/25-34=2/1", "2026-10/MALE/25-34=1/1"), byMonthGender);
        assertEquals(List.of(List.of("=3/2")), show(source.groupingSets(ALL, from, to, List.of(List.of()))));
        assertEquals(List.of(List.of("2026-W36/NONE=2/1")), show(source.groupingSets(IN_NORR, from, to,
                List.of(List.of(Dimension.WEEK, Dimension.LIFE_AREA)))));

        // a table's four groupings at once (GROUPING SETS on PostgreSQL), one repeated, one with life areas
        List<List<String>> table = show(source.groupingSets(ALL, from, to, List.of(
                List.of(Dimension.UNIT, Dimension.REASON), List.of(Dimension.REASON), List.of(),
                List.of(Dimension.UNIT), List.of(Dimension.REASON), List.of(Dimension.LIFE_AREA))));
        assertEquals(List.of(List.of("NORR/BORTREST=1/1", "NORR/MAENDE=1/1", "SODER/BORTREST=1/1"),
                List.of("BORTREST=2/2", "MAENDE=1/1"), List.of("=3/2"), List.of("NORR=2/1", "SODER=1/1"),
                List.of("BORTREST=2/2", "MAENDE=1/1"), List.of("NONE=3/2")), table);
        // no rows: the total is still one line of zeros, the other groupings empty
        assertEquals(List.of(List.of(), List.of("=0/0")), show(source.groupingSets(IN_VAST, from, to,
                List.of(List.of(Dimension.MONTH), List.of()))));

    }

    @Test
    void grantedSessionsCountTheWeeksWhoseThursdayLiesInThePeriodAndWholeWeeksTheClientWeeksThatReachThem() {
        // Anna 2 a week all year; Bo 3 a week until Sunday 20 September
        grants.insert(new se.folja.api.nondelivery.Grant(0, ANNA, "NORR", "BOENDESTOD", 2, LocalDate.of(2026, 1, 1),
                null, "anna", T1, 0));
        grants.insert(new se.folja.api.nondelivery.Grant(0, BO, "NORR", "BOENDESTOD", 3, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 9, 20), "anna", T1, 0));
        // week 37: Anna cancels both of her two (whole), Bo two of his three (not whole)
        for (String day : List.of("2026-09-08", "2026-09-09")) {
            nonDeliveries.insert(aNonDelivery("A-" + day).client(ANNA).unit("NORR").plannedAt(day + "T10:00").build());
            nonDeliveries.insert(aNonDelivery("B-" + day).client(BO).unit("NORR").plannedAt(day + "T11:00").build());
        }
        // week 40 (Monday 28 September; its Thursday, 1 October, lies after the period): Anna cancels both
        nonDeliveries.insert(aNonDelivery("A-28").client(ANNA).unit("NORR").plannedAt("2026-09-28T10:00").build());
        nonDeliveries.insert(aNonDelivery("A-29").client(ANNA).unit("NORR").plannedAt("2026-09-29T10:00").build());
        LocalDate from = LocalDate.of(2026, 9, 1);
        LocalDate to = LocalDate.of(2026, 9, 30);

        // Thursdays in the period: 3, 10, 17, 24 September — Anna 4 × 2, Bo 3 × 3 (his grant ended on the 20th)
        assertEquals(List.of(List.of("2026-09/NORR=17/1", "2026-10/NORR=0/1"), List.of("NORR=17/2"), List.of("=17/2"),
                List.of("2026-09=17/1", "2026-10=0/1"), List.of("2026-W36/FEMALE=2/0", "2026-W36/MALE=3/0",
                        "2026-W37/FEMALE=2/1", "2026-W37/MALE=3/0", "2026-W38/FEMALE=2/0", "2026-W38/MALE=3/0",
                        "2026-W39/FEMALE=2/0", "2026-W40/FEMALE=0/1"), List.of("25-34=17/2")),
                showGrants(source.grantSets(ALL, from, to, List.of(List.of(Dimension.MONTH, Dimension.UNIT),
                        List.of(Dimension.UNIT), List.of(), List.of(Dimension.MONTH),
                        List.of(Dimension.WEEK, Dimension.GENDER), List.of(Dimension.AGE_BAND)))));
        assertEquals(List.of("FEMALE: 1 clients, 8 sessions", "MALE: 1 clients, 9 sessions"), source.grantedClients(
                ALL, from, to).stream().map(g -> g.legalGender() + ": " + g.clients() + " clients, " + g.sessions()
                        + " sessions").sorted().toList());
        assertEquals(List.of(), source.grantedClients(IN_SODER, from, to));
        assertEquals(List.of(List.of("=17/2")), showGrants(source.grantSets(IN_NORR, from, to,
                List.of(List.of()))));
        assertEquals(List.of(List.of(), List.of()), showGrants(source.grantSets(IN_SODER, from, to,
                List.of(List.of(Dimension.UNIT), List.of()))), "nothing granted, nothing whole: no counts");

        // a grant entered by mistake and annulled counts nowhere: neither sessions, whole weeks nor clients
        se.folja.api.nondelivery.Grant mistake = grants.insert(new se.folja.api.nondelivery.Grant(0, CECILIA, "NORR",
                "BOENDESTOD", 5, LocalDate.of(2026, 1, 1), null, "anna", T1, 0));
        nonDeliveries.insert(aNonDelivery("C-1").client(CECILIA).unit("NORR").plannedAt("2026-09-08T10:00").build());
        grants.annul(mistake.id(), 1, "Fel klient", "anna", T2);
        assertEquals(List.of(List.of("=17/2")), showGrants(source.grantSets(IN_NORR, from, to,
                List.of(List.of()))));
        assertEquals(List.of("FEMALE: 1 clients, 8 sessions", "MALE: 1 clients, 9 sessions"), source.grantedClients(
                ALL, from, to).stream().map(g -> g.legalGender() + ": " + g.clients() + " clients, " + g.sessions()
                        + " sessions").sorted().toList());
    }

    private static List<List<String>> showGrants(List<List<ExportRecordSource.GrantCount>> groupings) {
        return groupings.stream().map(counts -> counts.stream()
                .map(g -> String.join("/", g.keys()) + "=" + g.grantedSessions() + "/" + g.wholeWeeks()).sorted()
                .toList()).toList();
    }

    private static List<List<String>> show(List<List<ExportRecordSource.GroupCount>> groupings) {
        return groupings.stream().map(counts -> counts.stream()
                .map(g -> String.join("/", g.keys()) + "=" + g.nonDeliveries() + "/" + g.clients()).sorted().toList())
                .toList();
    }
}
