package se.folja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static se.folja.itests.JsonAssert.assertProblem;
import static se.folja.itests.JsonAssert.json;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The demo municipality's follow-ups on the running demo, over HTTP as its staff member {@value #STAFF} reads them:
 * seed 001's selection of 14 of 37 home-care clients among the proposals, Umeå's enrolment times and every class of
 * ORS change, Trosa's shares of positive change and dropout per age group — each counted from the day the demo
 * loaded its follow-ups (the day its ORS enablement was made), as the demo counts them.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class DemoFollowUpIT extends AreaTest {

    /** The demo user of the follow-up units. */
    private static final String STAFF = "staff3";
    private static final String ORS_UNIT = "OPPENVARD";
    private static final String YOUTH = "MISSBRUK_UNGDOM";
    private static final String ADULTS = "MISSBRUK_VUXNA";
    private static final String HOME_CARE = "HEMTJANST_CENTRUM";
    private static final String SAMVARO = "ALDREOMSORG_SOCIAL_SAMVARO";
    private static final String TROSA = "TROSA_MISSBRUK";
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    /** The demo loads its follow-ups after Kalmar's municipality, which {@link Given} awaits. */
    private static final Duration LOAD_TIMEOUT = Duration.ofMinutes(5);

    @Test
    public void seed001sSelectionIsFourteenOfThirtySevenByHowLongTheInterventionHasRun() throws Exception {
        followUpsLoaded();
        LocalDate today = LocalDate.now(SWEDEN);
        JsonNode inForce = json(api.get("/grants?unit=" + HOME_CARE + "&interventionType=HEMTJANST_SOCIAL_SAMVARO&from="
                + today + "&to=" + today + "&limit=1000", STAFF));
        assertEquals(37, inForce.path("total").asInt());

        JsonNode proposals = json(api.get("/followup-proposals?unit=" + HOME_CARE + "&template=" + SAMVARO, STAFF));
        assertEquals(proposals.toString(), 14, proposals.size());
        Set<String> clients = new HashSet<>();
        int traced = 0;
        for (JsonNode proposal : proposals) {
            LocalDate since = LocalDate.parse(proposal.path("runningSince").asText());
            assertTrue(since.toString(), !since.plusMonths(3).isAfter(today) && !today.isAfter(since.plusYears(2)));
            assertEquals("HEMTJANST_SOCIAL_SAMVARO", proposal.path("interventionType").asText());
            assertTrue(clients.add(proposal.path("client").asText()));
            JsonNode grant = json(api.get("/grants/" + proposal.path("grant").asLong(), STAFF));
            traced += LocalDate.parse(grant.path("validFrom").asText()).isAfter(since) ? 1 : 0;
        }
        assertTrue("some run since an earlier grant the current one continues", traced > 0);
        // the three enrolled clients had been in the population; they are not proposed again
        JsonNode enrolled = json(api.get("/enrolments?unit=" + HOME_CARE + "&template=" + SAMVARO, STAFF));
        assertEquals(3, enrolled.path("total").asInt());
        for (JsonNode enrolment : enrolled.path("items")) {
            assertFalse(clients.contains(enrolment.path("client").asText()));
        }
        // only the unit's staff see its clients
        assertProblem(api.get("/followup-proposals?unit=" + HOME_CARE + "&template=" + SAMVARO, "staff"), 403);
        assertProblem(api.get("/enrolments?unit=" + HOME_CARE, "statistician"), 403);
    }

    @Test
    public void umeasEnrolmentTimesAndEveryClassOfOrsChange() throws Exception {
        LocalDate loadDay = followUpsLoaded();
        JsonNode all = json(api.get("/enrolments?unit=" + ORS_UNIT + "&template=ORS&limit=1000", STAFF));
        assertEquals(90, all.path("total").asInt());
        assertEquals(83, json(api.get("/enrolments?unit=" + ORS_UNIT + "&template=ORS&status=ONGOING&limit=1",
                STAFF)).path("total").asInt());
        assertEquals(7, json(api.get("/enrolments?unit=" + ORS_UNIT + "&template=ORS&status=ENDED&limit=1", STAFF))
                .path("total").asInt());
        List<Long> ongoing = new ArrayList<>();
        List<Long> ended = new ArrayList<>();
        for (JsonNode enrolment : all.path("items")) {
            LocalDate start = LocalDate.parse(enrolment.path("start").asText());
            if (enrolment.path("end").isTextual()) {
                ended.add(ChronoUnit.MONTHS.between(start, LocalDate.parse(enrolment.path("end").asText())));
            } else {
                ongoing.add(ChronoUnit.MONTHS.between(start, loadDay));
            }
        }
        assertEquals(List.of(83L, 1L, 173L, 2350L), figures(ongoing));
        assertEquals(List.of(7L, 14L, 168L, 288L), figures(ended));

        // from the first rating to the latest: reliable change is 5 points for adults, the cutoff 25
        Map<Long, List<JsonNode>> ratings = byEnrolment(ORS_UNIT, "ORS");
        assertEquals(90, ratings.size());
        Map<String, Integer> classes = new HashMap<>();
        for (List<JsonNode> responses : ratings.values()) {
            assertTrue(responses.size() >= 2);
            BigDecimal first = total(responses.get(0));
            BigDecimal latest = total(responses.get(responses.size() - 1));
            BigDecimal change = latest.subtract(first);
            String kind = change.compareTo(BigDecimal.valueOf(5)) >= 0
                    ? first.compareTo(BigDecimal.valueOf(25)) < 0 && latest.compareTo(BigDecimal.valueOf(25)) >= 0
                            ? "recovered" : "improved"
                    : change.compareTo(BigDecimal.valueOf(-5)) <= 0 ? "deteriorated" : "unchanged";
            classes.merge(kind, 1, Integer::sum);
        }
        assertEquals(Map.of("recovered", 22, "improved", 20, "unchanged", 28, "deteriorated", 20), classes);

        // staff3 follows them: ratings fall due as the weeks pass
        JsonNode due = json(api.get("/occasions/due?unit=" + ORS_UNIT + "&responsible=me", STAFF));
        assertTrue(due.toString(), due.size() > 0);
        assertProblem(api.get("/enrolments?unit=" + ORS_UNIT, "staff2"), 403);
    }

    @Test
    public void trosasSharesOfPositiveChangeAndDropoutPerAgeGroup() throws Exception {
        LocalDate loadDay = followUpsLoaded();
        int year = loadDay.getYear() - 1;
        for (Object[] group : new Object[][] {{YOUTH, 20, 15, 5}, {ADULTS, 50, 35, 18}}) {
            String unit = (String) group[0];
            JsonNode enrolments = json(api.get("/enrolments?unit=" + unit + "&template=" + TROSA + "&limit=1000",
                    STAFF));
            assertEquals(unit, group[1], enrolments.path("total").asInt());
            int dropout = 0;
            for (JsonNode enrolment : enrolments.path("items")) {
                assertEquals(year, LocalDate.parse(enrolment.path("start").asText()).getYear());
                dropout += enrolment.path("endReason").asText().equals("DROPOUT") ? 1 : 0;
            }
            assertEquals(unit, group[3], dropout);
            // positive change: the latest response answering situation says POSITIV
            Map<Long, List<JsonNode>> responses = byEnrolment(unit, TROSA);
            assertEquals(unit, group[1], responses.size());
            int positive = 0;
            for (List<JsonNode> own : responses.values()) {
                String latest = null;
                for (JsonNode response : own) {
                    String situation = code(response, "situation");
                    latest = situation != null ? situation : latest;
                }
                positive += "POSITIV".equals(latest) ? 1 : 0;
            }
            assertEquals(unit, group[2], positive);
        }
    }

    @Test
    public void theExportsReproduceUmeasTableTrosasSharesAndEveryClassOfOrsChange() throws Exception {
        LocalDate loadDay = followUpsLoaded();
        // Umeå's table as of the load day, the median as the enrolments give it
        List<Long> ongoing = new ArrayList<>();
        for (JsonNode enrolment : json(api.get("/enrolments?unit=" + ORS_UNIT + "&template=ORS&status=ONGOING"
                + "&limit=1000", STAFF)).path("items")) {
            ongoing.add(ChronoUnit.MONTHS.between(LocalDate.parse(enrolment.path("start").asText()), loadDay));
        }
        JsonNode durations = json(api.get("/export/followups/ORS/durations?asOf=" + loadDay + "&unit=" + ORS_UNIT,
                "statistician"));
        assertEquals(List.of("ONGOING 83 1 173 28.31 " + median(ongoing), "ENDED 7 14 168 41.14 22.00"),
                lines(durations.path("rows"), "status", "enrolments", "min", "max", "mean", "median"));
        String excel = api.get("/export/followups/ORS/durations?asOf=" + loadDay + "&unit=" + ORS_UNIT
                + "&format=csv&excel=true", "statistician").body();
        assertTrue(excel, excel.contains(";83;1;173;28,31;") && excel.contains(";7;14;168;41,14;"));

        // Trosa's shares of the cases opened the year before the load day, by age at the start
        int year = loadDay.getYear() - 1;
        JsonNode shares = json(api.get("/export/followups/" + TROSA + "/shares?from=" + year + "-01-01&to=" + year
                + "-12-31&question=situation&positive=POSITIV&asOf=" + loadDay + "&unit=" + YOUTH + "," + ADULTS,
                "statistician"));
        assertEquals(List.of("0-20 positiveChange 15 20 75.0", "0-20 dropout 5 20 25.0",
                "21- positiveChange 35 50 70.0", "21- dropout 18 50 36.0", "TOTAL positiveChange 50 70 71.4",
                "TOTAL dropout 23 70 32.9"), lines(shares.path("rows"), "ageGroup", "measure", "count", "of", "percent"));

        // ORS from the first rating to the latest, the last ten years (the longest period an export reads)
        JsonNode change = json(api.get("/export/followups/ORS/scale-change?from=" + loadDay.minusYears(10) + "&to="
                + loadDay + "&unit=" + ORS_UNIT, "statistician"));
        assertEquals(List.of("TOTAL RELIABLY_IMPROVED 42 90 46.7", "TOTAL NO_RELIABLE_CHANGE 28 90 31.1",
                "TOTAL RELIABLY_DETERIORATED 20 90 22.2", "TOTAL NOT_CLASSIFIED 0 90 0.0", "TOTAL RECOVERED 22 90 24.4"),
                lines(change.path("rows"), "group", "outcome", "enrolments", "of", "percent"));
        assertProblem(api.get("/export/followups/ORS/durations?unit=" + ORS_UNIT, STAFF), 403);
    }

    /**
     * Waits for the demo's follow-ups, the social samvaro follow-up's responses being loaded last.
     *
     * @return the day they were loaded: the day the demo's ORS enablement was made, Swedish time
     */
    private LocalDate followUpsLoaded() throws Exception {
        Await.await("the demo's follow-ups", LOAD_TIMEOUT, () -> {
            var page = api.get("/responses?unit=" + HOME_CARE + "&template=" + SAMVARO + "&limit=1", STAFF);
            return page.statusCode() == 200 ? json(page).path("total").asInt() : -1;
        }, total -> total == 8);
        JsonNode enablements = json(api.get("/followup-enablements?unit=" + ORS_UNIT + "&template=ORS", STAFF));
        assertEquals(enablements.toString(), 1, enablements.size());
        JsonNode history = json(api.get("/followup-enablements/" + enablements.get(0).path("id").asLong()
                + "/history", STAFF));
        return LocalDate.ofInstant(Instant.parse(history.get(0).path("changedAt").asText()), SWEDEN);
    }

    /** @return the unit's completed responses to the template by enrolment, each in the order answered */
    private Map<Long, List<JsonNode>> byEnrolment(String unit, String template) throws Exception {
        JsonNode page = json(api.get("/responses?unit=" + unit + "&template=" + template + "&limit=1000", STAFF));
        assertTrue(page.path("total").asInt() <= 1000);
        Map<Long, List<JsonNode>> responses = new HashMap<>();
        for (JsonNode response : page.path("items")) {
            responses.computeIfAbsent(response.path("enrolment").asLong(), e -> new ArrayList<>()).add(response);
        }
        for (List<JsonNode> own : responses.values()) {
            own.sort((a, b) -> a.path("answeredOn").asText().compareTo(b.path("answeredOn").asText()));
        }
        return responses;
    }

    /** @return the ORS total of a rating: the sum of its four items */
    private static BigDecimal total(JsonNode response) {
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode answer : response.path("answers")) {
            total = total.add(answer.path("values").get(0).path("valueDecimal").decimalValue());
        }
        assertEquals(4, response.path("answers").size());
        return total;
    }

    private static String code(JsonNode response, String linkId) {
        for (JsonNode answer : response.path("answers")) {
            if (answer.path("linkId").asText().equals(linkId)) {
                return answer.path("values").get(0).path("valueCoding").path("code").asText();
            }
        }
        return null;
    }

    /**
     * @return each row's fields, separated by spaces, "-" for one left out (suppressed); a mean and a median to two
     *     decimals, a percentage to one, as the export gives them
     */
    private static List<String> lines(JsonNode rows, String... fields) {
        List<String> lines = new ArrayList<>();
        for (JsonNode row : rows) {
            List<String> values = new ArrayList<>();
            for (String field : fields) {
                JsonNode value = row.path(field);
                int places = field.equals("percent") ? 1 : field.equals("mean") || field.equals("median") ? 2 : -1;
                values.add(value.isMissingNode() || value.isNull() ? "-" : places < 0 ? value.asText()
                        : new BigDecimal(value.asText()).setScale(places, java.math.RoundingMode.UNNECESSARY)
                                .toPlainString());
            }
            lines.add(String.join(" ", values));
        }
        return lines;
    }

    /** @return the median of whole months, half up to two decimals */
    private static String median(List<Long> months) {
        List<Long> sorted = months.stream().sorted().toList();
        long twice = sorted.get((sorted.size() - 1) / 2) + sorted.get(sorted.size() / 2);
        return BigDecimal.valueOf(twice).divide(BigDecimal.valueOf(2), 2, java.math.RoundingMode.HALF_UP)
                .toPlainString();
    }

    /** @return count, min, max and sum */
    private static List<Long> figures(List<Long> months) {
        return List.of((long) months.size(), months.stream().mapToLong(Long::longValue).min().orElse(-1),
                months.stream().mapToLong(Long::longValue).max().orElse(-1),
                months.stream().mapToLong(Long::longValue).sum());
    }
}
