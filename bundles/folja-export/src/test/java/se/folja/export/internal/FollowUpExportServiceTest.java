package se.folja.export.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
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
import se.folja.api.UnavailableException;
import se.folja.api.UnitScope;
import se.folja.api.ValidationException;
import se.folja.api.export.AgeGroup;
import se.folja.api.export.AnswerLine;
import se.folja.api.export.DurationLine;
import se.folja.api.export.ExportRecord;
import se.folja.api.export.FlowInterval;
import se.folja.api.export.FlowLine;
import se.folja.api.export.FollowUpResponseRow;
import se.folja.api.export.FollowUpSelection;
import se.folja.api.export.FollowUpTable;
import se.folja.api.export.PreparedExport;
import se.folja.api.export.PreparedResponseExport;
import se.folja.api.export.QuestionColumn;
import se.folja.api.export.ScaleChangeLine;
import se.folja.api.export.ScaleChangeRow;
import se.folja.api.export.ScaleGrouping;
import se.folja.api.export.ScaleOutcome;
import se.folja.api.export.ShareLine;
import se.folja.api.followup.RespondentRole;
import se.folja.api.ibic.LifeAreaMapper;
import se.folja.api.reasons.ReasonCatalogue;
import se.folja.store.spi.FollowUpExportSource.AgeCount;
import se.folja.store.spi.FollowUpExportSource.AnswerValueText;
import se.folja.store.spi.FollowUpExportSource.DateStats;
import se.folja.store.spi.FollowUpExportSource.DurationStats;
import se.folja.store.spi.FollowUpExportSource.FlowCount;
import se.folja.store.spi.FollowUpExportSource.NumberStats;
import se.folja.store.spi.FollowUpExportSource.ResponseClient;
import se.folja.store.spi.FollowUpExportSource.ResponseRecord;
import se.folja.store.spi.FollowUpExportSource.ScaleMeasures;
import se.folja.store.spi.FollowUpExportSource.Selection;
import se.folja.store.spi.FollowUpExportSource.Slice;
import se.folja.store.spi.FollowUpExportSource.ValueCount;

/** The follow-up exports through their facade, over the built-in templates and a store double. */
class FollowUpExportServiceTest {

    /** 23:30 UTC on New Year's Eve: already 2027 in Sweden. */
    static final Instant NOW = Instant.parse("2026-12-31T23:30:00Z");
    static final Actor STATISTICIAN = new Actor("stina", Set.of(), true);
    static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    static final LocalDate TO = LocalDate.of(2026, 12, 31);
    static final FollowUpSelection ORS = new FollowUpSelection("ORS", null, Set.of());
    static final FollowUpSelection TROSA = new FollowUpSelection("TROSA_MISSBRUK", null, Set.of());

    private final FollowUpDoubles.Templates templates = new FollowUpDoubles.Templates()
            .with("ORS", FollowUpDoubles.builtIn("ORS"))
            .with("TROSA_MISSBRUK", FollowUpDoubles.builtIn("TROSA_MISSBRUK"))
            .with("ALDREOMSORG_SOCIAL_SAMVARO", FollowUpDoubles.builtIn("ALDREOMSORG_SOCIAL_SAMVARO"),
                    FollowUpDoubles.builtIn("ALDREOMSORG_SOCIAL_SAMVARO"));
    private final FollowUpDoubles.Source source = new FollowUpDoubles.Source();
    private final FollowUpDoubles.Audit audit = new FollowUpDoubles.Audit();

    private FollowUpExportService service(int k, String key) {
        ReasonCatalogue catalogue = ExportServiceTest.only(ReasonCatalogue.class, Map.of());
        LifeAreaMapper mapper = ExportServiceTest.only(LifeAreaMapper.class, Map.of());
        return new FollowUpExportService(source, templates, catalogue, mapper, audit,
                ExportServiceTest.config(k, key), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private FollowUpExportService service() {
        return service(5, ExportServiceTest.KEY);
    }

    private static List<String> fields(Runnable call) {
        return assertThrows(ValidationException.class, call::run).errors().stream().map(FieldError::field).toList();
    }

    // durations

    @Test
    void umeasTableComesOutWithTodayInSwedenAsTheDayAskedAbout() {
        source.durations = List.of(new DurationStats(false, 83, 83, 1, 173, 2350, 20, 21),
                new DurationStats(true, 7, 7, 14, 168, 288, 30, 30));
        FollowUpTable<DurationLine> table = service().durations(ORS, null, STATISTICIAN);
        assertEquals(List.of(new DurationLine("ONGOING", 83L, 1, 173, new BigDecimal("28.31"),
                new BigDecimal("20.50"), false), new DurationLine("ENDED", 7L, 14, 168, new BigDecimal("41.14"),
                new BigDecimal("30.00"), false)), table.rows());
        assertEquals("asOf 2027-01-01", source.asked.get(1), "today in Sweden");
        assertEquals(new Selection("ORS", null, UnitScope.EVERY), source.asked.get(0));
        assertEquals("followup-durations", table.kind());
        assertEquals(Map.of("templateVersions", "1"), table.versions());
        assertEquals(List.of("template", "version", "unit", "asOf"), List.copyOf(table.parameters().keySet()));
        ExportRecord audited = audit.records.get(0);
        assertEquals("template=ORS&asOf=2027-01-01", audited.parameters());
        assertEquals("followup-durations", audited.kind());
        assertEquals(2, audited.rows());
        assertEquals(5, audited.suppressionK());
        assertEquals("stina", audited.exportedBy());
    }

    @Test
    void aSmallDurationLineIsSuppressedAndAnEmptyOneIsZero() {
        source.durations = List.of(new DurationStats(true, 5, 4, 14, 168, 288, 30, 30));
        List<DurationLine> rows = service().durations(ORS, LocalDate.of(2026, 6, 30), STATISTICIAN).rows();
        assertEquals(new DurationLine("ONGOING", 0L, null, null, null, null, false), rows.get(0));
        assertEquals(new DurationLine("ENDED", null, null, null, null, null, true), rows.get(1),
                "five enrolments of four clients");
        assertEquals("asOf 2026-06-30", source.asked.get(1));
    }

    // checks

    @Test
    void anUnknownTemplateIsNotFoundAndEveryBadParameterIsNamedBeforeTheUnitsAreChecked() {
        assertThrows(NotFoundException.class, () -> service().durations(new FollowUpSelection("NOPE", null,
                Set.of()), null, STATISTICIAN));
        assertEquals(List.of("version", "asOf"), fields(() -> service().durations(new FollowUpSelection("ORS", 2,
                Set.of()), LocalDate.of(1800, 1, 1), STATISTICIAN)));
        assertEquals(List.of("from", "to"), fields(() -> service().answers(TROSA, null, null, STATISTICIAN)));
        assertEquals(List.of("to"), fields(() -> service().flow(TROSA, TO, FROM, null, STATISTICIAN)));
        assertEquals(List.of("question"), fields(() -> service().shares(TROSA, FROM, TO, null, "alder",
                Set.of("1"), List.of(), STATISTICIAN)), "not a choice");
        assertEquals(List.of("question"), fields(() -> service().shares(TROSA, FROM, TO, null, "nope",
                Set.of("POSITIV"), List.of(), STATISTICIAN)));
        assertEquals(List.of("question"), fields(() -> service().shares(TROSA, FROM, TO, null, null,
                Set.of("POSITIV"), List.of(), STATISTICIAN)));
        ValidationException notAnOption = assertThrows(ValidationException.class, () -> service().shares(TROSA,
                FROM, TO, null, "situation", Set.of("POSITIV", "BRA"), List.of(), STATISTICIAN));
        assertEquals(List.of(new FieldError("positive", "must be options of the question: POSITIV, OFORANDRAD,"
                + " NEGATIV, OKAND")), notAnOption.errors());
        assertEquals(List.of("positive"), fields(() -> service().shares(TROSA, FROM, TO, null, "situation",
                Set.of(), List.of(), STATISTICIAN)));
        assertEquals(List.of(new FieldError("scale", "the template has no scale")), assertThrows(
                ValidationException.class, () -> service().scaleChange(TROSA, FROM, TO, null, null, List.of(),
                        STATISTICIAN)).errors());
        assertEquals(List.of(new FieldError("scale", "is not a scale of the template; its scales: ors-total")),
                assertThrows(ValidationException.class, () -> service().scaleChange(ORS, FROM, TO, "nope", null,
                        List.of(), STATISTICIAN)).errors());
        assertThrows(ForbiddenException.class, () -> service().durations(new FollowUpSelection("ORS", null,
                Set.of("NORR")), null, new Actor("anna", Set.of("SODER"), false)));
        assertTrue(audit.records.isEmpty());
        assertTrue(source.asked.isEmpty(), "nothing read for a refused request");
    }

    @Test
    void aReaderOfNoUnitGetsZerosAndNoStoreIsAsked() {
        Actor nobody = new Actor("nobody", Set.of(), false);
        List<DurationLine> rows = service().durations(ORS, null, nobody).rows();
        assertEquals(List.of(0L, 0L), rows.stream().map(DurationLine::enrolments).toList());
        List<ShareLine> shares = service().shares(TROSA, FROM, TO, null, "situation", Set.of("POSITIV"), List.of(),
                nobody).rows();
        assertEquals(6, shares.size());
        assertTrue(shares.stream().allMatch(l -> l.count() == 0 && l.of() == 0 && l.percent() == null), "" + shares);
        assertTrue(source.asked.isEmpty());
    }

    // enrolled and ended

    @Test
    void enrolledAndEndedArePerMonthByDefaultAndTheWholePeriodIsTheTotal() {
        source.flow = List.of(new FlowCount(1, "FEMALE", 10, 5, 0), new FlowCount(1, "MALE", 12, 6, 0),
                new FlowCount(0, "FEMALE", 10, 5, 0), new FlowCount(0, "MALE", 12, 6, 0));
        FollowUpTable<FlowLine> table = service().flow(ORS, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 15),
                null, STATISTICIAN);
        assertEquals(List.of(new Slice(1, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)),
                new Slice(2, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 15)),
                new Slice(0, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 15))), source.asked.get(1));
        assertEquals(27, table.rows().size());
        assertEquals(new FlowLine("2026-01", "active", "TOTAL", 22L, false), table.rows().get(2));
        assertEquals(new FlowLine("2026-02", "active", "TOTAL", 0L, false), table.rows().get(11));
        assertEquals("month", table.parameters().get("period"));
        assertEquals("quarter", service().flow(ORS, FROM, TO, FlowInterval.QUARTER, STATISTICIAN).parameters()
                .get("period"));
    }

    // shares

    @Test
    void trosasSharesAskForTheQuestionAndItsCodesOfTheEnrolmentsStartedInThePeriod() {
        source.ages = List.of(new AgeCount(18, 20, 5, 20, 15), new AgeCount(40, 50, 18, 50, 35));
        FollowUpTable<ShareLine> table = service().shares(TROSA, FROM, TO, null, "situation", Set.of("POSITIV"),
                AgeGroup.parse("13-20,21-", "ageGroups"), STATISTICIAN);
        assertEquals("2026-01-01..2026-12-31 asOf 2027-01-01 situation [POSITIV]", source.asked.get(1));
        assertEquals(List.of("75.0", "25.0", "70.0", "36.0", "71.4", "32.9"), table.rows().stream()
                .map(l -> l.percent().toPlainString()).toList());
        assertEquals("13-20,21-", table.parameters().get("ageGroups"));
        assertEquals("POSITIV", table.parameters().get("positive"));
        assertEquals("template=TROSA_MISSBRUK&from=2026-01-01&to=2026-12-31&asOf=2027-01-01&question=situation"
                + "&positive=POSITIV&ageGroups=13-20,21-", audit.records.get(0).parameters());
    }

    // scale change

    @Test
    void orsChangeIsClassifiedPerEnrolmentByAgeAtTheFirstMeasurementAndCountedPerGroup() {
        source.measures = List.of(
                measures(1, "NORR", 19900101, "2026-01-10", "20", "26"),     // 36: improved, recovered
                measures(2, "NORR", 20100601, "2026-01-10", "20", "25"),     // 15: 5 < 6, no reliable change
                measures(3, "SODER", 20100601, "2026-06-10", "30", "23"),    // 16: deteriorated
                measures(4, "SODER", 19900101, "2026-01-10", "10", "16"));   // improved, not recovered
        FollowUpTable<ScaleChangeLine> table = service(1, ExportServiceTest.KEY).scaleChange(ORS, FROM, TO, null,
                ScaleGrouping.AGE_GROUP, AgeGroup.parse("0-17,18-", "ageGroups"), STATISTICIAN);
        assertEquals("CLIENT [ors-individual, ors-relations, ors-social, ors-general]", source.asked.get(1));
        assertEquals(List.of("0-17 RELIABLY_IMPROVED 0", "0-17 NO_RELIABLE_CHANGE 1", "0-17 RELIABLY_DETERIORATED 1",
                "0-17 NOT_CLASSIFIED 0", "0-17 RECOVERED 0", "18- RELIABLY_IMPROVED 2", "18- NO_RELIABLE_CHANGE 0",
                "18- RELIABLY_DETERIORATED 0", "18- NOT_CLASSIFIED 0", "18- RECOVERED 1",
                "TOTAL RELIABLY_IMPROVED 2", "TOTAL NO_RELIABLE_CHANGE 1", "TOTAL RELIABLY_DETERIORATED 1",
                "TOTAL NOT_CLASSIFIED 0", "TOTAL RECOVERED 1"), table.rows().stream().map(l -> l.group() + " "
                        + l.outcome() + " " + l.enrolments()).toList());
        assertEquals(Map.of("template", "ORS", "version", "", "unit", "", "from", "2026-01-01", "to", "2026-12-31",
                "scale", "ors-total", "groupBy", "ageGroup", "ageGroups", "0-17,18-"), table.parameters());
        List<String> units = service(1, ExportServiceTest.KEY).scaleChange(ORS, FROM, TO, "ors-total",
                ScaleGrouping.UNIT, List.of(), STATISTICIAN).rows().stream().map(ScaleChangeLine::group).distinct()
                .toList();
        assertEquals(List.of("NORR", "SODER", "TOTAL"), units);
    }

    private static ScaleMeasures measures(long id, String unit, int born, String first, String firstTotal,
            String latestTotal) {
        return new ScaleMeasures(id, unit, "19900101" + (1000 + id), born, "FEMALE", 3, LocalDate.parse(first),
                new BigDecimal(firstTotal), LocalDate.parse(first).plusMonths(3), new BigDecimal(latestTotal));
    }

    @Test
    void theScaleChangeRecordsArePseudonymisedRowsWithMonthsOnly() throws IOException {
        source.measures = List.of(measures(1, "NORR", 19900101, "2026-01-10", "20", "26"));
        PreparedExport<ScaleChangeRow> prepared = service().scaleChangeRecords(ORS, FROM, TO, null, STATISTICIAN);
        assertEquals("followup-scale-change-enrolments", prepared.export().kind());
        assertTrue(audit.records.isEmpty(), "audited when written");
        List<ScaleChangeRow> rows = new ArrayList<>();
        assertEquals(1, prepared.writeTo(rows::add));
        ScaleChangeRow row = rows.get(0);
        assertTrue(row.client().matches("[a-p]{32}"), row.client());
        assertEquals(List.of("NORR", "FEMALE", "35-44", "2026-01", "2026-04", "6"), List.of(row.unit(), row.gender(),
                row.ageBand(), row.firstMonth(), row.latestMonth(), row.change().toPlainString()));
        assertEquals(ScaleOutcome.RELIABLY_IMPROVED, row.outcome());
        assertTrue(row.recovered());
        assertEquals(1, audit.records.get(0).rows());
        assertThrows(UnavailableException.class, () -> service(5, "").scaleChangeRecords(ORS, FROM, TO, null,
                STATISTICIAN));
    }

    // answers

    @Test
    void everyOptionIsListedWithItsCountsAndNumbersAndDatesAreSummarised() {
        source.values = List.of(new ValueCount("situation", null, 12, 9), new ValueCount("situation", "POSITIV", 8, 6),
                new ValueCount("situation", "NEGATIV", 4, 3), new ValueCount("utredning", null, 10, 10),
                new ValueCount("utredning", "true", 10, 10), new ValueCount("situation", "GAMMAL", 2, 2));
        source.numbers = List.of(new NumberStats("alder", 11, 11, 11, new BigDecimal("19"), new BigDecimal("64"),
                new BigDecimal("400"), new BigDecimal("33"), new BigDecimal("34")));
        source.dates = List.of(new DateStats("aktualiserad", 9, 9, LocalDate.of(2025, 12, 30),
                LocalDate.of(2026, 11, 2)));
        FollowUpTable<AnswerLine> table = service().answers(TROSA, FROM, TO, STATISTICIAN);
        assertEquals("values [kon, barn, huvuddrog, grad, utredning, beslut, insatstyp, fullfoljd, avslutat,"
                + " orsak-avslut, situation, ateraktualiserad, ateraktualisering]", source.asked.get(1));
        assertEquals("numbers [alder]", source.asked.get(2));
        assertEquals("dates [aktualiserad, utredning-klar]", source.asked.get(3));
        List<AnswerLine> situation = table.rows().stream().filter(l -> l.question().equals("situation")).toList();
        assertEquals(List.of("TOTAL 12/9", "POSITIV 8/6", "OFORANDRAD 0/0", "NEGATIV -/-", "OKAND 0/0",
                "GAMMAL -/-"), situation.stream().map(l -> l.value() + " " + (l.suppressed() ? "-/-" : l.responses()
                        + "/" + l.clients())).toList(), "3 clients: hidden with the smallest other that counts");
        assertEquals("Ingen förändring", situation.get(2).label());
        assertEquals("SINGLE_CHOICE", situation.get(0).type());
        AnswerLine alder = table.rows().stream().filter(l -> l.question().equals("alder")).findFirst().orElseThrow();
        assertEquals(List.of("19", "64", "36.36", "33.50"), List.of(alder.min().toPlainString(),
                alder.max().toPlainString(), alder.mean().toPlainString(), alder.median().toPlainString()));
        AnswerLine date = table.rows().stream().filter(l -> l.question().equals("aktualiserad")).findFirst()
                .orElseThrow();
        assertEquals(List.of("2025-12", "2026-11"), List.of(date.earliest(), date.latest()));
        AnswerLine unanswered = table.rows().stream().filter(l -> l.question().equals("utredning-klar")).findFirst()
                .orElseThrow();
        assertEquals(0L, unanswered.responses());
        List<AnswerLine> yesNo = table.rows().stream().filter(l -> l.question().equals("utredning")).toList();
        assertEquals(List.of("TOTAL 10", "true 10", "false 0"), yesNo.stream().map(l -> l.value() + " "
                + l.responses()).toList());
        assertEquals(table.rows().size(), audit.records.get(0).rows());
    }

    @Test
    void aSmallTotalHidesEveryAnswerOfTheQuestionAndFreeTextIsNeverAsked() {
        source.values = List.of(new ValueCount("ha-uppfoljd", null, 4, 4), new ValueCount("ha-uppfoljd", "true", 2,
                2), new ValueCount("ha-uppfoljd", "false", 2, 2));
        FollowUpTable<AnswerLine> table = service().answers(new FollowUpSelection("ALDREOMSORG_SOCIAL_SAMVARO", 2,
                Set.of()), FROM, TO, STATISTICIAN);
        assertEquals(List.of(true, true, true), table.rows().stream().filter(l -> l.question().equals("ha-uppfoljd"))
                .map(AnswerLine::suppressed).toList());
        String asked = source.asked.toString();
        for (String freeText : List.of("ha-ansokan", "ha-varfor-beviljad", "km-plan-innehall", "ku-fungerar-bra",
                "ha-annat-satt-annat", "ku-aktiviteter-annat")) {
            assertFalse(asked.contains(freeText + ",") || asked.contains(freeText + "]"), freeText + " in " + asked);
            assertTrue(table.rows().stream().noneMatch(l -> l.question().equals(freeText)), freeText);
        }
        assertEquals(new Selection("ALDREOMSORG_SOCIAL_SAMVARO", 2, UnitScope.EVERY), source.asked.get(0));
        assertEquals(Map.of("templateVersions", "2"), table.versions());
    }

    // records

    @Test
    void aResponseRowHasAPseudonymMonthsAndAValuePerQuestionButNoFreeText() throws IOException {
        source.clients.put(7L, new ResponseClient(7, "199001011234", 19900101, "MALE"));
        source.responses = List.of(new ResponseRecord(70, 7, "NORR", 2, "follow-up", 1, RespondentRole.CASE_OFFICER,
                LocalDate.of(2026, 3, 5), List.of(new AnswerValueText("ha-ansokte-social-samvaro", "BOOLEAN", "true"),
                        new AnswerValueText("ha-annat-satt", "CODING", "DAGVERKSAMHET"),
                        new AnswerValueText("ha-annat-satt", "CODING", "NATVERK"),
                        new AnswerValueText("ha-livsomraden", "CODING", "D7"))));
        PreparedResponseExport prepared = service().responses(new FollowUpSelection("ALDREOMSORG_SOCIAL_SAMVARO",
                null, Set.of("NORR")), FROM, TO, STATISTICIAN);
        List<String> columns = prepared.questions().stream().map(QuestionColumn::linkId).toList();
        assertEquals(List.of("ha-ansokte-social-samvaro", "ha-annat-satt-utrett", "ha-annat-satt",
                "ha-livsomraden", "ha-till-utforaren", "ha-uppfoljd", "ha-mal-uppfyllt", "km-plan-social-samvaro",
                "km-kund-delaktig", "km-plan-uppfoljd", "km-beslut-uppfoljt", "ku-intervjuad",
                "ku-ej-intervjuad-orsak", "ku-aktiviteter", "ku-som-tankt", "ku-nojd", "ku-samma-person",
                "ku-skillnad"), columns, "every question but free text, each once though two versions have it");
        List<FollowUpResponseRow> rows = new ArrayList<>();
        prepared.writeTo(rows::add);
        FollowUpResponseRow row = rows.get(0);
        assertTrue(row.client().matches("[a-p]{32}"));
        assertEquals(List.of("NORR", "ALDREOMSORG_SOCIAL_SAMVARO", "2", "follow-up", "1", "CASE_OFFICER",
                "2026-03", "35-44", "MALE"), List.of(row.unit(), row.template(), Integer.toString(row.version()),
                        row.occasion(), Integer.toString(row.sequence()), row.role(), row.answeredMonth(),
                        row.ageBand(), row.gender()));
        assertEquals("true", row.answers().get(0));
        assertNull(row.answers().get(1));
        assertEquals("DAGVERKSAMHET|NATVERK", row.answers().get(2));
        assertEquals("D7", row.answers().get(3));
        assertEquals(columns.size(), row.answers().size());
        assertEquals("followup-responses", audit.records.get(0).kind());
        assertEquals("template=ALDREOMSORG_SOCIAL_SAMVARO&unit=NORR&from=2026-01-01&to=2026-12-31",
                audit.records.get(0).parameters());
        assertEquals(new Selection("ALDREOMSORG_SOCIAL_SAMVARO", null, UnitScope.of(Set.of("NORR"))),
                source.asked.get(0));
        assertFalse(source.asked.get(1).toString().contains("ha-ansokan"));
    }

    @Test
    void aDateAnswerLeavesAsItsMonthAndRecordsNeedAKey() throws IOException {
        source.clients.put(7L, new ResponseClient(7, "200601011234", 20060101, "FEMALE"));
        source.responses = List.of(new ResponseRecord(70, 7, "NORR", 1, "opened", 1, RespondentRole.CASE_OFFICER,
                LocalDate.of(2026, 3, 5), List.of(new AnswerValueText("aktualiserad", "DATE", "2026-02-27"),
                        new AnswerValueText("alder", "INTEGER", "20"))));
        PreparedResponseExport prepared = service().responses(TROSA, FROM, TO, STATISTICIAN);
        List<FollowUpResponseRow> rows = new ArrayList<>();
        prepared.writeTo(rows::add);
        int aktualiserad = prepared.questions().stream().map(QuestionColumn::linkId).toList().indexOf("aktualiserad");
        assertEquals("2026-02", rows.get(0).answers().get(aktualiserad));
        assertEquals("18-24", rows.get(0).ageBand());
        assertThrows(UnavailableException.class, () -> service(5, "").responses(TROSA, FROM, TO, STATISTICIAN));
    }
}
