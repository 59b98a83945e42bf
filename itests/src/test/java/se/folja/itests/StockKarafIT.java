package se.folja.itests;

import static se.folja.itests.StockKaraf.HOST_ADMIN;
import static se.folja.itests.StockKaraf.HOST_STAFF;
import static se.folja.itests.StockKaraf.PASSWORD;
import static se.folja.itests.JsonAssert.assertProblem;
import static se.folja.itests.JsonAssert.json;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
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
 * Följa in a stock Apache Karaf, installed from the console the way a host platform does it: {@code
 * feature:repo-add} of the features repository, {@code feature:install folja}, later {@code feature:install
 * folja-demo}, while a client keeps sending requests. The host's own realm grants the Följa roles; the demo
 * users exist only while {@code folja-demo} is installed. No JVM option is added to the stock Karaf, and the
 * install must log no ERROR.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class StockKarafIT {

    private final Api api = new Api();

    @Inject
    private FeaturesService features;
    @Inject
    private SessionFactory sessionFactory;
    private StockKaraf host;

    @Configuration
    public Option[] config() {
        return StockKaraf.options("stock-karaf");
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
    public void aHostInstallsFoljaThenTheDemoFromTheConsoleWhileClientsWait() throws Exception {
        host.addRepository();
        host.installWhileClientsWait("feature:install folja");
        assertTrue(features.isInstalled(features.getFeature("folja")));
        assertFalse(features.isInstalled(features.getFeature("folja-demo")));

        assertEquals(13, json(api.sendAs("GET", "/reason-codes", HOST_STAFF, PASSWORD, null, null)).size());
        assertTrue("the default database is an embedded H2 under karaf.data",
                Files.exists(Path.of(System.getProperty("karaf.data"), "folja", "folja.mv.db")));
        assertProblem(api.sendAs("GET", "/admin/reason-codes", HOST_STAFF, PASSWORD, null, null), 403);
        assertEquals(201, api.sendAs("POST", "/admin/reason-codes", HOST_ADMIN, PASSWORD,
                "{\"code\":\"VARDNAD\",\"labelSv\":\"Vård av anhörig\",\"labelEn\":\"Caring for a relative\","
                        + "\"initiator\":\"CLIENT\"}", "application/json").statusCode());

        assertProblem(api.get("/reason-codes", "staff"), 401);
        host.installWhileClientsWait("feature:install folja-demo");
        api.awaitStatus("/reason-codes", "staff", 200);
        assertEquals("the host's own users still log in", 200,
                api.sendAs("GET", "/reason-codes", HOST_STAFF, PASSWORD, null, null).statusCode());
        host.execute("feature:uninstall folja-demo");
        api.awaitStatus("/reason-codes", "staff", 401);
        host.awaitSettled(); // the reference journal's resource left the application: it may be rebuilt once more
    }
}
