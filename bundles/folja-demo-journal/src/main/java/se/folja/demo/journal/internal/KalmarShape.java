package se.folja.demo.journal.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import se.folja.api.person.PersonalIdentityNumber;

/**
 * A synthetic municipality shaped like Kalmar's follow-up of boendestöd: five groups, 41 clients aged 18–30
 * (25 women, 16 men) granted 88 sessions a week in all, and 140 cancellations with reasons in September and
 * October 2026, Bortrest the most common, then Mående and Annan formell aktivitet; some clients cancelled a
 * whole week. The personnummer are generated (birth date, serial 98x, computed check digit), not taken from
 * anyone. The same data every time: a fixed seed.
 */
final class KalmarShape {

    static final LocalDate FIRST_DAY = LocalDate.of(2026, 9, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2026, 10, 31);
    static final LocalDate GRANTED_FROM = LocalDate.of(2026, 1, 1);

    /** A unit: code, Swedish and English label. */
    record Unit(String code, String labelSv, String labelEn) {
    }

    /** A client: personnummer (twelve digits), unit, granted sessions per week. */
    record Client(String number, String unit, int sessionsPerWeek) {
        @Override
        public String toString() {
            return "Client[" + unit + ", " + sessionsPerWeek + "]";
        }
    }

    /** A cancelled visit: which client, when (Swedish local time), why. */
    record Cancellation(Client client, LocalDateTime plannedStart, String reasonCode) {
    }

    /** An entry still awaiting a reason. */
    record Pending(Client client, LocalDateTime plannedStart) {
    }

    /** An assessed need: an ICF code (or, for IBIC's own areas, an area's code) and the assessed functioning. */
    record AssessedNeed(String icf, String lifeArea, int qualifier) {
    }

    /** A client's assessment by a case officer, before the grant. */
    record ClientAssessment(Client client, LocalDate assessedOn, String caseOfficer, List<AssessedNeed> needs) {
    }

    /** The case officers (handläggare) who assessed the clients, by code. */
    static final List<String> CASE_OFFICERS = List.of("HL1", "HL2", "HL3");

    static final List<Unit> UNITS = List.of(
            new Unit("BOSTOD_NORR", "Boendestöd Norr", "Housing support North"),
            new Unit("BOSTOD_SODER", "Boendestöd Söder", "Housing support South"),
            new Unit("BOSTOD_CENTRUM", "Boendestöd Centrum", "Housing support Centre"),
            new Unit("BOSTOD_VAST", "Boendestöd Väst", "Housing support West"),
            new Unit("BOSTOD_OST", "Boendestöd Öst", "Housing support East"));

    /** How many cancellations each reason had: 140 in all. */
    static final Map<String, Integer> REASONS = reasons();

    private static Map<String, Integer> reasons() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("BORTREST", 40);
        counts.put("MAENDE", 25);
        counts.put("ANNAN_FORMELL_AKTIVITET", 20);
        counts.put("VILL_EJ_UPPGE", 12);
        counts.put("ARBETE_STUDIER", 10);
        counts.put("PERSONALBRIST", 9);
        counts.put("FEL_TID", 8);
        counts.put("SER_INTE_BEHOV", 6);
        counts.put("ANNAN_SOCIAL_AKTIVITET", 5);
        counts.put("NY_OKAND_PERSONAL", 3);
        counts.put("PAVERKAN_OMVARLD", 2);
        return Collections.unmodifiableMap(counts);
    }

    final List<Client> clients = new ArrayList<>();
    final List<Cancellation> cancellations = new ArrayList<>();
    final List<Pending> pending = new ArrayList<>();
    final List<ClientAssessment> assessments = new ArrayList<>();

    KalmarShape() {
        for (int i = 0; i < 41; i++) {
            boolean woman = i < 25;
            LocalDate born = LocalDate.of(1996, 1, 15).plusDays(i * 97L);
            String serial = "98" + (woman ? "2" : "3");
            String nine = born.toString().replace("-", "").substring(2) + serial;
            String number = born.getYear() / 100 + nine + PersonalIdentityNumber.checkDigit(nine);
            clients.add(new Client(number, UNITS.get(i % UNITS.size()).code(), i % 7 == 0 ? 3 : 2));
        }
        Random random = new Random(20_261);
        List<String> reasons = new ArrayList<>();
        REASONS.forEach((code, count) -> reasons.addAll(Collections.nCopies(count, code)));
        // three clients who cancelled every granted session of a week, for Bortrest
        int[][] wholeWeeks = {{1, 38}, {2, 40}, {3, 42}};
        for (int[] wholeWeek : wholeWeeks) {
            Client client = clients.get(wholeWeek[0]);
            LocalDate monday = LocalDate.of(2026, 1, 5).plusWeeks(wholeWeek[1] - 2L);
            for (int session = 0; session < client.sessionsPerWeek(); session++) {
                cancellations.add(new Cancellation(client, monday.plusDays(session * 2L).atTime(10, 0), "BORTREST"));
                reasons.remove("BORTREST");
            }
        }
        Collections.shuffle(reasons, random);
        List<LocalDate> weekdays = new ArrayList<>();
        for (LocalDate day = FIRST_DAY; !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                weekdays.add(day);
            }
        }
        for (String reason : reasons) {
            Client client = clients.get(random.nextInt(clients.size()));
            LocalDate day = weekdays.get(random.nextInt(weekdays.size()));
            cancellations.add(new Cancellation(client, day.atTime(8 + random.nextInt(9), random.nextBoolean() ? 0 : 30),
                    reason));
        }
        cancellations.sort((a, b) -> a.plannedStart().compareTo(b.plannedStart()));
        for (int i = 0; i < clients.size(); i++) {
            assessments.add(new ClientAssessment(clients.get(i), LocalDate.of(2025, 11, 3).plusDays(i * 3L),
                    CASE_OFFICERS.get(i % CASE_OFFICERS.size()), needs(i)));
        }
        for (int i = 0; i < 6; i++) {
            pending.add(new Pending(clients.get(i * 7 % clients.size()), LocalDate.of(2026, 11, 16 + i % 5)
                    .atTime(9 + i, 0)));
        }
    }

    /**
     * The needs of the i:th client, shaped like Kalmar's finding: most in Allmänna uppgifter och krav (d230),
     * Hemliv (d640) and Samhällsgemenskap (d920), fewer in relations, work, self-care and security; some body
     * functions as related factors; now and then a need assessed as no problem (0), which is not counted.
     */
    static List<AssessedNeed> needs(int i) {
        List<AssessedNeed> needs = new ArrayList<>();
        if (i % 10 < 8) {
            needs.add(new AssessedNeed("d640", null, 2 + i % 2));
        }
        if (i % 10 < 7) {
            needs.add(new AssessedNeed("d230", null, 2 + (i + 1) % 2));
        }
        if (i % 5 < 3) {
            needs.add(new AssessedNeed("d920", null, 2));
        }
        if (i % 4 == 0) {
            needs.add(new AssessedNeed("d720", null, 1));
        }
        if (i % 6 == 0) {
            needs.add(new AssessedNeed("d850", null, 3));
        }
        if (i % 9 == 0) {
            needs.add(new AssessedNeed("d510", null, 1));
        }
        if (i % 7 == 1) {
            needs.add(new AssessedNeed(null, "TRYGGHET", 8));
        }
        if (i % 3 == 0) {
            needs.add(new AssessedNeed("b152", null, 2));
        }
        if (i % 8 == 3) {
            needs.add(new AssessedNeed("d450", null, 0));
        }
        if (needs.isEmpty()) {
            needs.add(new AssessedNeed("d910", null, 2));
        }
        return needs;
    }

}
