package se.folja.demo.journal.internal;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import se.folja.api.followup.EnrolmentEndReason;
import se.folja.api.followup.RespondentRole;

/**
 * Substance-abuse care shaped like Trosa's follow-up (seed 004): every client whose case opened in one year (the
 * calendar year before the load day), young people (15–19 at the start) at one unit and adults (22–64) at another,
 * followed by the case officer when the case opened, when it closed and six months later. Of the 20 young people
 * 15 had a positive change (75 %) and 5 dropped out (25 %); of the 50 adults 35 had a positive change (70 %) and 18
 * dropped out (36 %). Positive change is the answer {@code POSITIV} to {@code situation} in the client's latest
 * response; dropout is an enrolment ended {@code DROPOUT}. A few who dropped out still had a positive change, and a
 * few neither.
 *
 * <p>Every case closed within the year, so that each figure is the same whether a dropout is counted up to the
 * year's end or to the load day; the responses after the one that decides a client's change (six months after
 * closing) answer {@code situation} the same.
 */
final class TrosaShape {

    static final KalmarShape.Unit YOUTH = new KalmarShape.Unit("MISSBRUK_UNGDOM",
            "Missbruks- och beroendevård, ungdom", "Substance-abuse care, young people");
    static final KalmarShape.Unit ADULTS = new KalmarShape.Unit("MISSBRUK_VUXNA",
            "Missbruks- och beroendevård, vuxna", "Substance-abuse care, adults");
    static final String TEMPLATE = "TROSA_MISSBRUK";

    /** How a client's case turned out. */
    enum Outcome {
        /** A positive change, closed as planned (or moved away). */
        POSITIVE,
        /** Dropped out, with no positive change. */
        DROPOUT,
        /** Dropped out, yet the latest response says a positive change. */
        POSITIVE_DROPOUT,
        /** Neither: unchanged, still open or closed. */
        NEITHER;

        boolean positive() {
            return this == POSITIVE || this == POSITIVE_DROPOUT;
        }

        boolean dropout() {
            return this == DROPOUT || this == POSITIVE_DROPOUT;
        }
    }

    /** The young people's outcomes: 15 positive, 5 dropout of 20. */
    static final Map<Outcome, Integer> YOUTH_OUTCOMES = outcomes(14, 4, 1, 1);
    /** The adults' outcomes: 35 positive, 18 dropout of 50. */
    static final Map<Outcome, Integer> ADULT_OUTCOMES = outcomes(30, 13, 5, 2);

    private static Map<Outcome, Integer> outcomes(int positive, int dropout, int both, int neither) {
        Map<Outcome, Integer> counts = new LinkedHashMap<>();
        counts.put(Outcome.POSITIVE, positive);
        counts.put(Outcome.DROPOUT, dropout);
        counts.put(Outcome.POSITIVE_DROPOUT, both);
        counts.put(Outcome.NEITHER, neither);
        return Collections.unmodifiableMap(counts);
    }

    private static final List<String> YOUTH_DRUGS = List.of("CANNABIS", "ALKOHOL", "CANNABIS", "AMFETAMIN",
            "ALKOHOL", "LAKEMEDEL");
    private static final List<String> ADULT_DRUGS = List.of("ALKOHOL", "ALKOHOL", "AMFETAMIN", "OPIOIDER",
            "ALKOHOL", "CANNABIS", "LAKEMEDEL", "KOKAIN");
    private static final List<String> DEGREES = List.of("SKADLIGT_BRUK", "BEROENDE", "RISKBRUK", "BEROENDE");

    /** The year the cases opened: the calendar year before the load day. */
    final int year;
    final FollowUpPlan youth;
    final FollowUpPlan adults;
    /** The outcome of each enrolment of {@link #youth} and {@link #adults}, in the same order. */
    final List<Outcome> youthOutcomes;
    final List<Outcome> adultOutcomes;

    TrosaShape(LocalDate anchor) {
        year = anchor.getYear() - 1;
        Set<String> taken = new HashSet<>();
        youthOutcomes = shuffled(YOUTH_OUTCOMES, 2_019);
        adultOutcomes = shuffled(ADULT_OUTCOMES, 2_020);
        youth = plan(YOUTH, youthOutcomes, true, anchor, taken);
        adults = plan(ADULTS, adultOutcomes, false, anchor, taken);
    }

    private static List<Outcome> shuffled(Map<Outcome, Integer> counts, long seed) {
        List<Outcome> outcomes = new ArrayList<>();
        counts.forEach((outcome, count) -> outcomes.addAll(Collections.nCopies(count, outcome)));
        Collections.shuffle(outcomes, new Random(seed));
        return List.copyOf(outcomes);
    }

    private FollowUpPlan plan(KalmarShape.Unit unit, List<Outcome> outcomes, boolean young, LocalDate anchor,
            Set<String> taken) {
        LocalDate yearEnd = LocalDate.of(year, Month.DECEMBER, 31);
        List<FollowUpPlan.Enrolment> enrolments = new ArrayList<>();
        boolean oneStillOpen = false;
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome outcome = outcomes.get(i);
            LocalDate start = LocalDate.of(year, Month.JANUARY, 8).plusDays(i * 260L / outcomes.size());
            int age = young ? 15 + i % 5 : 22 + (i * 7) % 43;
            boolean woman = young ? i % 5 < 2 : i % 3 == 0;
            String client = FollowUpPlan.personnummer(start.minusYears(age).minusDays(30 + (i * 17L) % 300), 95,
                    woman ? 2 : 3, taken);
            Case c = new Case(i, age, woman, young, start);
            List<FollowUpPlan.Response> responses = new ArrayList<>();
            String before = outcome == Outcome.NEITHER || i % 2 == 0 ? "OFORANDRAD" : "NEGATIV";
            responses.add(c.response("opened", start, null, null, before, false));
            if (outcome == Outcome.NEITHER && !oneStillOpen) {
                // the first unchanged client's case is still open
                oneStillOpen = true;
                enrolments.add(new FollowUpPlan.Enrolment(client, start, null, null, null, FollowUpPlan.STAFF,
                        responses));
                continue;
            }
            LocalDate end = start.plusDays(45 + (i * 29L) % 200);
            end = end.isAfter(yearEnd) ? yearEnd : end;
            EnrolmentEndReason reason = outcome.dropout() ? EnrolmentEndReason.DROPOUT
                    : outcome == Outcome.POSITIVE && i % 7 == 3 ? EnrolmentEndReason.MOVED
                    : EnrolmentEndReason.COMPLETED;
            String after = outcome.positive() ? "POSITIV" : outcome == Outcome.NEITHER ? "OFORANDRAD"
                    : i % 3 == 0 ? "NEGATIV" : "OKAND";
            // some who dropped out were never heard of again: no response when the case closed
            if (outcome != Outcome.DROPOUT || i % 4 != 1) {
                responses.add(c.response("end", end, end, reason, after, false));
            }
            LocalDate sixMonths = end.plusMonths(6);
            if (reason == EnrolmentEndReason.COMPLETED && !sixMonths.isAfter(anchor)) {
                responses.add(c.response("6-months-after-end", sixMonths, end, reason, after, i % 4 == 0));
            }
            enrolments.add(new FollowUpPlan.Enrolment(client, start, end, reason, null, FollowUpPlan.STAFF,
                    responses));
        }
        return new FollowUpPlan(unit, TEMPLATE, LocalDate.of(year, Month.JANUARY, 1), enrolments);
    }

    /** A client's case, and the case officer's answers about it. */
    private record Case(int i, int age, boolean woman, boolean young, LocalDate start) {

        /**
         * @param end the day the case closed, or null while it is open
         * @param reopened whether the client came back, by own choice, after closing
         */
        FollowUpPlan.Response response(String occasion, LocalDate answeredOn, LocalDate end, EnrolmentEndReason reason,
                String situation, boolean reopened) {
            List<FollowUpPlan.Item> background = List.of(
                    FollowUpPlan.Item.code("kon", woman ? "KVINNA" : "MAN"),
                    FollowUpPlan.Item.integer("alder", age),
                    FollowUpPlan.Item.code("barn", young ? "NEJ" : List.of("NEJ", "JA_MINDERARIGA", "JA_VUXNA",
                            "NEJ", "OKANT").get(i % 5)),
                    FollowUpPlan.Item.code("huvuddrog", young ? YOUTH_DRUGS.get(i % YOUTH_DRUGS.size())
                            : ADULT_DRUGS.get(i % ADULT_DRUGS.size())),
                    FollowUpPlan.Item.code("grad", DEGREES.get(i % DEGREES.size())),
                    FollowUpPlan.Item.date("aktualiserad", start));
            List<FollowUpPlan.Item> process = new ArrayList<>();
            List<FollowUpPlan.Item> result = new ArrayList<>();
            if (end == null) {
                // when the case opens nothing is investigated or decided yet
                process.add(FollowUpPlan.Item.bool("utredning", false));
                process.add(FollowUpPlan.Item.code("beslut", "EJ_KLART"));
                result.add(FollowUpPlan.Item.bool("avslutat", false));
                result.add(FollowUpPlan.Item.code("situation", situation));
            } else {
                LocalDate investigated = start.plusWeeks(4 + i % 5);
                process.add(FollowUpPlan.Item.bool("utredning", true));
                process.add(FollowUpPlan.Item.date("utredning-klar", investigated.isAfter(end) ? end : investigated));
                process.add(FollowUpPlan.Item.code("beslut", "BEVILJAD"));
                process.add(i % 3 == 0 ? FollowUpPlan.Item.code("insatstyp", "OPPENVARD",
                        young ? "KONTAKTPERSON" : "STODBOENDE")
                        : FollowUpPlan.Item.code("insatstyp", young || i % 5 != 0 ? "OPPENVARD" : "INSTITUTION"));
                process.add(FollowUpPlan.Item.code("fullfoljd", reason == EnrolmentEndReason.COMPLETED ? "JA"
                        : "AVBRUTEN"));
                result.add(FollowUpPlan.Item.bool("avslutat", true));
                result.add(FollowUpPlan.Item.code("orsak-avslut", switch (reason) {
                    case DROPOUT -> "AVBROTT";
                    case MOVED -> "FLYTT";
                    default -> i % 2 == 0 ? "MAL_UPPNATT" : "INGET_BEHOV";
                }));
                result.add(FollowUpPlan.Item.code("situation", situation));
                result.add(FollowUpPlan.Item.bool("ateraktualiserad", reopened));
                if (reopened) {
                    result.add(FollowUpPlan.Item.code("ateraktualisering", "POSITIV"));
                }
            }
            return new FollowUpPlan.Response(occasion, 1, RespondentRole.CASE_OFFICER, answeredOn, List.of(
                    FollowUpPlan.Item.group("bakgrund", background),
                    FollowUpPlan.Item.group("process", process),
                    FollowUpPlan.Item.group("resultat", result)));
        }
    }
}
