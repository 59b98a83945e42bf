package se.folja.itests;

import static org.junit.Assert.assertEquals;

import java.util.List;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * The README's R and Python recipes read every export format as they say ({@link ReadmeRecipes}). The database
 * does not matter to them, but the test runs on both with the other areas: it shares their container, so a second
 * run costs only the recipes' own few seconds.
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
}
