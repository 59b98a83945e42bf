package se.folja.itests;

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
        return baseOptions(System.getProperty("folja.assembly"), "folja-h2").toArray(Option[]::new);
    }
}
