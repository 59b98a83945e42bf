package se.folja.itests;

import static org.junit.Assert.assertEquals;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.File;
import java.util.List;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** The demo assembly as built, on its embedded H2 database. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FoljaH2IT extends ImportContract {

    @Configuration
    public Option[] config() {
        List<Option> options = baseOptions(System.getProperty("folja.assembly"), "folja-h2");
        options.add(systemProperty(ReadmeRecipes.README).value(new File("../README.md").getAbsolutePath()));
        return options.toArray(Option[]::new);
    }

    /** The README's R and Python recipes read every export format as they say (once: the database does not matter). */
    @Test
    public void theReadmesRecipesReadEveryFormat() throws Exception {
        lifeAreaExport();
        for (String recipe : ReadmeRecipes.recipes("r")) {
            ReadmeRecipes.assertReadEveryFormat(ReadmeRecipes.run(recipe, ReadmeRecipes.RSCRIPT, ".R", base()));
        }
        for (String recipe : ReadmeRecipes.recipes("python")) {
            ReadmeRecipes.assertReadEveryFormat(ReadmeRecipes.run(recipe, ReadmeRecipes.PYTHON, ".py", base()));
        }
        assertEquals("one recipe in each language", List.of(1, 1), List.of(ReadmeRecipes.recipes("r").size(),
                ReadmeRecipes.recipes("python").size()));
    }
}
