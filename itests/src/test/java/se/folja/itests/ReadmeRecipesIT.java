package se.folja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The README's R and Python recipes read every export format as they say, its one curl enables a follow-up
 * template for a demo unit, and its staff flow enrols a client there and submits an ORS response ({@link
 * ReadmeRecipes}). The database does not matter to them, but the test runs on both
 * with the other areas: it shares their container, so a second run costs only the recipes' own few seconds.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ReadmeRecipesIT extends AreaTest {

    @Test
    public void theReadmesRecipesReadEveryFormat() throws Exception {
        Given.lifeAreaExport(api);
        for (String recipe : ReadmeRecipes.recipes("r")) {
            ReadmeRecipes.assertReadEveryFormat(ReadmeRecipes.run(recipe, ReadmeRecipes.RSCRIPT, ".R", api.base()));
        }
        for (String recipe : ReadmeRecipes.recipes("python")) {
            ReadmeRecipes.assertReadEveryFormat(ReadmeRecipes.run(recipe, ReadmeRecipes.PYTHON, ".py", api.base()));
        }
        assertEquals("one recipe in each language", List.of(1, 1), List.of(ReadmeRecipes.recipes("r").size(),
                ReadmeRecipes.recipes("python").size()));
    }

    /**
     * The README's one curl enables ORS for the demo unit BOSTOD_NORR, and the unit's staff then see it; its staff
     * flow, run as written, enrols a client, finds the baseline due and submits an ORS response with one curl. No
     * other test enables a template for BOSTOD_NORR or enrols its clients.
     */
    @Test
    public void theReadmesCurlsEnableOrsForADemoUnitWhoseStaffThenFindTheBaselineDueAndSubmitAResponse()
            throws Exception {
        Await.await("ORS stored", Duration.ofSeconds(60), () -> JsonAssert.json(api.get("/followup-templates/ORS/versions",
                "admin")), versions -> versions.size() >= 1);
        String recipe = ReadmeRecipes.shellRecipe("-d '{\"template\":\"ORS\",\"unit\":\"BOSTOD_NORR\"}'");
        assertEquals("one request", 1, recipe.split("curl ", -1).length - 1);

        String printed = ReadmeRecipes.run("API=http://localhost:8181/folja/api/v1\n" + recipe, ReadmeRecipes.SHELL,
                ".sh", api.base());

        // curl's progress meter comes first: standard error is in the same output
        assertTrue(printed, printed.lines().anyMatch(line -> line.startsWith("HTTP/1.1 201 ")));
        JsonNode seen = JsonAssert.json(api.get("/followup-enablements?unit=BOSTOD_NORR&template=ORS", "staff"));
        assertEquals(seen.toString(), 1, seen.size());
        assertEquals("ENABLED", seen.get(0).path("status").asText());
        assertEquals("REST", seen.get(0).path("source").asText());
        assertEquals(JsonAssert.json(api.get("/followup-templates/ORS/versions", "staff")).size(),
                seen.get(0).path("version").asInt());
        assertFalse("open-ended", seen.get(0).has("to"));
        assertEquals(List.of(), JsonAssert.texts(JsonAssert.json(api.get("/followup-enablements?template=ORS",
                "staff2")), "unit").stream().filter("BOSTOD_NORR"::equals).toList());

        // the staff flow: enrol (the proposals are listed first), then find the baseline and answer it
        String enrol = ReadmeRecipes.shellRecipe("\"client\":\"19960115-9826\",\"responsible\":\"staff\"");
        String enrolled = ReadmeRecipes.run("API=http://localhost:8181/folja/api/v1\n" + enrol, ReadmeRecipes.SHELL,
                ".sh", api.base());
        assertTrue(enrolled, enrolled.lines().anyMatch(line -> line.startsWith("HTTP/1.1 201 ")));
        Matcher id = Pattern.compile("\\{\"id\":(\\d+),\"template\":\"ORS\"").matcher(enrolled);
        assertTrue(enrolled, id.find());
        long enrolment = Long.parseLong(id.group(1));

        String submit = ReadmeRecipes.shellRecipe("\"$API/enrolments/1/responses\" -d");
        assertEquals("a request for the due occasions, one for the response", 2, submit.split("curl ", -1).length - 1);
        String submitted = ReadmeRecipes.run("API=http://localhost:8181/folja/api/v1\n"
                + submit.replace("/enrolments/1/responses", "/enrolments/" + enrolment + "/responses"),
                ReadmeRecipes.SHELL, ".sh", api.base());
        assertTrue("the baseline was listed as due\n" + submitted, submitted.contains("{\"enrolment\":" + enrolment
                + ",") && submitted.contains("\"occasion\":\"baseline\""));
        assertTrue(submitted, submitted.lines().anyMatch(line -> line.startsWith("HTTP/1.1 201 ")));
        JsonNode responses = JsonAssert.json(api.get("/responses?enrolment=" + enrolment, "staff"));
        assertEquals(responses.toString(), 1, responses.path("total").asInt());
        JsonNode stored = responses.path("items").get(0);
        assertEquals("CLIENT", stored.path("role").asText());
        assertEquals(List.of("ors-individual", "ors-relations", "ors-social", "ors-general"),
                JsonAssert.texts(stored.path("answers"), "linkId"));
        assertEquals("6.5", stored.path("answers").get(0).path("values").get(0).path("valueDecimal").asText());
        JsonNode due = JsonAssert.json(api.get("/occasions/due?unit=BOSTOD_NORR", "staff"));
        for (JsonNode occasion : due) {
            assertFalse("answered by its one role: " + due, occasion.path("enrolment").asLong() == enrolment
                    && occasion.path("occasion").asText().equals("baseline"));
        }
    }
}
