package se.folja.itests;

import static se.folja.itests.StockKaraf.HOST_STAFF;
import static se.folja.itests.StockKaraf.PASSWORD;
import static org.junit.Assert.assertEquals;

import java.io.IOException;

import javax.inject.Inject;

import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.After;
import org.junit.Before;
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
public class StockKarafOneCommandIT {

    private final Api api = new Api();

    @Inject
    private SessionFactory sessionFactory;
    private StockKaraf host;

    @Configuration
    public Option[] config() {
        return StockKaraf.options("stock-karaf-one-command");
    }

    @Before
    public void theHostsConsole() {
        host = new StockKaraf(api, sessionFactory);
    }

    /** The install must log no ERROR. */
    @After
    public void karafLoggedNoError() throws IOException {
        KarafLog.assertNoErrors();
    }

    @Test
    public void bothFeaturesInOneCommandEndWithTheApiAnswering() throws Exception {
        host.addRepository();
        host.installWhileClientsWait("feature:install folja folja-demo");
        api.awaitStatus("/reason-codes", "staff", 200);
        assertEquals(200, api.get("/units", "staff").statusCode());
        assertEquals(200, api.sendAs("GET", "/reason-codes", HOST_STAFF, PASSWORD, null, null).statusCode());
    }
}
