package se.folja.itests;

import static se.folja.itests.JsonAssert.assertProblem;
import static se.folja.itests.JsonAssert.json;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Följa in a stock Apache Karaf, installed the way a host platform does it: {@code feature:repo-add} of
 * the features repository and {@code feature:install folja} (the FeaturesService calls those shell
 * commands make). The host's own realm grants the Följa roles; the demo users exist only while
 * {@code folja-demo} is installed.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class StockKarafIT extends FoljaTestSupport {

    private static final String HOST_STAFF = "host-staff";
    private static final String HOST_ADMIN = "host-admin";
    private static final String PASSWORD = "host-secret";

    @Inject
    private FeaturesService features;

    @Configuration
    public Option[] config() {
        List<Option> options = baseOptions(System.getProperty("folja.stockKaraf"), "stock-karaf");
        options.addAll(List.of(
                systemProperty("folja.version").value(System.getProperty("folja.version")),
                // The host's realm, as a host would grant Följa's roles to its own users.
                editConfigurationFilePut("etc/users.properties", HOST_STAFF, PASSWORD + ",folja-staff"),
                editConfigurationFilePut("etc/users.properties", HOST_ADMIN, PASSWORD + ",folja-admin")));
        return options.toArray(Option[]::new);
    }

    @Test
    public void aHostInstallsFoljaWithTwoCommandsAndItsUsersGetTheirRoles() throws Exception {
        String repository = "mvn:se.folja/folja-features/" + System.getProperty("folja.version") + "/xml/features";
        features.addRepository(URI.create(repository));   // feature:repo-add
        features.installFeature("folja");                 // feature:install folja
        assertTrue(features.isInstalled(features.getFeature("folja")));
        assertFalse(features.isInstalled(features.getFeature("folja-demo")));

        awaitStatus("/reason-codes", HOST_STAFF, PASSWORD, 200);
        assertEquals(13, json(sendAs("GET", "/reason-codes", HOST_STAFF, PASSWORD, null, null)).size());
        assertTrue("the default database is an embedded H2 under karaf.data",
                Files.exists(Path.of(System.getProperty("karaf.data"), "folja", "folja.mv.db")));
        assertProblem(sendAs("GET", "/admin/reason-codes", HOST_STAFF, PASSWORD, null, null), 403);
        assertEquals(201, sendAs("POST", "/admin/reason-codes", HOST_ADMIN, PASSWORD,
                "{\"code\":\"VARDNAD\",\"labelSv\":\"Vård av anhörig\",\"labelEn\":\"Caring for a relative\","
                        + "\"initiator\":\"CLIENT\"}", "application/json").statusCode());

        assertProblem(get("/reason-codes", "staff"), 401);
        features.installFeature("folja-demo");
        awaitStatus("/reason-codes", "staff", 200);
        assertEquals("the host's own users still log in", 200,
                sendAs("GET", "/reason-codes", HOST_STAFF, PASSWORD, null, null).statusCode());
        features.uninstallFeature("folja-demo");
        awaitStatus("/reason-codes", "staff", 401);
        assertEquals(200, sendAs("GET", "/reason-codes", HOST_STAFF, PASSWORD, null, null).statusCode());
    }
}
