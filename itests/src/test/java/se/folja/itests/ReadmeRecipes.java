package se.folja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The README's R and Python recipes for the exports, run as written (only the host and port are the test's) with
 * Debian's R and Python and their packages (r-cran-httr, r-cran-readr, r-cran-readxl, r-cran-jsonlite;
 * python3-pandas, python3-requests, python3-openpyxl; {@code .ci/run} installs them). Missing, they fail the test.
 * Shell blocks that a new user is promised will work as copied (the one curl that enables ORS for a demo unit) run
 * with {@code /bin/sh} and the machine's curl.
 */
final class ReadmeRecipes {

    /** The system property that names the README, set by the test driver. */
    static final String README = "folja.test.readme";
    static final String RSCRIPT = "/usr/bin/Rscript";
    static final String PYTHON = "/usr/bin/python3";
    static final String SHELL = "/bin/sh";
    private static final Pattern BLOCK = Pattern.compile("```(r|python)\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern SHELL_BLOCK = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL);

    private ReadmeRecipes() {
    }

    /** @return the README's code blocks in {@code language} that read exports, in order */
    static List<String> recipes(String language) throws IOException {
        String readme = Files.readString(Path.of(System.getProperty(README)), StandardCharsets.UTF_8);
        List<String> recipes = new ArrayList<>();
        Matcher m = BLOCK.matcher(readme);
        while (m.find()) {
            if (m.group(1).equals(language) && m.group(2).contains("/folja/api/v1/export")) {
                recipes.add(m.group(2));
            }
        }
        return recipes;
    }

    /**
     * @param marker text that only the wanted block holds
     * @return the README's one {@code sh} block that holds {@code marker}
     */
    static String shellRecipe(String marker) throws IOException {
        String readme = Files.readString(Path.of(System.getProperty(README)), StandardCharsets.UTF_8);
        List<String> found = new ArrayList<>();
        Matcher m = SHELL_BLOCK.matcher(readme);
        while (m.find()) {
            if (m.group(1).contains(marker)) {
                found.add(m.group(1));
            }
        }
        assertEquals("sh blocks holding " + marker + ": " + found, 1, found.size());
        return found.get(0);
    }

    /**
     * Runs a recipe against the test's Karaf.
     *
     * @return what it printed, standard output and error
     */
    static String run(String recipe, String interpreter, String suffix, String base) throws Exception {
        assertTrue(recipe, recipe.contains("http://localhost:8181/folja/api/v1"));
        Path script = Files.createTempFile("readme-recipe", suffix);
        Path output = Files.createTempFile("readme-recipe", ".out");
        try {
            Files.writeString(script, recipe.replace("http://localhost:8181/folja/api/v1", base));
            Process process = new ProcessBuilder(interpreter, script.toString()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            boolean ended = process.waitFor(3, TimeUnit.MINUTES);
            if (!ended) {
                process.destroyForcibly();
            }
            String printed = Files.readString(output, StandardCharsets.UTF_8);
            assertTrue(interpreter + " did not end: " + printed, ended);
            assertEquals(interpreter + " " + script + ":\n" + printed, 0, process.exitValue());
            return printed;
        } finally {
            Files.deleteIfExists(script);
            Files.deleteIfExists(output);
        }
    }

    /** What each recipe prints from each format: JSON, CSV, CSV for Swedish Excel and XLSX. */
    static void assertReadEveryFormat(String printed) {
        assertTrue("JSON: the summary's reasons\n" + printed, printed.contains("ANNAN_FORMELL_AKTIVITET"));
        assertTrue("CSV: the records by reason\n" + printed, printed.contains("PAVERKAN_OMVARLD"));
        assertTrue("Excel CSV: the share as a number, from its decimal comma\n" + printed,
                printed.contains("0.1768"));
        assertFalse(printed, printed.contains("0,1768"));
        assertTrue("Excel CSV and XLSX: å, ä and ö intact\n" + printed,
                printed.contains("Samhällsgemenskap, socialt och medborgerligt liv"));
        assertTrue("XLSX: the life areas' total column\n" + printed, printed.contains("Kroppsfunktioner"));
        assertFalse(printed, printed.contains("Ã"));
    }
}
