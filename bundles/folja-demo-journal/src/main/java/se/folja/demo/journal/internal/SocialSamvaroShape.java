package se.folja.demo.journal.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import se.folja.api.followup.RespondentRole;

/**
 * A home-care unit shaped like äldreomsorg's follow-up of social samvaro (seed 001): 37 clients with a grant of
 * social samvaro in force on the load day, of whom exactly 14 have had the intervention at least 3 months and at most
 * 2 years — the follow-up's population. How long an intervention has run counts from the first of its grants: a
 * grant that continues an earlier one of the same client, unit and type without a day's gap (or overlapping it)
 * continues its intervention, one after a gap starts a new one. So some clients look new by their current grant and
 * are not, and some have had the intervention before and start again.
 *
 * <p>Each of the three groups lies well clear of the bounds (at least 12 days), so that the 14 of 37 hold on the load
 * day, whatever day it is, and for the days after it. Three clients whose intervention was in the population when
 * they were enrolled, and has run longer than two years since, were followed up by the case officer, the contact
 * person and the client (one client's answers are still missing).
 */
final class SocialSamvaroShape {

    static final KalmarShape.Unit UNIT = new KalmarShape.Unit("HEMTJANST_CENTRUM", "Hemtjänst Centrum",
            "Home care Centre");
    static final String TEMPLATE = "ALDREOMSORG_SOCIAL_SAMVARO";
    static final String INTERVENTION_TYPE = "HEMTJANST_SOCIAL_SAMVARO";

    /** Where a client's intervention stands on the load day. */
    enum Running {
        /** At least 3 months and at most 2 years: in the population. */
        IN_POPULATION,
        /** Less than 3 months. */
        TOO_NEW,
        /** More than 2 years. */
        TOO_LONG
    }

    /** A grant's days: {@code to} null when open-ended. */
    record Grant(LocalDate from, LocalDate to, int sessionsPerWeek) {
    }

    /**
     * A client and the grants of social samvaro at the unit, oldest first; the last is in force on the load day.
     */
    record Client(String number, Running running, List<Grant> grants) {

        Client {
            Objects.requireNonNull(number, "number");
            grants = List.copyOf(grants);
        }

        /** Never gives the number. */
        @Override
        public String toString() {
            return "Client[" + running + ", " + grants + "]";
        }
    }

    private static final int OPEN = -1;

    /**
     * Each client's grants as days before the load day: {@code {from, to}}, the last one open-ended. A grant whose
     * first day is the day after the last day of the one before, or before it, continues the intervention; one after
     * a gap does not.
     */
    private static final int[][][] GRANTS = {
        // in the population: 105 days to 690 days
        {{105, OPEN}}, {{120, OPEN}}, {{150, OPEN}}, {{180, OPEN}}, {{200, OPEN}}, {{240, OPEN}}, {{270, OPEN}},
        {{300, 181}, {180, OPEN}},
        {{365, OPEN}},
        {{420, 250}, {260, OPEN}},
        {{480, OPEN}}, {{540, OPEN}},
        {{600, 401}, {400, 201}, {200, OPEN}},
        {{690, OPEN}},
        // too new: 14 to 77 days, two of them after a gap since an earlier intervention
        {{14, OPEN}}, {{25, OPEN}}, {{33, OPEN}}, {{41, OPEN}},
        {{400, 62}, {48, OPEN}},
        {{56, OPEN}}, {{63, OPEN}},
        {{500, 90}, {70, OPEN}},
        {{77, OPEN}},
        // too long: 760 days or more, four of them by a current grant that continues an earlier one
        {{760, OPEN}}, {{800, OPEN}}, {{850, OPEN}},
        {{900, 151}, {150, OPEN}},
        {{1000, OPEN}},
        {{760, 101}, {100, OPEN}},
        {{1100, OPEN}},
        {{1200, 366}, {365, 31}, {30, OPEN}},
        {{1400, OPEN}}, {{1600, OPEN}},
        {{2200, 120}, {119, OPEN}},
        {{2600, OPEN}}, {{3000, OPEN}}, {{3650, OPEN}},
    };

    /** The clients enrolled by hand, by their index in {@link #GRANTS}, and the days before the load day they began. */
    private static final int[][] ENROLLED = {{23, 300}, {24, 330}, {25, 360}};

    final LocalDate anchor;
    final List<Client> clients;
    final FollowUpPlan plan;

    SocialSamvaroShape(LocalDate anchor) {
        this.anchor = anchor;
        Set<String> taken = new HashSet<>();
        List<Client> all = new ArrayList<>();
        for (int i = 0; i < GRANTS.length; i++) {
            Running running = i < 14 ? Running.IN_POPULATION : i < 23 ? Running.TOO_NEW : Running.TOO_LONG;
            // aged 72 to 96, two in three women
            LocalDate born = anchor.minusYears(72 + (i * 5L) % 25).minusDays((i * 41L) % 365);
            String number = FollowUpPlan.personnummer(born, 95, i % 3 == 2 ? 5 : 4, taken);
            List<Grant> grants = new ArrayList<>();
            for (int[] days : GRANTS[i]) {
                grants.add(new Grant(anchor.minusDays(days[0]), days[1] == OPEN ? null : anchor.minusDays(days[1]),
                        1 + i % 2));
            }
            all.add(new Client(number, running, grants));
        }
        clients = List.copyOf(all);
        List<FollowUpPlan.Enrolment> enrolments = new ArrayList<>();
        for (int e = 0; e < ENROLLED.length; e++) {
            Client client = clients.get(ENROLLED[e][0]);
            LocalDate start = anchor.minusDays(ENROLLED[e][1]);
            List<FollowUpPlan.Response> responses = new ArrayList<>();
            responses.add(new FollowUpPlan.Response("follow-up", 1, RespondentRole.CASE_OFFICER, start.plusDays(7),
                    caseOfficer(e)));
            responses.add(new FollowUpPlan.Response("follow-up", 1, RespondentRole.PROVIDER, start.plusDays(14),
                    provider(e)));
            if (e < 2) {
                responses.add(new FollowUpPlan.Response("follow-up", 1, RespondentRole.CLIENT, start.plusDays(21),
                        client(e)));
            }
            enrolments.add(new FollowUpPlan.Enrolment(client.number(), start, null, null,
                    client.grants().get(client.grants().size() - 1).from(), FollowUpPlan.STAFF, responses));
        }
        plan = new FollowUpPlan(UNIT, TEMPLATE, anchor.minusYears(2).withDayOfMonth(1), enrolments);
    }

    /** The case officer's (handläggarens) answers about the e:th enrolled client. */
    private static List<FollowUpPlan.Item> caseOfficer(int e) {
        List<FollowUpPlan.Item> items = new ArrayList<>();
        items.add(FollowUpPlan.Item.text("ha-ansokan", List.of(
                "Ansökan gällde hjälp att komma ut på promenader och någon att prata med.",
                "Ansökan gällde sällskap vid måltider och hjälp att följa med till träffpunkten.",
                "Ansökan gällde städning; social samvaro kom upp vid hembesöket.").get(e)));
        boolean applied = e < 2;
        items.add(FollowUpPlan.Item.bool("ha-ansokte-social-samvaro", applied));
        if (!applied) {
            items.add(FollowUpPlan.Item.text("ha-varfor-beviljad",
                    "Kunden berättade vid hembesöket att hon inte träffar någon under veckorna."));
        }
        items.add(FollowUpPlan.Item.bool("ha-annat-satt-utrett", e != 1));
        if (e != 1) {
            items.add(FollowUpPlan.Item.code("ha-annat-satt", "DAGVERKSAMHET", "OPPEN_VERKSAMHET"));
        }
        items.add(FollowUpPlan.Item.code("ha-livsomraden", "D7", "D9"));
        items.add(FollowUpPlan.Item.text("ha-funktionstillstand",
                "Bedömt: har svårt att ta sig ut på egen hand. Avsett: kommer ut och träffar andra varje vecka."));
        items.add(FollowUpPlan.Item.code("ha-till-utforaren", "UPPDRAG", "BEDOMT_BEHOV", "MAL"));
        boolean followedUp = e != 2;
        items.add(FollowUpPlan.Item.bool("ha-uppfoljd", followedUp));
        if (followedUp) {
            items.add(FollowUpPlan.Item.code("ha-mal-uppfyllt", e == 0 ? "JA" : "DELVIS"));
        }
        return items;
    }

    /** The contact person's (kontaktmannens) answers. */
    private static List<FollowUpPlan.Item> provider(int e) {
        List<FollowUpPlan.Item> items = new ArrayList<>();
        boolean inPlan = e != 2;
        items.add(FollowUpPlan.Item.bool("km-plan-social-samvaro", inPlan));
        items.add(inPlan ? FollowUpPlan.Item.text("km-plan-innehall",
                "En promenad i veckan och fika på träffpunkten varannan vecka.")
                : FollowUpPlan.Item.text("km-hur-vet-ni", "Vi frågar kunden vid varje besök vad hon vill göra."));
        items.add(FollowUpPlan.Item.bool("km-kund-delaktig", true));
        items.add(FollowUpPlan.Item.text("km-delaktig-hur", "Kunden valde själv aktiviteterna och tiderna."));
        items.add(FollowUpPlan.Item.bool("km-plan-uppfoljd", e == 0));
        if (e == 0) {
            items.add(FollowUpPlan.Item.text("km-plan-uppfoljning", "Planen följs; kunden vill fortsätta."));
        }
        items.add(FollowUpPlan.Item.bool("km-beslut-uppfoljt", false));
        return items;
    }

    /** The client's (kundens) answers: the first could be interviewed, the second could not. */
    private static List<FollowUpPlan.Item> client(int e) {
        if (e == 1) {
            return List.of(FollowUpPlan.Item.bool("ku-intervjuad", false),
                    FollowUpPlan.Item.code("ku-ej-intervjuad-orsak", "KAN_INTE_SVARA"));
        }
        return List.of(FollowUpPlan.Item.bool("ku-intervjuad", true),
                FollowUpPlan.Item.group("intervju", List.of(
                        FollowUpPlan.Item.code("ku-aktiviteter", "SAMTAL", "PROMENAD"),
                        FollowUpPlan.Item.code("ku-som-tankt", "JA"),
                        FollowUpPlan.Item.bool("ku-nojd", true),
                        FollowUpPlan.Item.text("ku-fungerar-bra", "Att det är samma person som kommer."),
                        FollowUpPlan.Item.code("ku-samma-person", "SAMMA"),
                        FollowUpPlan.Item.code("ku-skillnad", "POSITIV"),
                        FollowUpPlan.Item.text("ku-skillnad-hur", "Jag kommer ut mer och sover bättre."))));
    }
}
