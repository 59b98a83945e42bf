package se.folja.itests;

import static org.junit.Assert.assertEquals;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Both features installed into a running stock Karaf with one console command, {@code feature:install folja
 * folja-demo}, while a client keeps sending requests: the API must end up answering, without a restart.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class StockKarafOneCommandIT extends StockKarafSupport {

    @Configuration
    public Option[] config() {
        return stockKaraf("stock-karaf-one-command");
    }

    @Test
    public void bothFeaturesInOneCommandEndWithTheApiAnswering() throws Exception {
        addRepository();
        installWhileClientsWait("feature:install folja folja-demo");
        awaitStatus("/reason-codes", "staff", 200);
        assertEquals(200, get("/units", "staff").statusCode());
        assertEquals(200, sendAs("GET", "/reason-codes", HOST_STAFF, PASSWORD, null, null).statusCode());
    }
}
