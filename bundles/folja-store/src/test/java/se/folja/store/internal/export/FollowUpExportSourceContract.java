package se.folja.store.internal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.folja.api.UnitScope;
import se.folja.api.followup.Answer;
import se.folja.api.followup.AnswerValue;
import se.folja.api.followup.Coding;
import se.folja.api.followup.Enrolment;
import se.folja.api.followup.EnrolmentEndReason;
import se.folja.api.followup.EnrolmentStatus;
import se.folja.api.followup.FollowUpResponse;
import se.folja.api.followup.RespondentRole;
import se.folja.api.followup.ResponseChangeKind;
import se.folja.api.followup.ResponseStatus;
import se.folja.api.person.PersonalIdentityNumber;
import se.folja.store.internal.NonDeliveryTestSupport;
import se.folja.store.internal.TestPins;
import se.folja.store.internal.followup.JpaEnrolmentStore;
import se.folja.store.internal.followup.JpaResponseStore;
import se.folja.store.spi.FollowUpExportSource.AgeCount;
import se.folja.store.spi.FollowUpExportSource.DateStats;
import se.folja.store.spi.FollowUpExportSource.DurationStats;
import se.folja.store.spi.FollowUpExportSource.NumberStats;
import se.folja.store.spi.FollowUpExportSource.ResponseClient;
import se.folja.store.spi.FollowUpExportSource.ResponseRecord;
import se.folja.store.spi.FollowUpExportSource.ScaleMeasures;
import se.folja.store.spi.FollowUpExportSource.Selection;
import se.folja.store.spi.FollowUpExportSource.Slice;
import se.folja.store.spi.FollowUpExportSource.ValueCount;

/**
 * What {@link JdbcFollowUpExportSource} promises, whatever the database: the follow-up exports' counts, medians,
 * months, shares and first and latest measurements worked out by the SQL, annulled enrolments and responses entered
 * in error counted nowhere, free text never read, and a read of no unit never reaching the database.
 */
abstract class FollowUpExportSourceContract extends NonDeliveryTestSupport {

    private static final String ORS = "ORS";
    private static final String TROSA = "TROSA_MISSBRUK";
    private static final String OPTIONS = "https://folja.se/fhir/CodeSystem/test";
    private static final Selection ORS_ALL = new Selection(ORS, null, UnitScope.EVERY);
    private static final Selection TROSA_ALL = new Selection(TROSA, null, UnitScope.EVERY);
    private static final List<String> ITEMS = List.of("ors-individual", "ors-relations", "ors-social",
            "ors-general");

    private JpaEnrolmentStore enrolments;
    private JpaResponseStore responses;
    private JdbcFollowUpExportSource source;
    private int serial;

    @BeforeEach
    void createStores() {
        enrolments = new JpaEnrolmentStore(jpa(), null);
        responses = new JpaResponseStore(jpa(), null);
        source = new JdbcFollowUpExportSource(dataSource(), null);
    }

    /** @return a new synthetic client born on the day, a woman or a man */
    private PersonalIdentityNumber client(String born, boolean woman) {
        serial += 2;
        return TestPins.pin(born, serial + (woman ? 0 : 1));
    }

    private Enrolment enrol(PersonalIdentityNumber client, String unit, String template, int version, String start,
            String end, EnrolmentEndReason reason) {
        EnrolmentStatus status = end == null ? EnrolmentStatus.ONGOING : EnrolmentStatus.ENDED;
        return enrolments.insert(new Enrolment(0, 7, template, version, unit, client, null, null,
                LocalDate.parse(start), end == null ? null : LocalDate.parse(end), end == null ? null : reason, status,
                null, 0, "anna", T1));
    }

    private Enrolment enrol(String unit, String template, String start, String end) {
        return enrol(client("19800101", true), unit, template, 1, start, end, EnrolmentEndReason.COMPLETED);
    }

    private Enrolment annul(Enrolment e) {
        return enrolments.update(new Enrolment(e.id(), e.enablementId(), e.templateCode(), e.templateVersion(),
                e.unit(), e.client(), e.grantId(), e.responsible(), e.start(), e.end(), e.endReason(),
                EnrolmentStatus.ANNULLED, "Fel brukare", e.revision(), "bertil", T2), e.revision(),
                se.folja.api.followup.EnrolmentChangeKind.ANNULLED);
    }

    private FollowUpResponse respond(Enrolment e, String occasion, int sequence, RespondentRole role, String day,
            List<Answer> answers) {
        return responses.insert(new FollowUpResponse(0, e.id(), e.unit(), e.client(), e.templateCode(),
                e.templateVersion(), occasion, sequence, role, LocalDate.parse(day), answers,
                ResponseStatus.COMPLETED, null, 0, "anna", T1));
    }

    private void enteredInError(FollowUpResponse r) {
        responses.update(new FollowUpResponse(r.id(), r.enrolmentId(), r.unit(), r.client(), r.templateCode(),
                r.templateVersion(), r.occasion(), r.sequence(), r.role(), r.answeredOn(), r.answers(),
                ResponseStatus.ENTERED_IN_ERROR, "Fel", r.revision(), "bertil", T2), r.revision(),
                ResponseChangeKind.ENTERED_IN_ERROR);
    }

    private static Answer code(String linkId, String... codes) {
        List<AnswerValue> values = new ArrayList<>();
        for (String c : codes) {
            values.add(new AnswerValue.OfCoding(new Coding(OPTIONS, c, "Etikett – fri text i display")));
        }
        return new Answer(linkId, values);
    }

    private static Answer decimal(String linkId, String value) {
        return new Answer(linkId, List.of(new AnswerValue.OfDecimal(new BigDecimal(value))));
    }

    private static Answer integer(String linkId, long value) {
        return new Answer(linkId, List.of(new AnswerValue.OfInteger(value)));
    }

    private static Answer yes(String linkId, boolean value) {
        return new Answer(linkId, List.of(new AnswerValue.OfBoolean(value)));
    }

    private static Answer date(String linkId, String value) {
        return new Answer(linkId, List.of(new AnswerValue.OfDate(LocalDate.parse(value))));
    }

    private static Answer text(String linkId, String value) {
        return new Answer(linkId, List.of(new AnswerValue.OfString(value)));
    }

    private static List<Answer> ors(String... values) {
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            answers.add(decimal(ITEMS.get(i), values[i]));
        }
        return answers;
    }

    // durations

    @Test
    void durationsAreWholeMonthsToTheDayAskedAboutOrToTheLastDayWithTheTwoMiddleValues() {
        LocalDate asOf = LocalDate.of(2026, 3, 1);
        enrol("NORR", ORS, "2026-01-31", null);                 // ongoing, 1 month on 2026-03-01
        enrol("NORR", ORS, "2025-03-01", null);                 // ongoing, 12
        enrol("NORR", ORS, "2026-02-28", "2026-03-05");         // ended after asOf: ongoing, 0
        enrol("NORR", ORS, "2025-12-01", null);                 // ongoing, 3
        enrol("NORR", ORS, "2025-01-31", "2025-02-28");         // ended, 0 (not a whole month)
        enrol("SODER", ORS, "2024-01-15", "2025-01-15");        // ended, 12
        annul(enrol("NORR", ORS, "2020-01-01", null));          // annulled: nowhere
        enrol("NORR", ORS, "2026-03-02", null);                 // starts after asOf: nowhere
        enrol("NORR", TROSA, "2020-01-01", null);               // another template

        assertEquals(List.of("ended 2/2 0..12 sum 12 median 0|12", "ongoing 4/4 0..12 sum 16 median 1|3"),
                show(source.durations(ORS_ALL, asOf)));
        assertEquals(List.of("ended 1/1 0..0 sum 0 median 0|0", "ongoing 4/4 0..12 sum 16 median 1|3"),
                show(source.durations(new Selection(ORS, null, UnitScope.of(Set.of("NORR"))), asOf)));
        assertEquals(List.of("ended 1/1 12..12 sum 12 median 12|12"),
                show(source.durations(new Selection(ORS, 1, UnitScope.of(Set.of("SODER"))), asOf)));
        assertEquals(List.of(), source.durations(new Selection(ORS, 2, UnitScope.EVERY), asOf), "no version 2");
        // the day before: 2026-01-31 to 2026-02-28 is no whole month, as ChronoUnit counts
        assertEquals(0, ChronoUnit.MONTHS.between(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28)));
        assertEquals(List.of("ongoing 4/4 0..11 sum 13 median 0|2"),
                show(source.durations(new Selection(ORS, null, UnitScope.of(Set.of("NORR"))),
                        LocalDate.of(2026, 2, 28))).stream().filter(s -> s.startsWith("ongoing")).toList());
    }

    @Test
    void monthsAreCountedAsChronoUnitCountsThemAcrossMonthEndsAndLeapDays() {
        List<String[]> pairs = List.of(new String[] {"2026-01-31", "2026-02-28"}, new String[] {"2026-01-31",
            "2026-03-01"}, new String[] {"2024-02-29", "2025-02-28"}, new String[] {"2024-02-29", "2025-03-01"},
            new String[] {"2023-03-31", "2024-02-29"}, new String[] {"2025-12-31", "2026-01-30"},
            new String[] {"2025-12-15", "2026-01-15"}, new String[] {"2011-07-01", "2026-02-28"},
            new String[] {"2026-02-28", "2026-02-28"});
        for (String[] pair : pairs) {
            enrol("NORR", ORS, pair[0], pair[1]);
        }
        long expected = pairs.stream().mapToLong(p -> ChronoUnit.MONTHS.between(LocalDate.parse(p[0]),
                LocalDate.parse(p[1]))).sum();
        List<Long> each = pairs.stream().map(p -> ChronoUnit.MONTHS.between(LocalDate.parse(p[0]),
                LocalDate.parse(p[1]))).sorted().toList();
        DurationStats ended = source.durations(ORS_ALL, LocalDate.of(2026, 12, 31)).get(0);
        assertEquals(expected, ended.sum());
        assertEquals(each.get(0).intValue(), ended.min());
        assertEquals(each.get(each.size() - 1).intValue(), ended.max());
        assertEquals(each.get(4).intValue(), ended.lowerMedian(), "the middle of nine: " + each);
        assertEquals(each.get(4).intValue(), ended.upperMedian());
    }

    private static List<String> show(List<DurationStats> stats) {
        return stats.stream().map(s -> (s.ended() ? "ended " : "ongoing ") + s.enrolments() + "/" + s.clients() + " "
                + s.min() + ".." + s.max() + " sum " + s.sum() + " median " + s.lowerMedian() + "|"
                + s.upperMedian()).sorted().toList();
    }

    // enrolled and ended

    @Test
    void activeStartedAndEndedAreCountedPerPeriodAndLegalGender() {
        enrol(client("19800101", true), "NORR", ORS, 1, "2025-12-15", null, null);                 // F active all
        enrol(client("19800101", false), "NORR", ORS, 1, "2026-01-10", "2026-02-05",
                EnrolmentEndReason.COMPLETED);                                                        // M
        enrol(client("19800101", true), "SODER", ORS, 1, "2026-02-01", "2026-02-01",
                EnrolmentEndReason.MOVED);                                                            // F
        enrol(client("19800101", false), "NORR", ORS, 1, "2026-03-31", null, null);                // M
        annul(enrol(client("19800101", true), "NORR", ORS, 1, "2026-01-05", null, null));
        enrol(client("19800101", true), "NORR", ORS, 1, "2026-04-01", null, null);                 // after
        enrol(client("19800101", true), "NORR", ORS, 1, "2025-01-01", "2025-12-31",
                EnrolmentEndReason.COMPLETED);                                                        // before

        List<Slice> slices = List.of(new Slice(1, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)),
                new Slice(2, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)),
                new Slice(3, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)),
                new Slice(0, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
        assertEquals(List.of(
                "0 FEMALE active 2 started 1 ended 1", "0 MALE active 2 started 2 ended 1",
                "1 FEMALE active 1 started 0 ended 0", "1 MALE active 1 started 1 ended 0",
                "2 FEMALE active 2 started 1 ended 1", "2 MALE active 1 started 0 ended 1",
                "3 FEMALE active 1 started 0 ended 0", "3 MALE active 1 started 1 ended 0"),
                source.flow(ORS_ALL, slices).stream().map(f -> f.slice() + " " + f.legalGender() + " active "
                        + f.active() + " started " + f.started() + " ended " + f.ended()).sorted().toList());
        assertEquals(List.of("0 FEMALE 1", "0 MALE 2"), source.flow(new Selection(ORS, null,
                UnitScope.of(Set.of("NORR"))), slices.subList(3, 4)).stream().map(f -> f.slice() + " "
                        + f.legalGender() + " " + f.active()).sorted().toList());
    }

    // shares

    @Test
    void sharesCountPerAgeAtTheStartTheDropoutsAndTheLatestAnswerToTheQuestion() {
        // born 2005-06-01: 19 at a start in 2025-01, 20 at one in 2025-07
        Enrolment youth1 = enrol(client("20050601", true), "NORR", TROSA, 1, "2025-01-10", null, null);
        Enrolment youth2 = enrol(client("20050601", false), "NORR", TROSA, 1, "2025-07-10", "2025-09-30",
                EnrolmentEndReason.DROPOUT);
        Enrolment adult1 = enrol(client("19800101", true), "SODER", TROSA, 1, "2025-03-01", "2025-10-01",
                EnrolmentEndReason.COMPLETED);
        Enrolment adult2 = enrol(client("19800101", false), "NORR", TROSA, 1, "2025-04-01", "2026-02-01",
                EnrolmentEndReason.DROPOUT);
        enrol(client("19800101", false), "NORR", TROSA, 1, "2024-12-31", null, null);             // before
        Enrolment annulled = enrol(client("19800101", false), "NORR", TROSA, 1, "2025-05-01", null, null);

        // youth1: positive then negative: the latest counts
        respond(youth1, "opened", 1, RespondentRole.CASE_OFFICER, "2025-01-10", List.of(code("situation",
                "POSITIV")));
        respond(youth1, "end", 1, RespondentRole.CASE_OFFICER, "2025-06-10", List.of(code("situation", "NEGATIV")));
        // youth2: negative, then positive on the same day with a higher id
        respond(youth2, "opened", 1, RespondentRole.CASE_OFFICER, "2025-07-10", List.of(code("situation",
                "NEGATIV")));
        respond(youth2, "end", 1, RespondentRole.CASE_OFFICER, "2025-07-10", List.of(code("situation", "POSITIV")));
        // adult1: a later response not answering the question does not count
        respond(adult1, "opened", 1, RespondentRole.CASE_OFFICER, "2025-03-01", List.of(code("situation",
                "POSITIV")));
        respond(adult1, "end", 1, RespondentRole.CASE_OFFICER, "2025-10-01", List.of(code("other", "NEGATIV")));
        // adult2: its positive answer was entered in error, so no answer
        enteredInError(respond(adult2, "opened", 1, RespondentRole.CASE_OFFICER, "2025-04-01",
                List.of(code("situation", "POSITIV"))));
        respond(annulled, "opened", 1, RespondentRole.CASE_OFFICER, "2025-05-01", List.of(code("situation",
                "POSITIV")));
        annul(annulled);

        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2025, 12, 31);
        assertEquals(List.of("19: 1 dropouts 0 answered 1 positive 0", "20: 1 dropouts 1 answered 1 positive 1",
                "45: 2 dropouts 1 answered 1 positive 1"), showAges(source.shares(TROSA_ALL, from, to,
                        LocalDate.of(2026, 3, 1), "situation", Set.of("POSITIV"))));
        // as of 2025-05-31, youth1's negative answer had not been given, youth2 had neither answered nor dropped out
        assertEquals(List.of("19: 1 dropouts 0 answered 1 positive 1", "20: 1 dropouts 0 answered 0 positive 0",
                "45: 2 dropouts 0 answered 1 positive 1"), showAges(source.shares(TROSA_ALL, from, to,
                        LocalDate.of(2025, 5, 31), "situation", Set.of("POSITIV", "OFORANDRAD"))));
        assertEquals(List.of("19: 1 dropouts 0 answered 1 positive 1", "20: 1 dropouts 1 answered 1 positive 0",
                "45: 1 dropouts 1 answered 0 positive 0"), showAges(source.shares(new Selection(TROSA, null,
                        UnitScope.of(Set.of("NORR"))), from, to, LocalDate.of(2026, 3, 1), "situation",
                        Set.of("NEGATIV"))));
    }

    private static List<String> showAges(List<AgeCount> counts) {
        return counts.stream().sorted(Comparator.comparing(AgeCount::age)).map(c -> c.age() + ": " + c.enrolments()
                + " dropouts " + c.dropouts() + " answered " + c.answered() + " positive " + c.positive()).toList();
    }

    // answer distributions

    @Test
    void answersAreCountedPerValueAndTheirNumbersDatesAndMediansByTheDatabase() {
        Enrolment anna = enrol(client("19800101", true), "NORR", TROSA, 1, "2025-01-01", null, null);
        Enrolment bo = enrol(client("19800101", false), "SODER", TROSA, 1, "2025-01-01", null, null);
        Enrolment annulled = enrol(client("19800101", false), "NORR", TROSA, 1, "2025-01-01", null, null);
        respond(anna, "opened", 1, RespondentRole.CASE_OFFICER, "2025-01-05", List.of(code("drog", "ALKOHOL",
                "CANNABIS"), yes("utredning", true), integer("alder", 45), decimal("skala", "3.1"),
                date("aktualiserad", "2024-12-30"), text("fritext", "Anna har barn")));
        respond(anna, "end", 1, RespondentRole.CASE_OFFICER, "2025-03-05", List.of(code("drog", "ALKOHOL"),
                yes("utredning", false), integer("alder", 46), decimal("skala", "3.20"),
                date("aktualiserad", "2025-02-01")));
        respond(bo, "opened", 1, RespondentRole.CASE_OFFICER, "2025-02-05", List.of(code("drog", "KOKAIN"),
                yes("utredning", true), decimal("skala", "10"), decimal("skala2", "1")));
        respond(bo, "opened", 1, RespondentRole.PROVIDER, "2025-02-06", List.of(decimal("skala", "0.5")));
        enteredInError(respond(bo, "end", 1, RespondentRole.CASE_OFFICER, "2025-02-07",
                List.of(code("drog", "KOKAIN"))));
        respond(bo, "end", 1, RespondentRole.CASE_OFFICER, "2026-01-01", List.of(code("drog", "KOKAIN")));
        respond(annulled, "opened", 1, RespondentRole.CASE_OFFICER, "2025-02-05", List.of(code("drog", "KOKAIN")));
        annul(annulled);

        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2025, 12, 31);
        List<String> linkIds = List.of("drog", "utredning", "alder", "skala", "aktualiserad", "fritext");
        assertEquals(List.of("drog/ALKOHOL 2/1", "drog/CANNABIS 1/1", "drog/KOKAIN 1/1", "drog/TOTAL 3/2",
                "utredning/TOTAL 3/2", "utredning/false 1/1", "utredning/true 2/2"),
                source.valueCounts(TROSA_ALL, from, to, linkIds).stream().map(v -> v.linkId() + "/"
                        + (v.value() == null ? "TOTAL" : v.value()) + " " + v.responses() + "/" + v.clients())
                        .sorted().toList());
        assertEquals(List.of("drog/ALKOHOL 2/1", "drog/CANNABIS 1/1", "drog/TOTAL 2/1"),
                source.valueCounts(new Selection(TROSA, 1, UnitScope.of(Set.of("NORR"))), from, to, List.of("drog"))
                        .stream().map(v -> v.linkId() + "/" + (v.value() == null ? "TOTAL" : v.value()) + " "
                                + v.responses() + "/" + v.clients()).sorted().toList());

        Map<String, NumberStats> numbers = source.numberStats(TROSA_ALL, from, to, linkIds).stream()
                .collect(Collectors.toMap(NumberStats::linkId, n -> n, (a, b) -> a, TreeMap::new));
        assertEquals(List.of("alder", "skala"), List.copyOf(numbers.keySet()), "skala2 was not asked for");
        NumberStats skala = numbers.get("skala");
        assertEquals(List.of(4L, 2L, 4L), List.of(skala.responses(), skala.clients(), skala.values()));
        assertEquals(List.of("0.5", "10", "16.8", "3.1", "3.2"), List.of(skala.min().toPlainString(),
                skala.max().toPlainString(), skala.sum().toPlainString(), skala.lowerMedian().toPlainString(),
                skala.upperMedian().toPlainString()), "an even count: the two middle values");
        NumberStats alder = numbers.get("alder");
        assertEquals(List.of("45", "46", "91", "45", "46"), List.of(alder.min().toPlainString(),
                alder.max().toPlainString(), alder.sum().toPlainString(), alder.lowerMedian().toPlainString(),
                alder.upperMedian().toPlainString()));

        List<DateStats> dates = source.dateStats(TROSA_ALL, from, to, linkIds);
        assertEquals(List.of(new DateStats("aktualiserad", 2, 1, LocalDate.of(2024, 12, 30),
                LocalDate.of(2025, 2, 1))), dates);
        assertEquals(List.of(), source.valueCounts(TROSA_ALL, from, to, List.of("fritext")),
                "free text is not counted by value");
        assertEquals(List.of(), source.numberStats(TROSA_ALL, from, to, List.of()));
    }

    // scale change

    @Test
    void theFirstAndLatestTotalsOfEachEnrolmentWithTwoCompleteMeasurements() throws IOException {
        Enrolment anna = enrol(client("19900101", true), "NORR", ORS, 1, "2025-01-01", null, null);
        Enrolment bo = enrol(client("20100101", false), "SODER", ORS, 1, "2025-01-01", null, null);
        Enrolment one = enrol(client("19800101", false), "NORR", ORS, 1, "2025-01-01", null, null);
        Enrolment annulled = enrol(client("19800101", false), "NORR", ORS, 1, "2025-01-01", null, null);
        // anna: baseline, an incomplete one (not counted), then two on one day: the higher sequence is the latest
        respond(anna, "baseline", 1, RespondentRole.CLIENT, "2025-01-01", ors("2.5", "3", "4.1", "5"));
        respond(anna, "every-4-weeks", 1, RespondentRole.CLIENT, "2025-01-29", ors("9", "9", "9"));
        respond(anna, "every-4-weeks", 3, RespondentRole.CLIENT, "2025-03-01", ors("8", "8", "8", "8.5"));
        respond(anna, "every-4-weeks", 2, RespondentRole.CLIENT, "2025-03-01", ors("1", "1", "1", "1"));
        respond(anna, "end", 1, RespondentRole.PROVIDER, "2025-04-01", ors("0", "0", "0", "0"));
        // bo: a corrected-away one entered in error does not count
        respond(bo, "baseline", 1, RespondentRole.CLIENT, "2025-01-02", ors("7", "7", "7", "7"));
        enteredInError(respond(bo, "every-4-weeks", 1, RespondentRole.CLIENT, "2025-01-30", ors("1", "1", "1",
                "1")));
        respond(bo, "every-4-weeks", 2, RespondentRole.CLIENT, "2025-02-27", ors("6", "6", "6", "6.5"));
        respond(bo, "every-4-weeks", 3, RespondentRole.CLIENT, "2026-01-27", ors("0", "0", "0", "0"));
        respond(one, "baseline", 1, RespondentRole.CLIENT, "2025-01-02", ors("7", "7", "7", "7"));
        respond(annulled, "baseline", 1, RespondentRole.CLIENT, "2025-01-02", ors("7", "7", "7", "7"));
        respond(annulled, "end", 1, RespondentRole.CLIENT, "2025-02-02", ors("7", "7", "7", "7"));
        annul(annulled);

        List<String> seen = new ArrayList<>();
        source.scaleMeasures(ORS_ALL, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), RespondentRole.CLIENT,
                ITEMS, m -> {
                    seen.add(m.unit() + " " + m.birthDay() + " " + m.legalGender() + " n=" + m.measurements() + " "
                            + m.firstDay() + " " + m.first().toPlainString() + " " + m.latestDay() + " "
                            + m.latest().toPlainString());
                    return true;
                });
        assertEquals(List.of("NORR 19900101 FEMALE n=3 2025-01-01 14.6 2025-03-01 32.5",
                "SODER 20100101 MALE n=2 2025-01-02 28 2025-02-27 24.5"), seen);
        List<ScaleMeasures> stopped = new ArrayList<>();
        source.scaleMeasures(ORS_ALL, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31), RespondentRole.CLIENT,
                ITEMS, m -> stopped.add(m) && false);
        assertEquals(1, stopped.size(), "the reader stops when asked");
        assertEquals(anna.client().digits(), stopped.get(0).clientNumber());
        assertFalse(stopped.get(0).toString().contains(anna.client().digits()));
    }

    // records

    @Test
    void theResponsesComeAfterTheirClientsWithTheirValuesAndNeverAFreeTextOrADisplay() throws IOException {
        Enrolment anna = enrol(client("19900101", true), "NORR", TROSA, 1, "2025-01-01", null, null);
        Enrolment bo = enrol(client("20100101", false), "SODER", TROSA, 1, "2025-01-01", null, null);
        respond(bo, "opened", 1, RespondentRole.CASE_OFFICER, "2025-02-01", List.of(code("drog", "KOKAIN"),
                text("fritext", "Bo bor hos sin mamma")));
        respond(anna, "opened", 1, RespondentRole.CASE_OFFICER, "2025-01-05", List.of(code("drog", "ALKOHOL",
                "CANNABIS"), yes("utredning", true), integer("alder", 45), decimal("skala", "3.10"),
                date("aktualiserad", "2024-12-30"), text("fritext", "Anna har barn")));
        respond(anna, "end", 1, RespondentRole.PROVIDER, "2025-01-05", List.of(text("fritext", "Inget")));
        enteredInError(respond(anna, "end", 1, RespondentRole.CASE_OFFICER, "2025-01-06", List.of(code("drog",
                "KOKAIN"))));

        List<String> seen = new ArrayList<>();
        List<ResponseClient> clients = new ArrayList<>();
        source.responses(TROSA_ALL, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), List.of("drog",
                "utredning", "alder", "skala", "aktualiserad", "fritext"), client -> {
                    clients.add(client);
                    seen.add("client");
                }, (ResponseRecord r) -> {
                    seen.add(r.unit() + " v" + r.templateVersion() + " " + r.occasion() + "#" + r.sequence() + " "
                            + r.role() + " " + r.answeredOn() + " " + r.answers().stream().map(a -> a.linkId() + "="
                                    + a.kind() + ":" + a.value()).toList());
                    return true;
                });
        assertEquals(List.of("client", "client",
                "NORR v1 opened#1 CASE_OFFICER 2025-01-05 [drog=CODING:ALKOHOL, drog=CODING:CANNABIS,"
                        + " utredning=BOOLEAN:true, alder=INTEGER:45, skala=DECIMAL:3.1,"
                        + " aktualiserad=DATE:2024-12-30]",
                "NORR v1 end#1 PROVIDER 2025-01-05 []",
                "SODER v1 opened#1 CASE_OFFICER 2025-02-01 [drog=CODING:KOKAIN]"), seen);
        assertEquals(List.of(19900101, 20100101), clients.stream().map(ResponseClient::birthDay).sorted().toList());
        assertFalse(clients.get(0).toString().contains("1990"));

        List<ResponseRecord> norr = new ArrayList<>();
        source.responses(new Selection(TROSA, null, UnitScope.of(Set.of("NORR"))), LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 1, 5), List.of("drog"), c -> { }, r -> norr.add(r) && false);
        assertEquals(1, norr.size(), "the reader stops when asked");
        assertEquals(2, norr.get(0).answers().size());
    }

    @Test
    void aReadOfNoUnitFindsNothingAndNeverReachesTheDatabase() throws Exception {
        enrol("NORR", ORS, "2025-01-01", null);
        int[] connections = {0};
        javax.sql.DataSource counted = (javax.sql.DataSource) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {javax.sql.DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        connections[0]++;
                    }
                    return method.invoke(dataSource(), args);
                });
        JdbcFollowUpExportSource none = new JdbcFollowUpExportSource(counted, null);
        Selection nothing = new Selection(ORS, null, UnitScope.NONE);
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2026, 12, 31);
        List<Object> read = new ArrayList<>();
        assertEquals(List.of(), none.durations(nothing, to));
        assertEquals(List.of(), none.flow(nothing, List.of(new Slice(0, from, to))));
        assertEquals(List.of(), none.shares(nothing, from, to, to, "situation", Set.of("POSITIV")));
        assertEquals(List.<ValueCount>of(), none.valueCounts(nothing, from, to, List.of("drog")));
        assertEquals(List.of(), none.numberStats(nothing, from, to, List.of("drog")));
        assertEquals(List.of(), none.dateStats(nothing, from, to, List.of("drog")));
        none.scaleMeasures(nothing, from, to, RespondentRole.CLIENT, ITEMS, m -> read.add(m));
        none.responses(nothing, from, to, List.of("drog"), read::add, read::add);
        assertEquals(List.of(), read);
        assertEquals(0, connections[0], "no connection for a read of no unit");
        assertEquals(1, none.durations(ORS_ALL, to).size(), "the same source reads every unit");
        assertThrows(IllegalArgumentException.class, () -> FollowUpSql.enrolments(nothing));
    }

    @Test
    void aConsumerFailingStopsTheReadAndReachesTheCaller() {
        Enrolment anna = enrol("NORR", ORS, "2025-01-01", null);
        respond(anna, "baseline", 1, RespondentRole.CLIENT, "2025-01-01", ors("1", "1", "1", "1"));
        respond(anna, "end", 1, RespondentRole.CLIENT, "2025-02-01", ors("2", "2", "2", "2"));
        IOException thrown = assertThrows(IOException.class, () -> source.scaleMeasures(ORS_ALL,
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), RespondentRole.CLIENT, ITEMS, m -> {
                    throw new IOException("the client went away");
                }));
        assertEquals("the client went away", thrown.getMessage());
        assertEquals(1, source.durations(ORS_ALL, LocalDate.of(2025, 12, 31)).size(), "the connection still serves");
    }
}
